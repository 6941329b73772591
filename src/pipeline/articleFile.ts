// Reads an article file's bytes into text, refusing what is not an article: too large, binary,
// not UTF-8, or empty.

export const MAX_ARTICLE_BYTES = 1_000_000;

export type TextResult = { ok: true; text: string } | { ok: false; problem: string };

export function decodeArticleBytes(bytes: Uint8Array): TextResult {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return { ok: false, problem: `is ${bytes.byteLength} bytes, over the limit of ${MAX_ARTICLE_BYTES}` };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'is binary (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'is not valid UTF-8 text' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: 'is empty' };
  return { ok: true, text };
}

const ARTICLE_EXTENSION = /\.(?:md|markdown|txt)$/i;
// A folder of articles often holds its own notes: these names are documents about the folder.
const FOLDER_DOCUMENT = /^(?:readme|changelog|changes|license|licence|contributing|notes|todo)(?:\.[^.]+)?$/i;

/** Whether a file in an input folder is an article: text by its extension, and not the folder's own notes. */
export function isArticleFileName(name: string): 'article' | 'not-text' | 'folder-document' {
  if (!ARTICLE_EXTENSION.test(name)) return 'not-text';
  return FOLDER_DOCUMENT.test(name) ? 'folder-document' : 'article';
}
