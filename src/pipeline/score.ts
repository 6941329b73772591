// Precision and recall of the extraction (before curation) against a golden file written by hand.
import { z } from 'zod';
import type { AnalysedArticle } from './analyse';
import { uniqueBy } from '../schema/uniqueBy';

export const GoldenSchema = z.record(
  z.string().describe('source id'),
  z
    .object({
      dates: z.array(
        z.object({ phrase: z.string(), value: z.string().nullable(), basis: z.string() }).strict(),
      ),
      actors: z.array(z.object({ name: z.string(), kind: z.string() }).strict()),
      quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable() }).strict()),
    })
    .strict(),
);
export type Golden = z.infer<typeof GoldenSchema>;

export interface Score {
  kind: 'dates' | 'actors' | 'quotes';
  found: number;
  expected: number;
  correct: number;
  precision: number;
  recall: number;
  missed: string[];
  extra: string[];
}

export function extractedFacts(corpus: readonly AnalysedArticle[]): Golden {
  const facts: Golden = {};
  for (const { article, sentences } of corpus) {
    const names = new Map(sentences.flatMap((s) => s.actors.map((a) => [a.actorId, a.name] as const)));
    facts[article.meta.id] = {
      dates: sentences.flatMap((s) =>
        s.dates.map((d) => ({
          phrase: d.phrase,
          value: d.value ? [d.value.start, d.value.end].filter(Boolean).join('/') : null,
          basis: d.basis,
        })),
      ),
      actors: uniqueBy(
        sentences.flatMap((s) => s.actors.map((a) => ({ name: a.name, kind: a.kind }))),
        (a) => a.name,
      ),
      quotes: sentences.flatMap((s) =>
        s.statements
          .filter((st) => st.kind === 'quote')
          .map((q) => ({
            text: q.text,
            speaker: q.speakerId === null ? null : (names.get(q.speakerId) ?? q.speakerId),
          })),
      ),
    };
  }
  return facts;
}

export function scoreAgainst(golden: Golden, extracted: Golden): Score[] {
  return (['dates', 'actors', 'quotes'] as const).map((kind) => {
    const keys = (facts: Golden) =>
      new Set(
        Object.entries(facts).flatMap(([source, f]) =>
          f[kind].map((fact) => `${source} ${JSON.stringify(fact)}`),
        ),
      );
    const expected = keys(golden);
    const found = keys(extracted);
    const correct = [...found].filter((key) => expected.has(key)).length;
    return {
      kind,
      found: found.size,
      expected: expected.size,
      correct,
      precision: found.size === 0 ? 1 : correct / found.size,
      recall: expected.size === 0 ? 1 : correct / expected.size,
      missed: [...expected].filter((key) => !found.has(key)),
      extra: [...found].filter((key) => !expected.has(key)),
    };
  });
}
