// Quotes and reported speech, with their speakers, in the manner of the two-stage sieves of Muzny
// et al. (EACL 2017) and PARC's source–cue–content attributions. Stage one finds the words that
// name the speaker, most certain pattern first: `"Q," X said` / `"Q," said X`, then `X said: "Q"`
// or a quote inside what X said in the same sentence, then `according to X, "Q"`; a quote that
// continues one from the paragraph before has the same speaker. Stage two turns those words into an
// actor: a name, a pronoun (the last person, group or organisation named outside quotes, by gender
// when the first name tells it), or a description ("the ministry": the last actor so named; "the
// statement": whoever spoke last). Reported speech ("X said that …") is kept as a paraphrase, never
// as a quote. Short quotes ("resilient") count only when someone is said to have said them: scare
// quotes are not quotes.
import type { Discourse } from './discourse';
import { quoteSpans, type QuoteSpan } from './quoteSpans';
import type { ActorMention, Statement } from './types';

const CUES =
  'said|says|say|stated|states|told|tells|added|adds|stressed|stresses|suggested|suggests|reiterated|reiterates|insisted|insists|hinted|hints|argued|argues|claimed|claims|warned|warns|noted|notes|explained|explains|announced|announces|declared|declares|emphasized|emphasised|emphasizes|emphasises|asserted|asserts|maintained|maintains|confirmed|confirms|denied|denies|acknowledged|acknowledges|wrote|writes|posted|tweeted|read|reads|asked|urged|recalled|remarked|replied|responded|continued|described|calling|called|saying|adding|describing|quoted';
