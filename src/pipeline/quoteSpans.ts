// Finds what stands between quotation marks in a paragraph, as CoreNLP's quote annotator does:
// curly, straight and guillemet marks, a curly quote closed by a straight mark, quotes nested in
// quotes (kept inside the outer one), and a quote that runs over the paragraph's end into the next
// one (journalists open each paragraph of a long quote and close only the last).

export interface QuoteSpan {
  /** Offsets of the quoted words (inside the marks) in the paragraph. */
  start: number;
  end: number;
  /** False when the paragraph continues a quote opened in an earlier one (no opening mark here). */
  opened: boolean;
  /** False when the quote runs on past the paragraph's end. */
  closed: boolean;
}

const OPENING = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSING = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';
const BEFORE_AN_OPENING = /[\s([{\u2014\u2013/-]/u;

/** The outermost quotes of a paragraph; nested ones stay part of the quote around them. */
export function quoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let openedAt = -1;
  let sawMark = false;
  for (let i = 0; i < paragraph.length; i++) {
    const mark = markAt(paragraph, i);
    if (mark === null) continue;
    if (mark === 'open') {
      if (depth === 0) openedAt = i + 1;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start: openedAt, end: i, opened: true, closed: true });
    } else if (!sawMark && closesWords(paragraph, i)) {
      // A closing mark before any opening one: the paragraph continues an earlier quote.
      spans.push({ start: 0, end: i, opened: false, closed: true });
    }
    sawMark = true;
  }
  if (depth > 0) spans.push({ start: openedAt, end: trimmedEnd(paragraph), opened: true, closed: false });
  return spans;
}

function markAt(text: string, i: number): 'open' | 'close' | null {
  const char = text[i]!;
  if (OPENING.has(char)) return 'open';
  if (CLOSING.has(char)) return 'close';
  if (char !== STRAIGHT) return null;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return BEFORE_AN_OPENING.test(before) && !/\s/u.test(after) ? 'open' : 'close';
}

/** A mark that ends quoted words: after punctuation, or a curly one after a letter (not an inch mark after "12"). */
function closesWords(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  return /[.,!?;:\u2026]/u.test(before) || (CLOSING.has(text[i]!) && /\p{L}/u.test(before));
}

function trimmedEnd(text: string): number {
  return text.trimEnd().length;
}
