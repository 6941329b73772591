import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../schema/dataset';
import { BUSIEST_LANES, itemSubject, laneItemId, timelineLanes, type LaneRequest } from './timelineLanes';

const actor = (id: string, kind: Actor['kind'] = 'person'): Actor => ({
  id,
  name: `Name ${id}`,
  kind,
  aliases: [],
});

/**
 * Events in date order, each with its actors; `shown` picks the positions shown (all by default),
 * `undated` how many of the last events have no date.
 */
function request(
  events: Record<string, string[]>,
  actors: Actor[],
  overrides: Partial<LaneRequest<{ id: string }>> & { undated?: number } = {},
): LaneRequest<{ id: string }> {
  const { undated = 0, ...rest } = overrides;
  const all = Object.keys(events).map((id) => ({ id }));
  const placed = all.slice(0, all.length - undated);
  const actorPositions = new Map<string, number[]>();
  Object.values(events).forEach((ids, position) => {
    for (const id of new Set(ids)) actorPositions.set(id, [...(actorPositions.get(id) ?? []), position]);
  });
  const shown = rest.shown ?? null;
  return {
    mode: 'actor',
    placed,
    shown,
    entries: shown === null ? placed : shown.filter((p) => p < placed.length).map((p) => placed[p]!),
    actorPositions,
    actorsById: new Map(actors.map((a) => [a.id, a])),
    chosenActorIds: [],
    ...rest,
  };
}

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('timelineLanes by actor', () => {
  it('gives each chosen actor a lane, in the order chosen, and puts a shared event in both', () => {
    const lanes = timelineLanes(
      request({ e1: ['a', 'b'], e2: ['a'], e3: ['b', 'c'] }, [actor('a'), actor('b'), actor('c')], {
        chosenActorIds: ['b', 'a'],
      }),
    );
    expect(lanes.map((lane) => [lane.id, lane.label, ids(lane.entries)])).toEqual([
      ['actor:b', 'Name b', ['e1', 'e3']],
      ['actor:a', 'Name a', ['e1', 'e2']],
    ]);
  });

  it('keeps a chosen actor with no shown event as an empty lane, and ignores unknown ids', () => {
    const lanes = timelineLanes(
      request({ e1: ['a'] }, [actor('a'), actor('b')], { chosenActorIds: ['b', 'zz', 'a'] }),
    );
    expect(lanes.map((lane) => [lane.id, ids(lane.entries)])).toEqual([
      ['actor:b', []],
      ['actor:a', ['e1']],
    ]);
  });

  it('with none chosen, shows the busiest actors and an Other lane so no event is lost', () => {
    const actors = 'abcdefgh'.split('').map((id) => actor(id));
    const events: Record<string, string[]> = {};
    // a has 8 events, b 7, … h 1; e-solo has no actor at all.
    actors.forEach(({ id }, rank) => {
      for (let i = 0; i < 8 - rank; i++) events[`${id}-${i}`] = [id];
    });
    events['solo'] = [];
    const lanes = timelineLanes(request(events, actors));
    expect(lanes.map((lane) => lane.id)).toEqual([...'abcdef'.split('').map((id) => `actor:${id}`), 'other']);
    expect(lanes).toHaveLength(BUSIEST_LANES + 1);
    expect(ids(lanes.at(-1)!.entries)).toEqual(['g-0', 'g-1', 'h-0', 'solo']);
    const shown = new Set(lanes.flatMap((lane) => ids(lane.entries)));
    expect(shown).toEqual(new Set(Object.keys(events)));
  });

  it('breaks ties between equally busy actors by name, and leaves out an empty Other lane', () => {
    const lanes = timelineLanes(request({ e1: ['b'], e2: ['a'] }, [actor('b'), actor('a')]));
    expect(lanes.map((lane) => lane.id)).toEqual(['actor:a', 'actor:b']);
  });

  it('counts an actor listed twice on one event once', () => {
    const lanes = timelineLanes(request({ e1: ['a', 'a'] }, [actor('a')]));
    expect(ids(lanes[0]!.entries)).toEqual(['e1']);
  });

  it('gives a lane that holds every shown event the shown list itself, and others lists of their own', () => {
    const asked = request({ e1: ['a', 'a'], e2: ['a', 'b'], e3: ['a'] }, [actor('a'), actor('b')], {
      shown: [0, 1, 2],
      entries: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
    });
    const [all, some] = timelineLanes(asked);
    expect(all!.entries).toBe(asked.entries);
    expect(some!.entries).not.toBe(asked.entries);
    expect(ids(some!.entries)).toEqual(['e2']);
  });
});

