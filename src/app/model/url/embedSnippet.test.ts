import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import { embedSnippet, embedUrl, suggestedEmbedMode, type EmbedSnippetOptions } from './embedSnippet';

const base: EmbedSnippetOptions = {
  appUrl: 'https://newsline.example/app/?event=old#x',
  title: 'Weapons "left" <behind>',
  eventId: 'trump-rally',
  actorIds: ['taliban', 'china'],
  window: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2025, 5, 30) },
  width: '100%',
  height: 600,
  parentOrigin: 'https://news.example.org',
};

describe('embed snippet', () => {
  it('carries the current view in the iframe address', () => {
    expect(embedUrl(base)).toBe(
      'https://newsline.example/app/?embed=1&event=trump-rally&actors=taliban,china&start=2021-01-01&end=2025-06-30&parentOrigin=https%3A%2F%2Fnews.example.org',
    );
    expect(embedUrl({ ...base, eventId: null, actorIds: [], window: null, parentOrigin: null })).toBe(
      'https://newsline.example/app/?embed=1',
    );
  });

  it('carries story mode with the slide to open on', () => {
    expect(embedUrl({ ...base, actorIds: [], window: null, parentOrigin: null, story: true })).toBe(
      'https://newsline.example/app/?embed=1&event=trump-rally&mode=story',
    );
  });

  it('offers story mode for frames narrower or shorter than the size the editor chose', () => {
    expect(suggestedEmbedMode({ width: 400, height: 800 }, 600)).toBe('story');
    expect(suggestedEmbedMode({ width: 800, height: 480 }, 600)).toBe('story');
    expect(suggestedEmbedMode({ width: 640, height: 600 }, 600)).toBe('timeline');
    expect(suggestedEmbedMode({ width: '100%', height: 700 }, 600)).toBe('timeline');
    expect(suggestedEmbedMode({ width: 640, height: 700 }, 700)).toBe('story');
  });

  it('carries lanes by actor or by kind, and leaves out none', () => {
    const plain = { ...base, eventId: null, actorIds: [], window: null, parentOrigin: null };
    expect(embedUrl({ ...plain, lanes: 'actor' })).toBe('https://newsline.example/app/?embed=1&lanes=actor');
    expect(embedUrl({ ...plain, lanes: 'kind' })).toBe('https://newsline.example/app/?embed=1&lanes=kind');
    expect(embedUrl({ ...plain, lanes: 'none' })).toBe('https://newsline.example/app/?embed=1');
  });

  it('names a tiled timeline by its manifest, with tiles= instead of data=', () => {
    const tiled = { ...base, eventId: null, actorIds: [], window: null, parentOrigin: null };
    expect(embedUrl({ ...tiled, tilesUrl: 'https://cdn.example/archive/manifest.json' })).toBe(
      'https://newsline.example/app/?embed=1&tiles=https%3A%2F%2Fcdn.example%2Farchive%2Fmanifest.json',
    );
  });

  it('is an accessible, lazy, sandboxed iframe with escaped attributes', () => {
    const snippet = embedSnippet(base);
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/newsline\.example\/app\/\?embed=1&amp;event=trump-rally&amp;/,
    );
    expect(snippet).toContain('title="Timeline: Weapons &quot;left&quot; &lt;behind&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(snippet).toContain('width="100%" height="600"');
    expect(snippet.endsWith('></iframe>')).toBe(true);
  });
});

describe('the language of an embed', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  const plain = { ...base, eventId: null, actorIds: [], window: null, parentOrigin: null };

  it('is carried as lang, after the view, and left to the reader when not chosen', () => {
    expect(embedUrl({ ...plain, language: 'ar' })).toBe('https://newsline.example/app/?embed=1&lang=ar');
    expect(embedUrl({ ...base, story: true, language: 'fr' })).toBe(
      'https://newsline.example/app/?embed=1&event=trump-rally&actors=taliban,china&mode=story&start=2021-01-01&end=2025-06-30&parentOrigin=https%3A%2F%2Fnews.example.org&lang=fr',
    );
    expect(embedUrl(plain)).not.toContain('lang=');
  });

  it('titles the frame in the interface language', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(embedSnippet({ ...plain, language: 'fr' })).toContain(
      'title="Frise : Weapons &quot;left&quot; &lt;behind&gt;"',
    );
  });
});
