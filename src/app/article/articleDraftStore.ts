// The article a reporter is pasting, kept in this browser (IndexedDB, through idb) as they type:
// a reload, a closed tab or a crash before the events are added loses none of it. Cleared once
// the article's events join the timeline.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleInput } from './extractArticle';

interface DraftDb extends DBSchema {
  drafts: { key: string; value: ArticleInput };
}

const KEY = 'article';
let connection: Promise<IDBPDatabase<DraftDb>> | null = null;

function db(): Promise<IDBPDatabase<DraftDb>> {
  connection ??= openDB<DraftDb>('newsline-drafts', 1, {
    upgrade(database) {
      database.createObjectStore('drafts');
    },
  });
  return connection;
}

/** The article as last typed, or null; a record that is not one (another version's) is ignored. */
export async function readArticleDraft(): Promise<ArticleInput | null> {
  const draft: unknown = await (await db()).get('drafts', KEY);
  if (typeof draft !== 'object' || draft === null) return null;
  const field = (name: keyof ArticleInput) => {
    const value = (draft as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  const input = {
    text: field('text'),
    publisher: field('publisher'),
    title: field('title'),
    published: field('published'),
    url: field('url'),
  };
  return Object.values(input).some((value) => value !== '') ? input : null;
}

export async function keepArticleDraft(input: ArticleInput): Promise<void> {
  await (await db()).put('drafts', input, KEY);
}

export async function clearArticleDraft(): Promise<void> {
  await (await db()).delete('drafts', KEY);
}
