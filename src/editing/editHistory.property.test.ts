// Any sequence of edits (valid or not), undos and redos leaves a valid dataset; undoing every edit
// gives back the original; a stored history replays to the same dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorKindSchema, DatasetSchema } from '../schema/dataset';
import { editingFixture } from '../testing/editingFixture';
import { partialDate } from '../testing/arbitraries';
import type { EditOperation } from './editOperation';
import {
  currentStep,
  recordEdit,
  redo,
  replayHistory,
  startHistory,
  undo,
  type EditHistory,
} from './editHistory';

const ERAS = [
  { id: 'opening', title: 'The opening', start: '2020', end: '2021-06' },
  { id: 'closing', title: 'The closing', start: '2021-06-15', end: '2022', description: 'The end.' },
];
const base = { ...editingFixture(), eras: ERAS };
// Ids that exist, and ones that do not (or no longer do): refused edits are part of the test.
const eventId = fc.constantFrom(...base.events.map((e) => e.id), 'split-off', 'missing');
const actorId = fc.constantFrom(...base.actors.map((a) => a.id), 'newcomer', 'missing');
const text = fc.oneof(fc.constantFrom('', '  ', 'A title'), fc.string({ maxLength: 20 }));
const list = fc.constantFrom('quotes' as const, 'paraphrases' as const);
const index = fc.integer({ min: 0, max: 2 });
const eraId = fc.constantFrom('opening', 'closing', 'added', 'missing');
const eraFields = { title: text, start: partialDate, end: partialDate, description: text };
const eraOps = new Set(['era.add', 'era.update', 'era.remove']);

const edit: fc.Arbitrary<EditOperation> = fc.oneof(
  fc.record({ op: fc.constant('dataset.title' as const), title: text }),
  fc.record({
    op: fc.constant('era.add' as const),
    era: fc.record({ id: eraId, ...eraFields }, { requiredKeys: ['id', 'title', 'start', 'end'] }),
  }),
  fc.record({
    op: fc.constant('era.update' as const),
    eraId,
    changes: fc.record(eraFields, { requiredKeys: [] }),
  }),
  fc.record({ op: fc.constant('era.remove' as const), eraId }),
  fc.record({ op: fc.constant('event.title' as const), eventId, title: text }),
  fc.record({ op: fc.constant('event.summary' as const), eventId, summary: text }),
  fc.record({
    op: fc.constant('event.date' as const),
    eventId,
    date: fc.oneof(
      fc.record(
        {
          basis: fc.constant('stated' as const),
          start: partialDate,
          end: partialDate,
          approximate: fc.boolean(),
          phrase: fc.constant('by hand'),
        },
        { requiredKeys: ['basis', 'start', 'approximate', 'phrase'] },
      ),
      fc.record(
        {
          basis: fc.constant('bounded' as const),
          after: partialDate,
          before: partialDate,
          phrase: fc.constant(null),
        },
        { requiredKeys: ['basis', 'phrase'] },
      ),
    ),
  }),
  fc.record({ op: fc.constant('event.addActor' as const), eventId, actorId }),
  fc.record({ op: fc.constant('event.removeActor' as const), eventId, actorId }),
  fc.record({
    op: fc.constant('statement.speaker' as const),
    eventId,
    list,
    index,
    speakerId: fc.option(actorId),
  }),
  fc.record({ op: fc.constant('statement.move' as const), eventId, from: list, index }),
  fc.record({ op: fc.constant('event.drop' as const), eventId }),
  fc.record({ op: fc.constant('event.restore' as const), eventId }),
  fc.record({ op: fc.constant('event.merge' as const), eventId, otherId: eventId }),
  fc.record({
    op: fc.constant('event.split' as const),
    eventId,
    newId: fc.constant('split-off'),
    title: text,
    sources: fc.array(index, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    op: fc.constant('actor.create' as const),
    actor: fc.record({
      id: fc.constant('newcomer'),
      name: fc.constant('Newcomer'),
      kind: fc.constantFrom(...ActorKindSchema.options),
      aliases: fc.constant<string[]>([]),
    }),
  }),
  fc.record({ op: fc.constant('actor.rename' as const), actorId, name: text }),
  fc.record({
    op: fc.constant('actor.kind' as const),
    actorId,
    kind: fc.constantFrom(...ActorKindSchema.options),
  }),
  fc.record({
    op: fc.constant('actor.aliases' as const),
    actorId,
    aliases: fc.array(text, { maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('actor.merge' as const), actorId, otherId: actorId }),
);

type Step = { kind: 'edit'; edit: EditOperation; continuing: boolean } | { kind: 'undo' } | { kind: 'redo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), edit, continuing: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

function run(steps: readonly Step[]): EditHistory {
  return steps.reduce((history, s) => {
    if (s.kind === 'undo') return undo(history);
    if (s.kind === 'redo') return redo(history);
    const result = recordEdit(history, s.edit, s.continuing);
    return result.ok ? result.history : history;
  }, startHistory(base));
}

describe('edit history', () => {
  it('gives a valid dataset after any edits, undos and redos', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const history = run(steps);
        for (const edited of history.steps) {
          const parsed = DatasetSchema.safeParse(edited.dataset);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
          // What the schema would give back is what is shown: nothing left untrimmed.
          expect(parsed.data).toEqual(edited.dataset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the eras through every edit that is not an era edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), (edits) => {
        const history = run(edits.map((e) => ({ kind: 'edit', edit: e, continuing: false })));
        history.steps.forEach((edited, i) => {
          const made = history.edits[i - 1];
          const before = history.steps[i - 1];
          if (made && before && !eraOps.has(made.op))
            expect(edited.dataset.eras).toEqual(before.dataset.eras);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the original when every edit is undone', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let history = run(steps);
        while (history.cursor > 0) history = undo(history);
        expect(currentStep(history)).toEqual({ dataset: base, dropped: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('replays a stored history to the same dataset', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const history = run(steps);
        const stored = JSON.parse(JSON.stringify({ edits: history.edits, cursor: history.cursor })) as {
          edits: EditOperation[];
          cursor: number;
        };
        const replayed = replayHistory(base, stored.edits, stored.cursor);
        expect(replayed.problem).toBeNull();
        expect(currentStep(replayed.history)).toEqual(currentStep(history));
      }),
      { numRuns: 300 },
    );
  });
});
