import { describe, expect, it } from 'vitest';
import { decodeLaunch, decodeView, encodeEditedTimeline, encodeFullAppLink, encodeView } from './linkCodec';

describe('the view in a link', () => {
  it('round-trips the selected event and the actor filter', () => {
    const search = encodeView(
      {
        eventId: 'trump-rally',
        actorIds: ['taliban', 'china'],
        query: 'aid cut',
        view: 'list',
        mode: 'timeline',
        lanes: 'actor',
      },
      '',
    );
    expect(search).toBe('?event=trump-rally&actors=taliban,china&q=aid+cut&view=list&lanes=actor');
    expect(decodeView(search)).toEqual({
      eventId: 'trump-rally',
      actorIds: ['taliban', 'china'],
      query: 'aid cut',
      view: 'list',
      mode: 'timeline',
      lanes: 'actor',
      notices: [],
    });
  });

  it('names an unknown view and the views there are', () => {
    expect(decodeView('?view=grid')).toMatchObject({
      view: 'timeline',
      notices: ['Ignored view=grid: view can be timeline or list.'],
    });
    expect(decodeView('?view=list')).toMatchObject({ view: 'list', notices: [] });
    expect(decodeView('?view=timeline').notices).toEqual([]);
  });

  it('carries story mode, whose slide is the selected event: a slide link and an event link are one', () => {
    const search = encodeView(
      { eventId: 'trump-rally', actorIds: [], query: '', view: 'timeline', mode: 'story', lanes: 'none' },
      '?embed=1',
    );
    expect(search).toBe('?embed=1&event=trump-rally&mode=story');
    expect(decodeView(search)).toMatchObject({ eventId: 'trump-rally', mode: 'story', notices: [] });
    expect(decodeView('?mode=timeline')).toMatchObject({ mode: 'timeline', notices: [] });
    expect(decodeView('?mode=slides')).toMatchObject({
      mode: 'timeline',
      notices: ['Ignored mode=slides: mode can be timeline or story.'],
    });
  });

  it('reads lanes by actor or by kind, and names a bad value and the ones there are', () => {
    expect(decodeView('?lanes=actor')).toMatchObject({ lanes: 'actor', notices: [] });
    expect(decodeView('?lanes=kind')).toMatchObject({ lanes: 'kind', notices: [] });
    expect(decodeView('?lanes=none')).toMatchObject({ lanes: 'none', notices: [] });
    expect(decodeView('?lanes=<b>x')).toMatchObject({
      lanes: 'none',
      notices: ['Ignored lanes=<b>x: lanes can be none, actor or kind.'],
    });
    expect(decodeView('?lanes=Actor').notices).toEqual([
      'Ignored lanes=Actor: lanes can be none, actor or kind.',
    ]);
    const view = {
      eventId: null,
      actorIds: [],
      query: '',
      view: 'timeline' as const,
      mode: 'timeline' as const,
    };
    expect(encodeView({ ...view, lanes: 'kind' }, '?embed=1')).toBe('?embed=1&lanes=kind');
    expect(encodeView({ ...view, lanes: 'none' }, '?lanes=kind')).toBe('');
  });

  it('keeps unrelated parameters and removes empty ones', () => {
    expect(
      encodeView(
        { eventId: null, actorIds: [], query: ' ', view: 'timeline', mode: 'timeline', lanes: 'none' },
        '?embed=1&event=x&actors=a&q=z&mode=story&lanes=actor',
      ),
    ).toBe('?embed=1');
  });

  it('ignores values that are not ids instead of trusting them, and says so', () => {
    expect(decodeView('?event=<script>&actors=ok,Bad Id,,ok,../x')).toEqual({
      eventId: null,
      actorIds: ['ok'],
      query: '',
      view: 'timeline',
      mode: 'timeline',
      lanes: 'none',
      notices: [
        'Ignored event=<script>: event must be an event id (lower-case letters, digits and dashes).',
        'Ignored actors=Bad Id,../x: actors must be actor ids (lower-case letters, digits and dashes), separated by commas.',
      ],
    });
    expect(decodeView('?actors=' + 'a,'.repeat(500)).actorIds).toEqual(['a']);
    expect(decodeView('?actors=' + Array.from({ length: 102 }, (_, i) => `a${i}`).join(',')).notices).toEqual(
      ['Ignored actors=a100,a101: a link picks at most 100 actors.'],
    );
    expect(decodeView('')).toEqual({
      eventId: null,
      actorIds: [],
      query: '',
      view: 'timeline',
      mode: 'timeline',
      lanes: 'none',
      notices: [],
    });
  });
});