describe('timelineLanes of a narrowed timeline', () => {
  it('holds only the shown events in each lane, and never an undated one', () => {
    const asked = request(
      { e1: ['a'], e2: ['a', 'b'], e3: ['b'], e4: ['a'], e5: [], u1: ['a'] },
      [actor('a'), actor('b')],
      { shown: [1, 2, 4, 5], undated: 1 },
    );
    const lanes = timelineLanes(asked);
    expect(lanes.map((lane) => [lane.id, ids(lane.entries)])).toEqual([
      ['actor:b', ['e2', 'e3']],
      ['actor:a', ['e2']],
      ['other', ['e5']],
    ]);
  });

  it('gives an actor all of whose events are shown the same list each time', () => {
    const events = { e1: ['a'], e2: ['a', 'b'], e3: ['b'] };
    const actors = [actor('a'), actor('b')];
    const first = request(events, actors, { chosenActorIds: ['a', 'b'] });
    const again = { ...first, shown: [0, 1, 2], entries: [...first.placed] };
    const narrowed = { ...first, shown: [1, 2], entries: first.placed.slice(1) };
    const laneOfA = (asked: LaneRequest<{ id: string }>) => timelineLanes(asked)[0]!.entries;
    expect(laneOfA(again)).toBe(laneOfA(first));
    expect(ids(laneOfA(narrowed))).toEqual(['e2']);
    expect(laneOfA(narrowed)).not.toBe(laneOfA(first));
  });

  it('filtered by one actor (the shown events are its own list), gives its lane that list and no Other', () => {
    const base = request({ e1: ['a'], e2: ['a', 'b'], e3: ['b'], e4: [] }, [actor('a'), actor('b')]);
    const own = base.actorPositions.get('a')!;
    const asked = {
      ...base,
      chosenActorIds: ['a'],
      shown: own,
      entries: own.map((position) => base.placed[position]!),
    };
    const lanes = timelineLanes(asked);
    expect(lanes.map((lane) => lane.id)).toEqual(['actor:a']);
    expect(lanes[0]!.entries).toBe(asked.entries);
    // The same events in a list of their own (a search that kept them) give the same lanes.
    const copied = timelineLanes({ ...asked, shown: [...own] });
    expect(copied.map((lane) => [lane.id, ids(lane.entries)])).toEqual([['actor:a', ['e1', 'e2']]]);
  });
});

describe('timelineLanes by kind', () => {
  it('gives each kind present a lane, an event in each of its actors’ kinds once, and No actor for the rest', () => {
    const lanes = timelineLanes(
      request(
        { e1: ['p1', 'p2', 'c1'], e2: ['o1'], e3: [] },
        [actor('p1'), actor('p2'), actor('c1', 'country'), actor('o1', 'organisation')],
        { mode: 'kind' },
      ),
    );
    expect(lanes.map((lane) => [lane.id, lane.label, ids(lane.entries)])).toEqual([
      ['kind:person', 'People', ['e1']],
      ['kind:organisation', 'Organisations', ['e2']],
      ['kind:country', 'Countries', ['e1']],
      ['other', 'No actor', ['e3']],
    ]);
  });
});

describe('lane item ids', () => {
  it('are unique per event and lane, and give back the event', () => {
    const a = laneItemId('event-1', 'actor:x');
    const b = laneItemId('event-1', 'actor:y');
    expect(a).not.toBe(b);
    expect(itemSubject(a)).toBe('event-1');
    expect(itemSubject('~cluster/4/12@other')).toBe('~cluster/4/12');
    expect(itemSubject('event-1')).toBe('event-1');
  });
});
