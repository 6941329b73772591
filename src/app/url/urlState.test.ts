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
        'Ignored the “event” parameter: it is not an event id.',
        'Ignored some of the “actors” parameter: not actor ids.',
      ],
    });
    expect(parseUrlState('?actors=' + 'a,'.repeat(500)).actorIds).toEqual(['a']);
    expect(parseUrlState('')).toEqual({
      eventId: null,
      actorIds: [],
      query: '',
      view: 'timeline',
      notices: [],
    });
  });
});
