// Tells an article's prose from what a page puts around it, in the way jusText and Boilerpipe do
// for blocks of text: by shape, not by a list of strings. A line is boilerplate when it is not a
// sentence (headings, teasers, "ADVERTISEMENT", credits, "- Ends"), when it is a photo caption
// (it ends in a credit or points at a picture), when it repeats the start of a later paragraph (a
// standfirst), or when it closes the article talking about the article, its publisher or its reader
// (disclaimers, donation appeals, "more follows"). A dateline or a section label opening a
// paragraph ("PRAGUE (AP) —", "Why it matters:") is metadata: it is cut off, the rest is kept.

import { escapeRegExp } from './escapeRegExp';

export interface Paragraph {
  text: string;
  /** Offset of `text` in the article's text. */
  start: number;
}

const ENDS_LIKE_A_SENTENCE = /[.!?…]["'\u201d\u2019)\]]*$/u;
const MAX_HEADING_WORDS = 14;
// A credit closes a caption: "Pic/PTI", "EPA FILE/JASON SZENES", "Photo: REUTERS", "(Pic Via X)".
const CREDIT =
  /(?:^|[.)]\s+)(?:(?:photo|pic|picture|image|file|credit|courtesy)\b[^.]{0,60}|[\p{Lu}\d][\p{Lu}\d .&-]*\/\s*[\p{Lu}][\p{Lu}\d .&-]*|\(\s*(?:photo|pic|image)[^)]{0,40}\))\.?$|\s[-\u2013\u2014]\s*\p{Lu}[\p{Lu}\d.&]+(?:\s*\([^)]{1,30}\))?$/iu;
// A caption points at who is where in the picture.
const PICTURE_POSITION = /\((?:left|right|centre|center|front|back|top|bottom|L|R|C|2nd left|2nd right)\)/i;
// What a page says about itself or to its reader, at its end.
const ABOUT_THE_ARTICLE =
  /\b(?:this (?:story|article|report|feed|content|piece)|the (?:article|story) (?:was|has been|is) (?:updated|sourced|edited)|syndicated|more follows|more to follow|developing story|breaking news story|all rights reserved|consider (?:supporting|subscribing|donating)|support (?:us|our|independent)|subscribe to|sign up for|click here|our newsletter|follow us)\b/i;
