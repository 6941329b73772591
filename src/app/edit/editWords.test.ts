import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../model/i18n/messages/en';
import { loadMessages, setLocale, t } from '../model/i18n/intl';
import { sourceName } from './sourceName';
import { noBuildMessage } from './staticSite';

const source = { id: 'a1', url: 'https://example.org/a', title: 'Pier reopens', published: null };

describe("edit mode's words", () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('counts edits in English as the edit bar always has', () => {
    expect(t('edit.bar.edits', { count: 1 })).toBe('1 edit, all stored in this browser.');
    expect(t('edit.bar.edits', { count: 1200 })).toBe('1,200 edits, all stored in this browser.');
    expect(t('edit.notice.unreadable', { count: 2 })).toBe(
      '2 stored edits could not be read and were left out.',
    );
    expect(sourceName({ ...source, publisher: null })).toBe('Publisher not stated: Pier reopens');
  });

  it('counts in French, with its numbers and its singular for 0 and 1', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(t('edit.bar.edits', { count: 1 })).toBe('1 modification, enregistrée dans ce navigateur.');
    expect(t('edit.kept.meta', { when: 'hier', count: 0, origin: 'cette page' })).toBe(
      'Dernière modification : hier · 0 modification · source : cette page',
    );
    expect(t('edit.publish.downloadedSite', { file: 'x.zip', count: 1500 })).toBe(
      'x.zip téléchargé : 1\u202f500 fichiers.',
    );
    expect(sourceName({ ...source, publisher: 'Le Monde' })).toBe('Le Monde : Pier reopens');
    expect(noBuildMessage()).toMatch(/^Cette copie de Newsline/);
  });

  it('counts in Arabic with every plural form the language has', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    const edits = (count: number) => t('edit.publish.downloadedEdits', { file: 'x.yaml', count });
    const digits = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(edits(1)).toBe('نُزّل x.yaml: تعديل واحد.');
    expect(edits(2)).toBe('نُزّل x.yaml: تعديلان.');
    expect(edits(3)).toBe(`نُزّل x.yaml: ${digits(3)} تعديلات.`);
    expect(edits(11)).toBe(`نُزّل x.yaml: ${digits(11)} تعديلًا.`);
    expect(edits(100)).toBe(`نُزّل x.yaml: ${digits(100)} تعديل.`);
  });
});
