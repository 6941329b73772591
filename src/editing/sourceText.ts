// An article's text, brought by the editor for one of the timeline's sources: it must be the text
// the excerpts were taken from (each at its offset, or at least in it), so an event made from a
// passage of it points at the right words. And the passage itself, cut to its words.
import type { Dataset } from '../schema/dataset';

/** Why this text is not the one the source's excerpts come from; empty when it is. */
export function sourceTextProblems(dataset: Dataset, sourceId: string, text: string): string[] {
  const problems: string[] = [];
  let checked = 0;
  for (const event of dataset.events) {
    const passages = [
      ...event.sources
        .filter((ref) => ref.sourceId === sourceId)
        .map((ref) => ({ words: ref.excerpt, offset: ref.offset })),
      ...[...event.quotes, ...event.paraphrases]
        .filter((statement) => statement.sourceId === sourceId)
        .map((statement) => ({ words: statement.text, offset: statement.offset })),
    ];
    for (const { words, offset } of passages) {
      checked++;
      const found =
        offset === undefined ? text.includes(words) : text.slice(offset, offset + words.length) === words;
      if (!found)
        problems.push(
          offset === undefined
            ? `“${event.title}” rests on words this text does not have: “${shorten(words)}”`
            : `“${event.title}” rests on “${shorten(words)}”, which is not at character ${offset} of this text`,
        );
      if (problems.length >= 3) return problems; // enough to say it is another text
    }
  }
  if (checked === 0 && text.trim() === '') problems.push('the text is empty');
  return problems;
}

function shorten(words: string): string {
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}

/** A selected stretch of the text without the spaces at its ends: the excerpt and where it starts. */
export function passageOf(
  text: string,
  start: number,
  end: number,
): { excerpt: string; offset: number } | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  const raw = text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const excerpt = raw.trim();
  return excerpt === '' ? null : { excerpt, offset: from + leading };
}

/** Where the source's excerpts lie in its text, as [start, end) stretches, in order and merged. */
export function excerptStretches(dataset: Dataset, sourceId: string, text: string): [number, number][] {
  const stretches: [number, number][] = [];
  for (const event of dataset.events)
    for (const ref of event.sources) {
      if (ref.sourceId !== sourceId) continue;
      const start = ref.offset ?? text.indexOf(ref.excerpt);
      if (start >= 0 && text.slice(start, start + ref.excerpt.length) === ref.excerpt)
        stretches.push([start, start + ref.excerpt.length]);
    }
  stretches.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of stretches) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
