import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from './launchOptions';

const PAGE = 'https://newsline.example/app/';
const parse = (search: string) => parseLaunchOptions(search, PAGE);

describe('parseLaunchOptions', () => {
  it('has safe defaults', () => {
    expect(parse('')).toEqual({
      options: { embed: false, dataUrl: null, window: null, theme: null, parentOrigin: null },
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
      theme: 'dark',
      parentOrigin: 'https://news.example.org',
    });
  });

  it('ignores each invalid value with a notice that names it', () => {
    const { options, notices } = parse(
      '?embed=yes&data=javascript:alert(1)&start=2025-02-30&end=2026&theme=<b>&parentOrigin=https://news.example.org/path',
    );
    expect(options).toEqual({ embed: false, dataUrl: null, window: null, theme: null, parentOrigin: null });
    expect(notices).toEqual([
      'Ignored the “embed” parameter: use embed=1.',
      'Ignored the “data” parameter: it must be an http(s) URL of a dataset.',
      'Ignored the “start” parameter: start and end must be dates like 2021, 2025-03 or 2025-03-28.',
      'Ignored the “theme” parameter: use light or dark.',
      'Ignored the “parentOrigin” parameter: it must be an origin such as https://news.example.org.',
    ]);
  });

  it('refuses a window that ends before it starts, or half a window', () => {
    expect(parse('?start=2025&end=2021').notices).toEqual([
      'Ignored the “end” parameter: it must come after start.',
    ]);
    expect(parse('?start=2025').notices).toEqual([
      'Ignored the “start” parameter: start and end go together.',
    ]);
    expect(parse('?data=ftp://x/y.json&parentOrigin=data:text/html,x').options).toMatchObject({
      dataUrl: null,
      parentOrigin: null,
    });
  });
});