const PAGE = 'https://newsline.example/app/';
const parse = (search: string) => decodeLaunch(search, PAGE);

describe('decodeLaunch', () => {
  it('has safe defaults', () => {
    expect(parse('')).toEqual({
      options: {
        embed: false,
        dataUrl: null,
        tilesUrl: null,
        window: null,
        windowWords: null,
        theme: null,
        layout: null,
        parentOrigin: null,
        editId: null,
        datasetFragment: null,
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
      tilesUrl: null,
      window: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2025, 3, 1) },
      windowWords: 'start=2021 and end=2025-03',
      theme: 'dark',
      layout: null,
      parentOrigin: 'https://news.example.org',
      editId: null,
      datasetFragment: null,
    });
  });

  it('opens a kept timeline for editing, never in an embed, and only by a valid id', () => {
    expect(parse('?edit=kept-1a2b3c4d')).toMatchObject({ options: { editId: 'kept-1a2b3c4d' }, notices: [] });
    const embedded = parse('?embed=1&edit=kept-1a2b3c4d');
    expect(embedded.options.editId).toBeNull();
    expect(embedded.notices[0]).toMatch(/an embedded timeline is read-only/);
    const hostile = parse('?edit=<img>');
    expect(hostile.options.editId).toBeNull();
    expect(hostile.notices[0]).toMatch(/edit must be the id of a timeline kept in this browser/);
  });

  it('reads a timeline carried in the fragment, which wins over data=', () => {
    expect(decodeLaunch('', `${PAGE}#dataset=1.abc`).options.datasetFragment).toBe('1.abc');
    const both = decodeLaunch('?data=x.json', `${PAGE}?data=x.json#dataset=1.abc`);
    expect(both.options).toMatchObject({ dataUrl: null, datasetFragment: '1.abc' });
    expect(both.notices[0]).toMatch(/carries its own timeline/);
  });

  it('names the kept timeline in the address, and removes it, keeping the rest', () => {
    expect(encodeEditedTimeline('kept-1', '?event=a&actors=b,c')).toBe('?event=a&actors=b,c&edit=kept-1');
    expect(encodeEditedTimeline(null, '?edit=kept-1&event=a')).toBe('?event=a');
    expect(encodeEditedTimeline(null, '?edit=kept-1')).toBe('');
  });

  it('reads a tiles manifest instead of a dataset, and only from http(s)', () => {
    expect(parse('?tiles=archive/manifest.json').options.tilesUrl).toBe(
      'https://newsline.example/app/archive/manifest.json',
    );
    const both = parse('?tiles=archive/manifest.json&data=other.json');
    expect(both.options.dataUrl).toBeNull();
    expect(both.notices).toHaveLength(1);
    const hostile = parse('?tiles=javascript:alert(1)');
    expect(hostile.options.tilesUrl).toBeNull();
    expect(hostile.notices[0]).toMatch(/tiles must be the http\(s\) address/);
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
    expect(decodeLaunch('?layout=vertical', page).options.layout).toBe('vertical');
    expect(decodeLaunch('?layout=horizontal', page).options.layout).toBe('horizontal');
    const wrong = decodeLaunch('?layout=diagonal', page);
    expect(wrong.options.layout).toBeNull();
    expect(wrong.notices.join(' ')).toMatch(/layout=diagonal.*horizontal.*vertical/);
  });
});

describe('the link out of an embed', () => {
  it('keeps the view and drops what makes it an embed', () => {
    expect(
      encodeFullAppLink(
        'https://newsline.example/app/?embed=1&event=e1&actors=a%2Cb&parentOrigin=https%3A%2F%2Fnews.example.org#top',
      ),
    ).toBe('https://newsline.example/app/?event=e1&actors=a,b#top');
  });
});
