import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, decodeArticleBytes, isArticleFileName } from './articleFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(decodeArticleBytes(bytes('\uFEFFKabul, “quoted”.'))).toEqual({
      ok: true,
      text: 'Kabul, “quoted”.',
    });
  });

  it('refuses binary, non-UTF-8, empty and oversized files with a reason', () => {
    expect(decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x00, 0x47]))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('binary'),
    });
    expect(decodeArticleBytes(new Uint8Array([0x66, 0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('UTF-8'),
    });
    expect(decodeArticleBytes(bytes(' \n\t '))).toMatchObject({ ok: false, problem: 'is empty' });
    expect(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('over the limit'),
    });
  });
});

describe('isArticleFileName', () => {
  it('reads text files as articles, but not the folder’s own notes or other files', () => {
    expect(isArticleFileName('2024-05-06-desk-story.md')).toBe('article');
    expect(isArticleFileName('wire.TXT')).toBe('article');
    expect(isArticleFileName('README.md')).toBe('folder-document');
    expect(isArticleFileName('license.txt')).toBe('folder-document');
    expect(isArticleFileName('truth.json')).toBe('not-text');
  });
});
