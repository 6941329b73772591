import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from './launchOptions';

const PAGE = 'https://newsline.example/app/';
const parse = (search: string) => parseLaunchOptions(search, PAGE);

describe('parseLaunchOptions', () => {
  it('has safe defaults', () => {
    expect(parse('')).toEqual({
      options: {
        embed: false,
        dataUrl: null,
        window: null,
        windowWords: null,
        theme: null,
        layout: null,
        parentOrigin: null,
      },
      notices: [],
    });
  });

  it('reads every valid parameter', () => {
    const { options, notices } = parse(
      '?embed=1&data=data/other.json&start=2021&end=2025-03&theme=dark&parentOrigin=https://news.example.org',
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
      embed: true,
      dataUrl: 'https://newsline.example/app/data/other.json',
      window: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2025, 3, 1) },
      windowWords: 'start=2021 and end=2025-03',
      theme: 'dark',
      layout: null,
      parentOrigin: 'https://news.example.org',
    });
  });

  it('ignores each invalid value with a notice that names it', () => {
    const { options, notices } = parse(
      '?embed=yes&data=javascript:alert(1)&start=2025-02-30&end=2026&theme=<b>&parentOrigin=https://news.example.org/path',
    );
    expect(options).toMatchObject({
      embed: false,
      dataUrl: null,
      window: null,
      theme: null,
      layout: null,
      parentOrigin: null,
    });
    expect(notices).toEqual([
      'Ignored embed=yes: embed can be 1, true, 0 or false.',
      'Ignored data=javascript:alert(1): data must be the http(s) address of a dataset.',
      'Ignored start=2025-02-30 and end=2026: start has a day 30 that February 2025 does not have (dates look like 2021, 2025-03 or 2025-03-28).',
      'Ignored theme=<b>: theme can be light or dark.',
      'Ignored parentOrigin=https://news.example.org/path: parentOrigin must be an origin such as https://news.example.org.',
    ]);
  });

  it('says what is wrong with which date, never blaming the right one', () => {
    expect(parse('?start=2025-13&end=2026').notices).toEqual([
      'Ignored start=2025-13 and end=2026: start has no month 13 (dates look like 2021, 2025-03 or 2025-03-28).',
    ]);
    expect(parse('?start=2025&end=soon').notices).toEqual([
      'Ignored start=2025 and end=soon: end is not a date (dates look like 2021, 2025-03 or 2025-03-28).',
    ]);
    expect(parse('?start=x&end=2025-00').notices).toEqual([
      'Ignored start=x and end=2025-00: start is not a date and end has no month 00 (dates look like 2021, 2025-03 or 2025-03-28).',
    ]);
  });

  it('refuses a window that ends before it starts, or half a window', () => {
    expect(parse('?start=2025&end=2021').notices).toEqual([
      'Ignored start=2025 and end=2021: end must come after start.',
    ]);
    expect(parse('?start=2025').notices).toEqual([
      'Ignored start=2025: end is missing, and start and end go together.',
    ]);
    expect(parse('?embed=0&theme=light').notices).toEqual([]);
    expect(parse('?data=ftp://x/y.json&parentOrigin=data:text/html,x').options).toMatchObject({
      dataUrl: null,
      parentOrigin: null,
    });
  });
});

describe('the layout parameter', () => {
  it('asks for the timeline across or down the page, and names the choices when wrong', () => {
    const page = 'https://timeline.example/';
    expect(parseLaunchOptions('?layout=vertical', page).options.layout).toBe('vertical');
    expect(parseLaunchOptions('?layout=horizontal', page).options.layout).toBe('horizontal');
    const wrong = parseLaunchOptions('?layout=diagonal', page);
    expect(wrong.options.layout).toBeNull();
    expect(wrong.notices.join(' ')).toMatch(/layout=diagonal.*horizontal.*vertical/);
  });
});
