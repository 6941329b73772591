// An edits file reads back, through the curation schema the pipeline uses, as the very edits
// written, whatever their text; its header says how to apply it and cannot be broken out of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CurationSchema } from '../pipeline/curation';
import { ID_PATTERN } from '../schema/id';
import { partialDate } from '../testing/arbitraries';
import type { EditOperation } from './editOperation';
import { editsFileText } from './editsFile';

/** As the pipeline reads a curation file (runPipeline.ts). */
const readBack = (text: string) => CurationSchema.parse(parse(text, { schema: 'core' }));

const about = { title: 'The Taliban and the US weapons', made: '2025-04-01' };

// Strings YAML would read as something else if they were written bare.
const tricky = ['null', 'true', 'no', '0o17', '0x1f', '1e3', '2025', '2025-03-28', '~', '.nan'];
const id = fc.oneof(
  fc.constantFrom(...tricky.filter((t) => ID_PATTERN.test(t))),
  fc.stringMatching(ID_PATTERN),
);
const text = fc.oneof(
  fc.constantFrom(
    ...tricky,
    '',
    '  lead',
    'a: b',
    '# not a comment',
    '- item',
    "it's",
    '"quoted"',
    'two\nlines',
  ),
  fc.string(),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
);
const list = fc.constantFrom('quotes' as const, 'paraphrases' as const);
const index = fc.integer({ min: 0, max: 10_000 });

const edit: fc.Arbitrary<EditOperation> = fc.oneof(
  fc.record({ op: fc.constant('dataset.title' as const), title: text }),
  fc.record({ op: fc.constant('event.title' as const), eventId: id, title: text }),
  fc.record({
    op: fc.constant('event.date' as const),
    eventId: id,
    date: fc.oneof(
      fc.record(
        {
          basis: fc.constant('stated' as const),
          start: partialDate,
          approximate: fc.boolean(),
          phrase: fc.constantFrom('by hand', 'Last year', '2025'),
        },
        { requiredKeys: ['basis', 'start', 'approximate', 'phrase'] },
      ),
      fc.record(
        { basis: fc.constant('bounded' as const), after: partialDate, phrase: fc.constant(null) },
        { requiredKeys: ['basis', 'phrase'] },
      ),
    ),
  }),
  fc.record({ op: fc.constant('event.drop' as const), eventId: id }),
  fc.record({ op: fc.constant('statement.move' as const), eventId: id, from: list, index }),
  fc.record({
    op: fc.constant('statement.speaker' as const),
    eventId: id,
    list,
    index,
    speakerId: fc.option(id, { nil: null }),
  }),
  fc.record({
    op: fc.constant('actor.aliases' as const),
    actorId: id,
    aliases: fc.array(text, { maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('actor.merge' as const), actorId: id, otherId: id }),
);

describe('editsFileText', () => {
  it('reads back through the curation schema as the same edits, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        expect(readBack(editsFileText(edits, about))).toEqual({
          events: {},
          add: [],
          reviewed: [],
          edits,
        });
      }),
    );
  });

  it('says in its header what it is and how to apply it', () => {
    const text = editsFileText([{ op: 'event.drop', eventId: 'parade' }], about);
    const header = text.slice(0, text.indexOf('\nedits:'));
    expect(header.split('\n').every((line) => line === '' || line.startsWith('#'))).toBe(true);
    expect(header).toContain('"The Taliban and the US weapons"');
    expect(header).toContain('2025-04-01');
    expect(header).toContain('npm run extract -- --edits <this file>');
    expect(header).toContain('data/curation.yaml');
  });

  it('gives the same text for the same edits', () => {
    const edits: EditOperation[] = [{ op: 'event.title', eventId: 'parade', title: 'A parade' }];
    expect(editsFileText(edits, about)).toBe(editsFileText(structuredClone(edits), { ...about }));
  });

  it('keeps a title with line breaks inside its comment', () => {
    const text = editsFileText([], { title: 'Hacked\ntitle: x\r\nreviewed: [y]\u2028z', made: '2025\n-04' });
    expect(readBack(text)).toEqual({ events: {}, add: [], reviewed: [], edits: [] });
    expect(text).toContain('"Hacked title: x reviewed: [y] z"');
  });
});