const ADDRESSES_THE_READER = /\b(?:you|your)\b/i;
const NEWSROOM_SPEAKS = /\b(?:we|we've|we're|our|us)\b/i;
// What a publisher says of itself at the end of a page: "X accepts no responsibility", "© X".
const PUBLISHER_DISCLAIMS = /\b(?:responsib|liabil|rights|reserves?|accepts|disclaim|copyright|\u00a9)/iu;
const TAIL_PARAGRAPHS = 3;
// A dateline: a place (capitalised words, maybe a region or agency in brackets, maybe a date)
// and a dash, colon or slash before the story's first sentence.
const DATELINE =
  /^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:\s*[[(][^\])]{1,40}[\])])?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([\p{L} .]{1,20}\))?(?:\s*(?:\u2014|\u2013|--)\s*|\s+-\s+|:\s+|\/\s*)(?=["'\u201c\u2018]?\p{Lu})/u;
// What makes a dateline more than a name and a dash: a place in capitals, an agency or region in
// brackets, a date, or a colon or slash ("PRAGUE (AP) —", "Kabul, Oct. 19:", "Islamabad:").
const DATELINE_MARK = /^\p{Lu}{3,}\b|[[(]|,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d|[:/]\s*$/u;
// A section label: a few words and a colon before a sentence ("Why it matters: The move came…").
const LABEL = /^\p{Lu}[\p{L}'\u2019]*(?:\s+[\p{L}'\u2019]+){0,3}\s?:\s+(?=["'\u201c\u2018]?\p{Lu})/u;
// "His answer was blunt: …" is a sentence, not a label.
const NOT_A_LABEL = /^(?:his|her|their|its|my|our|your)\b|\b(?:is|was|were|are|has|had|have|be|been)\b/i;
const SPEECH_IN_LABEL =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|read|reads|announced|declared|tweeted|posted)\b/i;
const LIST_MARKER = /^(?:[-\u2013\u2014\u2022*]|\d{1,2}[.)])\s+/u;
const DATELINE_PARAGRAPHS = 3;

/** The article's prose paragraphs, each cut of its dateline, label or list marker. */
export function proseParagraphs(lines: readonly Paragraph[], publisher: string | null): Paragraph[] {
  const kept = lines.filter((line) => !isNotProse(line.text));
  const withoutRepeats = kept.filter(
    (line, index) => !repeatsALaterParagraph(line.text, kept.slice(index + 1)),
  );
  const publisherName = publisherWords(publisher);
  const body = withoutRepeats.filter((line, index) => {
    const fromEnd = withoutRepeats.length - index;
    if (fromEnd > TAIL_PARAGRAPHS || index === 0) return true;
    return !isAboutTheArticle(line.text, publisherName);
  });
  return body.map((line, index) => cutLead(line, index < DATELINE_PARAGRAPHS));
}

/** Not a sentence of the story: a heading, teaser, credit line, caption or advertisement. */
export function isNotProse(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  const words = trimmed.split(/\s+/).length;
  const unfinished = !ENDS_LIKE_A_SENTENCE.test(trimmed);
  // "Also read: …", "Oil Prices Swing As Tariffs Loom": short, labelled or title-case, and unfinished.
  if (unfinished && (words <= MAX_HEADING_WORDS || LABEL.test(trimmed) || isTitleCase(trimmed))) return true;
  if (!/\p{Ll}/u.test(trimmed)) return true; // "ADVERTISEMENT", "BREAKING"
  return CREDIT.test(trimmed) || PICTURE_POSITION.test(trimmed);
}

/** A headline's shape: most of its words capitalised ("Oil Prices Swing As Tariffs Loom"). */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.7;
}

function repeatsALaterParagraph(text: string, later: readonly Paragraph[]): boolean {
  const bare = comparable(text);
  if (bare.length < 40) return false;
  return later.some((line) => comparable(line.text).startsWith(bare));
}

const comparable = (text: string) =>
  text
    .replace(/["'\u201c\u201d\u2018\u2019]/g, '')
    .replace(/[\s.…]+$/u, '')
    .trim();

function publisherWords(publisher: string | null): RegExp | null {
  const name = publisher?.replace(/\(.*?\)/g, '').trim();
  if (!name || name.length < 3) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
}

function isAboutTheArticle(text: string, publisher: RegExp | null): boolean {
  if (ABOUT_THE_ARTICLE.test(text)) return true;
  const quotes = /["\u201c\u201d]/u.test(text);
  // "We've been working hard to bring you …": the newsroom talking to its reader.
  if (!quotes && ADDRESSES_THE_READER.test(text) && NEWSROOM_SPEAKS.test(text)) return true;
  return publisher !== null && publisher.test(text) && PUBLISHER_DISCLAIMS.test(text);
}

/** Cuts a dateline (first paragraphs only), a section label or a list marker off a paragraph. */
function cutLead(paragraph: Paragraph, mayHaveDateline: boolean): Paragraph {
  let cut = LIST_MARKER.exec(paragraph.text)?.[0].length ?? 0;
  const rest = paragraph.text.slice(cut);
  const label = LABEL.exec(rest);
  const dateline = mayHaveDateline ? DATELINE.exec(rest) : null;
  if (label && !SPEECH_IN_LABEL.test(label[0]) && !NOT_A_LABEL.test(label[0])) cut += label[0].length;
  else if (dateline && DATELINE_MARK.test(dateline[0].trimEnd())) cut += dateline[0].length;
  return { text: paragraph.text.slice(cut), start: paragraph.start + cut };
}
