// Groups an article's sentences into events. An event starts at a sentence that names an actor
// and either gives a date or reports speech; the sentences after it in the same paragraph, and a
// sentence that opens with a pronoun ("He also…"), continue it. A paragraph's undated context
// before an event's first sentence joins that event.
import type { EventDate } from '../schema/dataset';
import type { AnalysedArticle } from './analyse';
import { shortHash } from './hash';
import type { AnalysedSentence, DateMention } from './types';

export interface EventCandidate {
  /** Stable key for the curation file: the source id and a hash of the sentence it starts at. */
  key: string;
  sourceId: string;
  sentences: AnalysedSentence[];
  /** The sentence that made it an event. */
  lead: AnalysedSentence;
  /** Bounds with neither end when neither the text nor the article gives a date or a bound. */
  date: EventDate;
}

const CONTINUES = /^(?:he|she|they|it|this|these|that|those)\b/i;

export function segmentEvents({ article, sentences }: AnalysedArticle): EventCandidate[] {
  const groups: { lead: AnalysedSentence; sentences: AnalysedSentence[] }[] = [];
  let current: (typeof groups)[number] | null = null;
  let pending: AnalysedSentence[] = [];
  for (const sentence of sentences) {
    const last = current?.sentences[current.sentences.length - 1];
    const sameParagraph = last !== undefined && last.paragraph === sentence.paragraph;
    if (pending[0] && pending[0].paragraph !== sentence.paragraph) pending = [];
    const ownDate = sentence.dates.length > 0;
    const eventful = (ownDate || sentence.statements.length > 0) && sentence.actors.length > 0;
    if (current && !ownDate && (sameParagraph || CONTINUES.test(sentence.text))) {
      current.sentences.push(sentence);
    } else if (eventful) {
      current = { lead: sentence, sentences: [...pending, sentence] };
      groups.push(current);
      pending = [];
    } else {
      current = null;
      pending.push(sentence);
    }
  }
  let anchor: string | null = null; // latest date stated so far, for undated events of undated articles
  const seen = new Set<string>();
  return groups.map(({ lead, sentences: members }) => {
    const date = eventDate(members, article.meta.published, anchor, article.meta.id);
    anchor = latestStated(members) ?? anchor;
    let key = `${article.meta.id}-${shortHash(lead.text)}`;
    while (seen.has(key)) key = `${key}x`; // the same sentence twice in one article
    seen.add(key);
    return { key, sourceId: article.meta.id, sentences: members, lead, date };
  });
}

/** The latest date the sentences state (the end of a span), or null. */
export function latestStated(sentences: readonly AnalysedSentence[]): string | null {
  const stated = sentences.flatMap((s) => s.dates).filter((d) => d.basis === 'stated' && d.value);
  const last = stated[stated.length - 1];
  return last?.value ? (last.value.end ?? last.value.start) : null;
}

/**
 * The event's date: its first resolved date mention; otherwise bounds. An undated event happened
 * by its article's publication; in an undated article, after the latest date stated before it.
 */
export function eventDate(
  sentences: readonly AnalysedSentence[],
  published: string | null,
  anchor: string | null,
  sourceId: string,
): EventDate {
  const mentions = sentences.flatMap((sentence) => sentence.dates);
  const resolved = mentions.find((mention) => mention.value !== null);
  if (resolved?.value) return fromMention(resolved, resolved.value, sourceId);
  const phrase = mentions[0]?.phrase ?? null;
  if (published !== null) return { basis: 'bounded', before: published, phrase };
  if (anchor !== null) return { basis: 'bounded', after: anchor, phrase };
  return { basis: 'bounded', phrase, reason: UNDATED_REASON };
}

/** Why an undated event has no date, for the reader. */
export const UNDATED_REASON = 'Neither the text nor its article gives a date or a bound';

function fromMention(
  mention: DateMention,
  value: { start: string; end?: string },
  sourceId: string,
): EventDate {
  const range = { start: value.start, ...(value.end !== undefined ? { end: value.end } : {}) };
  if (mention.basis === 'relative') {
    return {
      basis: 'relative',
      ...range,
      approximate: mention.approximate,
      phrase: mention.phrase,
      relativeTo: sourceId,
    };
  }
  return { basis: 'stated', ...range, approximate: mention.approximate, phrase: mention.phrase };
}
