// Runs the per-sentence stages over a corpus: clean sentences, dates, actors (resolved across the
// corpus) and statements, each with offsets into its article's text.
import { ActorFinder, resolveActors } from './actors';
import type { KnownActor } from './actorTable';
import { findDateMentions } from './dates';
import { cleanParagraphs, splitSentences } from './sentences';
import { findStatements, type SpeakerContext } from './statements';
import type { AnalysedSentence, Article } from './types';

export interface AnalysedArticle {
  article: Article;
  sentences: AnalysedSentence[];
}

export function analyseCorpus(
  articles: readonly Article[],
  knownActors: readonly KnownActor[],
): AnalysedArticle[] {
  const finder = new ActorFinder(knownActors);
  const split = articles.map((article) => ({ article, sentences: splitSentences(cleanParagraphs(article)) }));
  const rawActors = split.flatMap(({ sentences }) => finder.findInSentences(sentences));
  const resolved = resolveActors(rawActors);
  let cursor = 0;
  return split.map(({ article, sentences }) => {
    const speakers: SpeakerContext = { lastPerson: null, lastCollective: null };
    let anchorYear: number | null = null;
    const analysed = sentences.map((sentence) => {
      const actors = resolved[cursor++] ?? [];
      const dates = findDateMentions(sentence.text, sentence.start, {
        published: article.meta.published,
        anchorYear,
      });
      const statements = findStatements(sentence.text, sentence.start, actors, speakers);
      for (const date of dates) {
        if (date.basis === 'stated' && date.value)
          anchorYear = Number((date.value.end ?? date.value.start).slice(0, 4));
      }
      for (const actor of actors) {
        if (actor.kind === 'person') speakers.lastPerson = actor.actorId;
        else if (actor.kind === 'group' || actor.kind === 'organisation')
          speakers.lastCollective = actor.actorId;
      }
      return { ...sentence, dates, actors, statements };
    });
    return { article, sentences: analysed };
  });
}
