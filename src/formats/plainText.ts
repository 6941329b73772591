// TimelineJS text is HTML; Newsline stores and shows plain text. A real HTML tokenizer reads it:
// tags are dropped, entities decoded, scripts and styles left out, and paragraphs and line breaks
// kept as line breaks. The result is only ever rendered as text.
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);
const SILENT = new Set(['script', 'style', 'template', 'noscript']);

export function htmlToPlainText(html: string): string {
  let text = '';
  let silent = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (SILENT.has(name)) silent++;
        else if (name === 'br') text += '\n';
        else if (BLOCKS.has(name)) text += '\n\n';
      },
      onclosetag: (name) => {
        if (SILENT.has(name)) silent = Math.max(0, silent - 1);
        else if (BLOCKS.has(name)) text += '\n\n';
      },
      ontext: (chunk) => {
        if (silent === 0) text += chunk;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tidy(text);
}

/** Plain text as HTML for TimelineJS: escaped, one paragraph a blank-line-separated block. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Text that HTML reads back as the same text: markup characters as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Runs of spaces become one, lines are trimmed, and at most one blank line separates paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
