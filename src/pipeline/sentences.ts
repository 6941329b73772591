// Clean text: the article's sentences with their offsets in the original file, without what is
// not the article (front matter, metadata lines, "Read More" teasers, section headings).
import nlp from 'compromise';
import { linesWithOffsets } from './parseArticle';
import type { Article, Sentence } from './types';

const TEASER =
  /^(?:read more|read also|also read|related|see also|subscribe|follow us|share this)\b\s*[:\-–—]?/i;
const ENDS_LIKE_A_SENTENCE = /[.!?]["'\u201d\u2019)]?$/;
const MAX_HEADING_WORDS = 14;

export interface CleanParagraph {
  text: string;
  start: number;
}

/** The article's paragraphs: non-empty body lines that are prose, not metadata or boilerplate. */
export function cleanParagraphs(article: Article): CleanParagraph[] {
  const metadata = new Set(article.metadataLines.map(([start]) => start));
  const metaValues = new Set([article.meta.publisher, article.meta.title].filter((value) => value !== null));
  return linesWithOffsets(article.text)
    .filter((line) => line.start >= article.bodyStart && !metadata.has(line.start))
    .map((line) => ({
      text: line.text.trimEnd(),
      start: line.start + (line.text.length - line.text.trimStart().length),
    }))
    .map((line) => ({ text: line.text.trim(), start: line.start }))
    .filter(({ text }) => text !== '' && !TEASER.test(text) && !metaValues.has(text) && !isHeading(text));
}

function isHeading(line: string): boolean {
  return !ENDS_LIKE_A_SENTENCE.test(line) && line.split(/\s+/).length <= MAX_HEADING_WORDS;
}

const OPENING_PUNCTUATION = /["'\u201c\u2018([]/;

/**
 * Splits clean paragraphs into sentences (compromise knows "U.S." does not end one). Each sentence
 * runs to where the next begins, so quotation marks around a sentence stay with it.
 */
export function splitSentences(paragraphs: readonly CleanParagraph[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) => {
    const found = nlp(paragraph.text).sentences().json({ offset: true }) as { offset: { start: number } }[];
    const starts = found.map(({ offset }, i) => {
      let start = i === 0 ? 0 : offset.start;
      while (start > 0 && OPENING_PUNCTUATION.test(paragraph.text[start - 1] ?? '')) start--;
      return start;
    });
    return starts.map((start, i) => {
      const raw = paragraph.text.slice(start, starts[i + 1] ?? paragraph.text.length);
      const lead = raw.length - raw.trimStart().length;
      return { text: raw.trim(), start: paragraph.start + start + lead, paragraph: index };
    });
  });
}
