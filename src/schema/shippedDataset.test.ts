// The shipped dataset is faithful to its articles: every excerpt, quote and paraphrase is the
// articles' exact text, every actor takes part in some event, and unknown metadata stays null.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from './dataset';

const dataset = DatasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const articles = readdirSync('data/articles').map((file) => readFileSync(`data/articles/${file}`, 'utf8'));

// Which article each source is; the texts themselves carry no ids yet.
const articleOf: Record<string, string> = {
  'centralasianlight-2025-03-30': articles.find((text) => text.includes('CentralasianLIGHT.org')) ?? '',
  'unattributed-taliban-rejects-trump-demand': articles.find((text) => text.includes('ISIS-K')) ?? '',
};

describe('shipped dataset', () => {
  it('quotes every excerpt, quote and paraphrase verbatim from its article', () => {
    const passages = dataset.events.flatMap((event) => [
      ...event.sources.map((ref) => ({ sourceId: ref.sourceId, text: ref.excerpt })),
      ...event.quotes,
      ...event.paraphrases,
    ]);
    expect(passages.length).toBeGreaterThan(20);
    for (const passage of passages) {
      expect(articleOf[passage.sourceId], passage.sourceId).toBeTruthy();
      expect(articleOf[passage.sourceId]).toContain(passage.text);
    }
  });

  it('keeps quotes to the words inside quotation marks', () => {
    for (const quote of dataset.events.flatMap((event) => event.quotes)) {
      const article = articleOf[quote.sourceId] ?? '';
      const at = article.indexOf(quote.text);
      expect(article[at - 1]).toMatch(/["\u201c]/);
    }
  });

  it('names no actor that no event involves', () => {
    const involved = new Set(dataset.events.flatMap((event) => event.actorIds));
    expect(dataset.actors.filter((actor) => !involved.has(actor.id))).toEqual([]);
  });

  it('records what the articles do not state as null, not invented', () => {
    const unattributed = dataset.sources.find(
      (source) => source.id === 'unattributed-taliban-rejects-trump-demand',
    );
    expect(unattributed).toMatchObject({ publisher: null, published: null, url: null });
  });

  it('keeps the undated events, with bounds instead of invented dates', () => {
    const parade = dataset.events.find((event) => event.id === 'taliban-parade-with-us-weapons');
    const rally = dataset.events.find((event) => event.id === 'trump-rally-threatens-aid');
    expect(parade?.date).toMatchObject({ basis: 'bounded', before: '2025-03-28' });
    expect(rally?.date.basis).toBe('bounded');
  });
});
