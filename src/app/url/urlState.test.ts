import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from './urlState';

describe('URL state', () => {
  it('round-trips the selected event and the actor filter', () => {
    const search = writeUrlState(
      { eventId: 'trump-rally', actorIds: ['taliban', 'china'], query: 'aid cut', view: 'list' },
      '',
    );
    expect(search).toBe('?event=trump-rally&actors=taliban,china&q=aid+cut&view=list');
    expect(parseUrlState(search)).toEqual({
      eventId: 'trump-rally',
      actorIds: ['taliban', 'china'],
      query: 'aid cut',
      view: 'list',
      notices: [],
    });
  });

  it('names an unknown view and the views there are', () => {
    expect(parseUrlState('?view=grid')).toMatchObject({
      view: 'timeline',
      notices: ['Ignored view=grid: view can be timeline or list.'],
    });
    expect(parseUrlState('?view=list')).toMatchObject({ view: 'list', notices: [] });
    expect(parseUrlState('?view=timeline').notices).toEqual([]);
  });

  it('keeps unrelated parameters and removes empty ones', () => {
    expect(
      writeUrlState(
        { eventId: null, actorIds: [], query: ' ', view: 'timeline' },
        '?embed=1&event=x&actors=a&q=z',
      ),
    ).toBe('?embed=1');
  });

  it('ignores values that are not ids instead of trusting them, and says so', () => {
    expect(parseUrlState('?event=<script>&actors=ok,Bad Id,,ok,../x')).toEqual({
      eventId: null,
      actorIds: ['ok'],
      query: '',
      view: 'timeline',
      notices: [
        'Ignored event=<script>: event must be an event id (lower-case letters, digits and dashes).',
        'Ignored actors=Bad Id,../x: actors must be actor ids (lower-case letters, digits and dashes), separated by commas.',
      ],
    });
    expect(parseUrlState('?actors=' + 'a,'.repeat(500)).actorIds).toEqual(['a']);
    expect(
      parseUrlState('?actors=' + Array.from({ length: 102 }, (_, i) => `a${i}`).join(',')).notices,
    ).toEqual(['Ignored actors=a100,a101: a link picks at most 100 actors.']);
    expect(parseUrlState('')).toEqual({
      eventId: null,
      actorIds: [],
      query: '',
      view: 'timeline',
      notices: [],
    });
  });
});
