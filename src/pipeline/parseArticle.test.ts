import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, sourceIdFromPath } from './parseArticle';

describe('parseArticle', () => {
  it('reads metadata from front matter and keeps the body offset', () => {
    const text =
      '---\npublisher: Desk\ntitle: null\nurl: https://example.org/a\npublished: 2025-03-30\nvia: Wire\n---\nBody.\n';
    const result = parseArticle('data/articles/my_story.md', text);
    expect(result).toMatchObject({
      ok: true,
      article: {
        meta: {
          id: 'my-story',
          publisher: 'Desk',
          title: null,
          url: 'https://example.org/a',
          published: '2025-03-30',
          via: 'Wire',
        },
      },
    });
    if (result.ok) expect(text.slice(result.article.bodyStart)).toBe('Body.\n');
  });

  it('reads only the keys it knows: others are ignored and listed, missing ones are unknown', () => {
    const parsed = parseArticle(
      'a.md',
      '---\nauthor: Jo Bloggs\ntags: [politics]\npublisher: Desk\npublished: 2024-05-06T08:15:00Z\n---\nBody.',
    );
    expect(parsed).toMatchObject({
      ok: true,
      article: {
        meta: { publisher: 'Desk', title: null, url: null, published: '2024-05-06' },
        ignoredKeys: ['author', 'tags'],
      },
    });
  });

  it('names the problem in bad front matter', () => {
    const meta = (published: string) =>
      `---\npublisher: null\ntitle: null\nurl: null\npublished: ${published}\n---\nBody.`;
    expect(parseArticle('a.md', meta('2025-02-30'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('published: is not a real calendar date'),
    });
    expect(parseArticle('a.md', meta('[oops'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not valid YAML'),
    });
    expect(parseArticle('a.md', '---\npublisher: X\ntitle: [1, 2]\n---\nBody.')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('title'),
    });
    expect(parseArticle('a.md', `${meta('null')}`.replace('Body.', ' \n'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('empty body'),
    });
    expect(
      parseArticle(
        'a.md',
        '---\npublisher: null\ntitle: null\nurl: javascript:alert(1)\npublished: null\n---\nBody.',
      ),
    ).toMatchObject({ ok: false, problem: expect.stringContaining('http(s)') });
  });

  it('reads the publisher and date lines of a bare text article, and nothing else', () => {
    const text = readFileSync('src/pipeline/fixtures/bare-article.txt', 'utf8');
    const result = parseArticle('000_cde5ec266f19755c.txt', text);
    expect(result).toMatchObject({
      ok: true,
      article: {
        meta: {
          id: '000-cde5ec266f19755c',
          publisher: 'CentralasianLIGHT.org',
          title: null,
          url: null,
          published: '2025-03-30',
        },
      },
    });
    if (result.ok)
      expect(result.article.metadataLines.map(([s, e]) => text.slice(s, e))).toEqual([
        'CentralasianLIGHT.org',
        'March 30, 2025',
      ]);
  });

  it('marks unknown what a bare article does not say', () => {
    const result = parseArticle('note.txt', 'Officials met on Monday.\nThey talked.');
    expect(result).toMatchObject({ ok: true, article: { meta: { publisher: null, published: null } } });
    expect(parseArticle('only-meta.txt', 'Example.org\nMarch 30, 2025')).toMatchObject({ ok: false });
  });

  it('makes ids from file names', () => {
    expect(sourceIdFromPath('data/articles/002_4682A.MD')).toBe('002-4682a');
  });
});
