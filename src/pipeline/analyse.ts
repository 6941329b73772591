// Runs the per-sentence stages over a corpus: clean sentences, dates, actors (resolved across the
// corpus) and statements, each with offsets into its article's text.
import { ActorFinder, resolveActors } from './actors';
import type { KnownActor } from './actorTable';
import { findDateMentions } from './dates';
import { Discourse } from './discourse';
import type { Paragraph } from './boilerplate';
import { cleanParagraphs, splitSentences } from './sentences';
import { withPronounSubjects } from './pronounSubjects';
import { quoteSpans, type QuoteSpan } from './quoteSpans';
import { findStatements, type OpenQuote } from './statements';
import type { ActorMention, AnalysedSentence, Article, Sentence, Statement } from './types';

export interface AnalysedArticle {
  article: Article;
  sentences: AnalysedSentence[];
}

export function analyseCorpus(
  articles: readonly Article[],
  knownActors: readonly KnownActor[],
): AnalysedArticle[] {
  const finder = new ActorFinder(knownActors);
  const split = articles.map((article) => {
    const paragraphs = cleanParagraphs(article);
    return { article, paragraphs, sentences: splitSentences(paragraphs) };
  });
  const rawActors = split.flatMap(({ sentences }) => finder.findInSentences(sentences));
  const resolved = resolveActors(rawActors);
  let cursor = 0;
  return split.map(({ article, paragraphs, sentences }) => {
    const actorsOf = sentences.map(() => resolved[cursor++] ?? []);
    const spans = paragraphs.map((paragraph) => quoteSpans(paragraph.text));
    const { statements, coined } = articleStatements(paragraphs, spans, sentences, actorsOf);
    // "his family said": an actor the text names only by a description, kept where it speaks.
    for (const actor of coined) {
      const index = sentences.findIndex(
        (s) => actor.start >= s.start && actor.start < s.start + s.text.length,
      );
      if (index >= 0) actorsOf[index] = [...(actorsOf[index] ?? []), actor].sort((a, b) => a.start - b.start);
    }
    let anchorYear: number | null = null;
    const quotes = paragraphs.flatMap((paragraph, index) =>
      (spans[index] ?? []).map(({ start, end }) => [paragraph.start + start, paragraph.start + end] as const),
    );
    const withPronouns = withPronounSubjects(sentences, actorsOf, quotes);
    const analysed = sentences.map((sentence, index) => {
      const dates = findDateMentions(sentence.text, sentence.start, {
        published: article.meta.published,
        anchorYear,
        quotes: quotes.map(([start, end]) => [start - sentence.start, end - sentence.start]),
      });
      for (const date of dates) {
        if (date.basis === 'stated' && date.value && !date.inQuote && !date.planned)
          anchorYear = Number((date.value.end ?? date.value.start).slice(0, 4));
      }
      const end = sentence.start + sentence.text.length;
      return {
        ...sentence,
        dates,
        actors: withPronouns[index] ?? [],
        statements: statements.filter((s) => s.start >= sentence.start && s.start < end),
      };
    });
    return { article, sentences: analysed };
  });
}

/** Quotes and paraphrases paragraph by paragraph, with one reading of the article for speakers. */
function articleStatements(
  paragraphs: readonly Paragraph[],
  spans: readonly QuoteSpan[][],
  sentences: readonly Sentence[],
  actorsOf: readonly ActorMention[][],
): { statements: Statement[]; coined: ActorMention[] } {
  const discourse = new Discourse();
  const open: OpenQuote = { statement: null };
  const statements = paragraphs.flatMap((paragraph, index) => {
    const members = sentences
      .map((sentence, i) => ({ sentence, i }))
      .filter(({ sentence }) => sentence.paragraph === index);
    return findStatements(
      {
        text: paragraph.text,
        start: paragraph.start,
        sentences: members.map(({ sentence }) => [sentence.start, sentence.start + sentence.text.length]),
        actors: members.flatMap(({ i }) => actorsOf[i] ?? []),
        quotes: spans[index] ?? [],
      },
      discourse,
      open,
    );
  });
  return { statements, coined: discourse.coined };
}
