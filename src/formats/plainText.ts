// TimelineJS text is HTML; Newsline stores and shows plain text. A real HTML tokenizer reads it:
// tags are dropped, entities decoded, scripts and styles left out, and paragraphs and line breaks
// kept as line breaks. The result is only ever rendered as text.
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);
const SILENT = new Set(['script', 'style', 'template', 'noscript']);

/** Elements whose content is not text: an image, a video, an embedded page. */
const EMBEDDED = new Set(['img', 'iframe', 'video', 'audio', 'embed', 'object', 'svg', 'picture']);

/**
 * HTML as plain text. A link keeps its address after its words ("the report (https://…)") when it
 * is an http(s) address the words do not already give; `onEmbedded` hears of each image, video or
 * embedded page, which plain text cannot hold.
 */
export function htmlToPlainText(html: string, onEmbedded?: (tag: string) => void): string {
  let text = '';
  let silent = 0;
  const links: { href: string | null; from: number }[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (SILENT.has(name)) silent++;
        else if (name === 'br') text += '\n';
        else if (BLOCKS.has(name)) text += '\n\n';
        else if (name === 'a') links.push({ href: httpAddress(attributes.href), from: text.length });
        else if (EMBEDDED.has(name)) onEmbedded?.(name);
      },
      onclosetag: (name) => {
        if (SILENT.has(name)) silent = Math.max(0, silent - 1);
        else if (BLOCKS.has(name)) text += '\n\n';
        else if (name === 'a') {
          const link = links.pop();
          if (link?.href && !text.slice(link.from).includes(link.href)) text += ` (${link.href})`;
        }
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

function httpAddress(href: string | undefined): string | null {
  const address = href?.trim();
  return address && /^https?:\/\/\S+$/i.test(address) ? address : null;
}

/**
 * Plain text as HTML for TimelineJS: escaped, one paragraph a blank-line-separated block, and runs
 * of spaces kept with no-break spaces (HTML would show them as one).
 */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${plainTextToInlineHtml(paragraph)}</p>`)
    .join('');
}

/** Plain text as HTML for a headline or a name: escaped, with its runs of spaces and its line breaks. */
export function plainTextToInlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/ {2,}/g, (run) => ` ${'&nbsp;'.repeat(run.length - 1)}`)
    .replace(/\n/g, '<br>');
}

/** Text that HTML reads back as the same text: markup characters as character references. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Whitespace as HTML shows it: runs become one space, lines are trimmed, and at most one blank
 * line separates paragraphs. No-break spaces are kept apart from the runs, then read as spaces.
 */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/**
 * Whether a plain text comes back from HTML as itself: no tabs or no-break spaces, no runs of blank
 * lines, no spaces at the ends of its lines.
 */
export function survivesHtml(text: string): boolean {
  return !/[\t\f\v\r\u00a0]|\n\s*\n\s*\n|[ ]\n|\n[ ]/.test(text) && text === text.trim();
}
