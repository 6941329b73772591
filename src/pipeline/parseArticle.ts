// Splits an article into metadata and body. Front matter (YAML between `---` lines) gives what
// the text does not reliably say; a bare text file has its publisher and date lines read from the
// text, and everything else is marked unknown.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { IdSchema, PartialDateSchema, type ImageMedia } from '../schema/dataset';
import { parseStandaloneDate } from './dates';
import type { Article, ArticleMeta } from './types';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

// A missing key reads as unknown (null), as an explicit null does.
const NullableText = z.string().trim().min(1).max(300).nullable().default(null);

const ArticleMetaShape = {
  id: IdSchema.optional(),
  publisher: NullableText,
  title: NullableText,
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .nullable()
    .default(null),
  // A timestamp ("2025-04-17T09:30:00Z", as static-site generators write) gives its calendar day.
  published: z
    .preprocess(
      (value) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value) ? value.slice(0, 10) : value,
      PartialDateSchema.nullable(),
    )
    .default(null),
  via: z.string().trim().min(1).max(300).optional(),
  // The article's picture, for its lead event (see leadImages.ts).
  image: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .max(2_000)
    .optional(),
  image_alt: z.string().trim().min(1).max(300).optional(),
  image_credit: z.string().trim().min(1).max(300).optional(),
  image_caption: z.string().trim().min(1).max(300).optional(),
};
const KNOWN_KEYS = new Set(Object.keys(ArticleMetaShape));

/** The front matter Newsline reads; other keys (author, tags…) are common in real Markdown and ignored. */
export const ArticleMetaSchema = z
  .object(ArticleMetaShape)
  .strip()
  .superRefine((meta, ctx) => {
    if (meta.image !== undefined && meta.image_alt === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['image_alt'],
        message: 'an image needs alt text: describe what it shows for readers who cannot see it',
      });
    for (const key of ['image_alt', 'image_credit', 'image_caption'] as const)
      if (meta.image === undefined && meta[key] !== undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: 'is set but there is no image' });
  });

/** Checked front matter as the pipeline's metadata; `fallbackId` when it names no id. */
export function articleMeta(data: z.infer<typeof ArticleMetaSchema>, fallbackId: string): ArticleMeta {
  const { id, via, image, image_alt, image_credit, image_caption, ...rest } = data;
  const picture: ImageMedia | undefined =
    image !== undefined && image_alt !== undefined
      ? {
          kind: 'image',
          url: image,
          alt: image_alt,
          ...(image_caption !== undefined ? { caption: image_caption } : {}),
          ...(image_credit !== undefined ? { credit: image_credit } : {}),
        }
      : undefined;
  return {
    id: id ?? fallbackId,
    ...rest,
    ...(via !== undefined ? { via } : {}),
    ...(picture !== undefined ? { image: picture } : {}),
  };
}

export type ParsedArticle = { ok: true; article: Article } | { ok: false; problem: string };

/** `000_cde5.md` → `000-cde5`: a source id from a file name. */
export function sourceIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.[^.]+$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return slug || 'article';
}

export function parseArticle(path: string, text: string): ParsedArticle {
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) return parseWithFrontMatter(path, text, frontMatter);
  return parseBareText(path, text);
}

function parseWithFrontMatter(path: string, text: string, match: RegExpExecArray): ParsedArticle {
  let raw: unknown;
  try {
    // The core schema keeps `2025-03-30` a string instead of a Date.
    raw = parseYaml(match[1] ?? '', { schema: 'core' }) ?? {};
  } catch (error) {
    return {
      ok: false,
      problem: `has front matter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  const meta = ArticleMetaSchema.safeParse(raw);
  if (!meta.success) {
    const issues = meta.error.issues.map(
      (issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`,
    );
    return { ok: false, problem: `has invalid front matter (${issues.join('; ')})` };
  }
  const ignoredKeys = isRecord(raw)
    ? Object.keys(raw)
        .filter((key) => !KNOWN_KEYS.has(key))
        .sort()
    : [];
  const bodyStart = match[0].length;
  if (text.slice(bodyStart).trim() === '')
    return { ok: false, problem: 'has front matter but an empty body' };
  return {
    ok: true,
    article: {
      path,
      text,
      meta: articleMeta(meta.data, sourceIdFromPath(path)),
      bodyStart,
      ignoredKeys,
      metadataLines: [],
    },
  };
}

// A publisher line is a bare domain name ("CentralasianLIGHT.org") on a line of its own.
const PUBLISHER_LINE = /^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const TRAILING_LINES_READ = 3;

function parseBareText(path: string, text: string): ParsedArticle {
  const lines = linesWithOffsets(text).filter((line) => line.text.trim() !== '');
  if (lines.length === 0) return { ok: false, problem: 'has no readable text' };
  let publisher: string | null = null;
  let published: string | null = null;
  const metadataLines: [number, number][] = [];
  // Metadata sits at the end of a pasted article: read the last few lines only.
  for (const line of lines.slice(-TRAILING_LINES_READ)) {
    const value = line.text.trim();
    if (publisher === null && PUBLISHER_LINE.test(value)) {
      publisher = value;
      metadataLines.push([line.start, line.end]);
      continue;
    }
    const date: string | null = published === null && value.length <= 40 ? parseStandaloneDate(value) : null;
    if (date) {
      published = date;
      metadataLines.push([line.start, line.end]);
    }
  }
  if (metadataLines.length === lines.length)
    return { ok: false, problem: 'has no article text, only metadata' };
  return {
    ok: true,
    article: {
      path,
      text,
      meta: { id: sourceIdFromPath(path), publisher, title: null, url: null, published },
      bodyStart: 0,
      ignoredKeys: [],
      metadataLines,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function linesWithOffsets(text: string): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}
