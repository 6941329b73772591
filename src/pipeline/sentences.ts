// Clean text: the article's sentences with their offsets in the original file, without what is
// not the article (front matter, metadata lines, and the boilerplate that boilerplate.ts finds).
import { linesWithOffsets } from './parseArticle';
import { proseParagraphs, type Paragraph } from './boilerplate';
import type { Article, Sentence } from './types';

/** The article's paragraphs: body lines that are prose, not metadata or boilerplate. */
export function cleanParagraphs(article: Article): Paragraph[] {
  const metadata = new Set(article.metadataLines.map(([start]) => start));
  const metaValues = new Set([article.meta.publisher, article.meta.title].filter((value) => value !== null));
  const lines = linesWithOffsets(article.text)
    .filter((line) => line.start >= article.bodyStart && !metadata.has(line.start))
    .map((line) => {
      const lead = line.text.length - line.text.trimStart().length;
      return { text: line.text.trim(), start: line.start + lead };
    })
    .filter(({ text }) => text !== '' && !metaValues.has(text));
  return proseParagraphs(lines, article.meta.publisher);
}

// ICU's sentence breaker (Intl.Segmenter) is fast but splits after abbreviations; these rejoin.
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|\p{Lu})\.$/u;
const DOTTED_ACRONYM = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
// After "U.S." a new sentence usually opens with one of these; a name or title continues it.
const SENTENCE_OPENER =
  /^["'\u201c\u2018(]?(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|There|In|On|At|But|And|However|Meanwhile|Still|Yet|So|If|When|While|After|Before|Since|As)\b/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentence ranges [start, end) within a paragraph. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = ranges[ranges.length - 1];
    const before = previous ? text.slice(previous[0], previous[1]).trimEnd() : '';
    const joins =
      previous !== undefined &&
      (ABBREVIATION.test(before) ||
        (DOTTED_ACRONYM.test(before) && !SENTENCE_OPENER.test(segment)) ||
        /^\s*\p{Ll}/u.test(segment));
    if (joins) previous[1] = index + segment.length;
    else ranges.push([index, index + segment.length]);
  }
  return ranges;
}

/** Splits clean paragraphs into sentences, each with its offset in the original file. */
export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) =>
    sentenceRanges(paragraph.text).map(([start, end]) => {
      const raw = paragraph.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      return { text: raw.trim(), start: paragraph.start + start + lead, paragraph: index };
    }),
  );
}