const PARTICIPLES = 'saying|adding|calling|describing|noting|warning|stressing';
// "…," said Ann Lee / "…," he said / "…," Lee was quoted as saying.
const AFTER_INVERTED = new RegExp(
  `^[\\s,:;\\u2014\\u2013-]*(?!(?:${PARTICIPLES})\\b)(?:${CUES})\\s+(?:by\\s+)?([^"\\u201c\\u201d]{1,80}?)(?:[,.;:!?]|$)`,
  'u',
);
// The speaker's words hold no quotation mark: a cue inside the next quote attributes nothing.
const AFTER_NORMAL = new RegExp(`^[\\s,:;\\u2014\\u2013-]*([^"\\u201c\\u201d]{0,80}?)\\b(?:${CUES})\\b`, 'u');
// '… "Q" and urged donors …': the verb after "and" shares the subject named before the quote.
const AFTER_CONJUNCTION = /^[\s,]*(?:and|but|while|as well as|before|after)\b/u;
// "…," saying "…": the sentence's subject says both.
const AFTER_PARTICIPLE = new RegExp(`^[\\s,]*(?:${PARTICIPLES})\\b`, 'u');
// "so-called" marks scare quotes, not speech.
const CUE_ANYWHERE = new RegExp(`(?<!so-)\\b(?:${CUES})\\b`, 'gu');
const ACCORDING_TO = /\baccording to\s+(.{1,80}?)[,:]?\s*$/iu;
const REPORTED = new RegExp(`\\b(?:${CUES})\\s+that\\s+`, 'gu');
// "Lee said the port would reopen": reported speech without "that", told by the auxiliary after its subject.
const REPORTED_BARE =
  /\b(?:said|says|told\s+[\p{L}]+|added|warned|noted|argued|insisted|stressed|claimed)\s+(?!that\b)(?=(?:[\p{L}'\u2019.-]+\s+){1,4}(?:would|will|was|were|had|has|have|is|are|could|should|must|may|might|did|does|can)\b)/gu;
const CLAUSE_LINK = /[,;]?\s*(?:though|although|but|and|while|yet)?\s*(?:\p{Ll}+\s+)?$/u;
const TRAILING_SOURCE = /,\s+[^,]{1,60}\s+(?:reported|reports|said|says)\.?$/u;
// "…, further complicating the relationship": the reporter's comment, not the speaker's words.
const TRAILING_COMMENT =
  /,\s+(?:further|thereby|signaling|signalling|highlighting|underscoring|raising|adding to)\b.*$/u;
const MIN_QUOTE_WORDS = 3;
const NEAR = 300;
const SHARED_SUBJECT = /[,;]\s*(?:though|although|but|and|while|yet)\s+(?:also\s+)?$/u;
const FUNCTION_WORDS = /^(?:and|or|but|not|the|a|an|of|to|in|on|if|is|it)$/i;

export interface StatementParagraph {
  text: string;
  start: number;
  /** The paragraph's sentences as [start, end) offsets in the article's text. */
  sentences: readonly [number, number][];
  /** Actors named in the paragraph, in order, with article-wide offsets. */
  actors: readonly ActorMention[];
  /** Its quotations, when the caller has found them already. */
  quotes?: readonly QuoteSpan[];
}

/** What carries over from one paragraph to the next: a quote that has not closed yet. */
export interface OpenQuote {
  statement: Statement | null;
}

/** Quotes and paraphrases of a paragraph, each with its speaker when the text tells it. */
export function findStatements(
  paragraph: StatementParagraph,
  discourse: Discourse,
  open: OpenQuote = { statement: null },
): Statement[] {
  const { text, start: offset } = paragraph;
  const spans = paragraph.quotes ?? quoteSpans(text);
  const inQuote = (at: number) => spans.some((span) => at >= span.start - 1 && at <= span.end);
  const outside = paragraph.actors.filter((actor) => !inQuote(actor.start - offset));
  const statements: Statement[] = [];
  let consumed = offset;

  const sentenceOf = (at: number): [number, number] =>
    paragraph.sentences.find(([from, to]) => offset + at >= from && offset + at < to) ?? [
      offset,
      offset + text.length,
    ];

  for (const [index, span] of spans.entries()) {
    discourse.read(
      outside.filter((actor) => actor.start >= consumed && actor.start < offset + span.start),
      text,
      offset,
    );
    consumed = offset + span.start;
    const continues = index === 0 && open.statement !== null && (!span.opened || span.start <= 1);
    // The words as written, without the space some writers leave inside the marks (« like this »).
    const inner = text.slice(span.start, span.end);
    const lead = inner.length - inner.trimStart().length;
    const words = inner.trimStart().replace(/[,\s]+$/u, '');
    const [sentenceStart] = sentenceOf(span.start);
    const [, sentenceEnd] = sentenceOf(Math.max(span.start, span.end - 1));
    // Attribution sits near the quote: a long run-on sentence is read only close to it.
    const before = text.slice(
      Math.max(0, sentenceStart - offset, span.start - 1 - NEAR),
      Math.max(0, span.start - 1),
    );
    const afterStart = Math.min(text.length, span.end + 1);
    const after = text.slice(
      afterStart,
      Math.min(afterStart + NEAR, Math.max(afterStart, sentenceEnd - offset)),
    );
    const mentionsIn = (from: number, to: number) =>
      outside.filter((actor) => actor.start >= offset + from && actor.start < offset + to);
    const beforeStart = Math.max(0, span.start - 1 - before.length);
    const speaker = attribute({
      after,
      afterStart: offset + afterStart,
      afterMentions: mentionsIn(afterStart, afterStart + after.length),
      before,
      beforeStart: offset + beforeStart,
      beforeMentions: mentionsIn(beforeStart, span.start - 1),
      discourse,
    });
    const short = words.split(/\s+/).length < MIN_QUOTE_WORDS;
    if (short && (speaker === undefined || FUNCTION_WORDS.test(words))) continue;
    // A continued quote has its first part's speaker; "Q1," X said. "Q2": a quote with no
    // attribution of its own follows the one before it in the paragraph.
    const inherited =
      (continues ? open.statement?.speakerId : undefined) ??
      statements.findLast((previous) => previous.kind === 'quote')?.speakerId ??
      null;
    const statement: Statement = {
      kind: 'quote',
      text: words,
      start: offset + span.start + lead,
      speakerId: speaker ?? inherited,
    };
    if (continues && open.statement && open.statement.speakerId === null)
      open.statement.speakerId = statement.speakerId;
    if (statement.speakerId) discourse.spoke(statement.speakerId);
    statements.push(statement);
    open.statement = span.closed ? null : statement;
  }
  if (spans.length === 0) open.statement = null;

  statements.push(...paraphrases(paragraph, spans, outside, discourse));
  discourse.read(
    outside.filter((actor) => actor.start >= consumed),
    text,
    offset,
  );
  return statements.sort((a, b) => a.start - b.start);
}

interface Attribution {
  after: string;
  /** Offset of `after` in the article's text. */
  afterStart: number;
  afterMentions: readonly ActorMention[];
  before: string;
  /** Offset of `before` in the article's text. */
  beforeStart: number;
  beforeMentions: readonly ActorMention[];
  discourse: Discourse;
}

/** The speaker's actor id, null when the words name no one we know, undefined when nothing attributes the quote. */
function attribute({
  after,
  afterStart,
  afterMentions,
  before,
  beforeStart,
  beforeMentions,
  discourse,
}: Attribution): string | null | undefined {
  // Only the names within the matched words count: the rest of the sentence names others.
  const within = (match: RegExpExecArray) => {
    const to = afterStart + match[0].length;
    return afterMentions.filter((actor) => actor.start < to);
  };
  if (AFTER_PARTICIPLE.test(after)) return discourse.resolve(before, beforeMentions, true, beforeStart);
  const goesOn = AFTER_CONJUNCTION.test(after);
  const inverted = goesOn ? null : AFTER_INVERTED.exec(after);
  if (inverted) return discourse.resolve(inverted[1] ?? '', within(inverted), false, afterStart);
  const normal = goesOn ? null : AFTER_NORMAL.exec(after);
  if (normal) return discourse.resolve(normal[1] ?? '', within(normal), false, afterStart);
  const according = ACCORDING_TO.exec(before);
  if (according) return discourse.resolve(according[1] ?? '', beforeMentions.slice(-1), false, beforeStart);
  const cues = [...before.matchAll(CUE_ANYWHERE)];
  const cue = cues[cues.length - 1];
  if (cue) {
    const cueAt = beforeStart + (cue.index ?? 0);
    return discourse.resolve(
      before.slice(0, cue.index),
      beforeMentions.filter((actor) => actor.start < cueAt),
      true,
      beforeStart,
    );
  }
  return undefined;
}

/** "X said that …": the clause after the cue, as reported speech of X. */
function paraphrases(
  paragraph: StatementParagraph,
  spans: readonly { start: number; end: number }[],
  outside: readonly ActorMention[],
  discourse: Discourse,
): Statement[] {
  const found: Statement[] = [];
  for (const [from, to] of paragraph.sentences) {
    const sentence = paragraph.text.slice(from - paragraph.start, to - paragraph.start);
    const base = from - paragraph.start;
    const verbs = [...sentence.matchAll(REPORTED), ...sentence.matchAll(REPORTED_BARE)]
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      .filter(
        (match) =>
          !spans.some(
            (span) => base + (match.index ?? 0) >= span.start - 1 && base + (match.index ?? 0) <= span.end,
          ),
      );
    verbs.forEach((match, i) => {
      const clauseStart = (match.index ?? 0) + match[0].length;
      const next = verbs[i + 1];
      let clause = sentence.slice(clauseStart, next ? next.index : sentence.length);
      if (next) clause = clause.replace(CLAUSE_LINK, '');
      clause = clause
        .replace(TRAILING_SOURCE, '')
        .replace(TRAILING_COMMENT, '')
        .replace(/[\s.!?;:,]+$/u, '');
      if (clause.split(/\s+/).length < MIN_QUOTE_WORDS) return;
      const previous = verbs[i - 1];
      const subjectStart = previous ? (previous.index ?? 0) + previous[0].length : 0;
      const subject = sentence.slice(0, match.index);
      const mentions = outside.filter(
        (actor) => actor.start >= from && actor.start < from + (match.index ?? 0),
      );
      // "X noted that …, though stated that …": the second verb has the first one's subject.
      const sharesSubject =
        previous !== undefined &&
        !mentions.some((actor) => actor.start >= from + subjectStart) &&
        SHARED_SUBJECT.test(sentence.slice(subjectStart, match.index));
      const speakerId = sharesSubject
        ? (found[found.length - 1]?.speakerId ?? null)
        : (discourse.resolve(subject, mentions, true, from) ?? null);
      if (speakerId) discourse.spoke(speakerId);
      found.push({ kind: 'paraphrase', text: clause, start: from + clauseStart, speakerId });
    });
  }
  return found;
}
