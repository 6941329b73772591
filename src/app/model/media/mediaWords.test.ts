import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { loadMessages, setLocale } from '../i18n/intl';
import { creditWords, linkLabel, mediaCreditLine, mediaHost } from './mediaWords';

describe('media words', () => {
  it('labels a link by its own label, else by what it opens', () => {
    const url = 'https://www.youtube.com/watch?v=quay';
    expect(linkLabel({ kind: 'link', url, label: 'The mayor at the quay' })).toBe('The mayor at the quay');
    expect(linkLabel({ kind: 'link', url, type: 'youtube' })).toBe('Open the video on YouTube');
    expect(linkLabel({ kind: 'link', url, type: 'somewhere-new' })).toBe('Open the link');
  });

  it('shows the host without www, and none for an address that is not http(s)', () => {
    expect(mediaHost('https://www.youtube.com/watch?v=quay')).toBe('youtube.com');
    expect(mediaHost('javascript:alert(1)')).toBeNull();
  });

  it('writes caption and credit as one line, marking a bare credit as one', () => {
    const url = 'https://photos.example.net/a.jpg';
    expect(mediaCreditLine({ kind: 'image', url, alt: 'x', caption: 'The quay', credit: 'Ada Quill' })).toBe(
      'The quay — Credit: Ada Quill',
    );
    expect(creditWords('Photo: Ada Quill')).toBe('Photo: Ada Quill');
    expect(mediaCreditLine({ kind: 'image', url, alt: 'x' })).toBeNull();
  });
});

describe('media words in another language', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('says what a link opens and marks a credit in French and Arabic; the data stays as it is', async () => {
    const url = 'https://maps.example.net/quay';
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(linkLabel({ kind: 'link', url, type: 'google maps' })).toBe('Ouvrir la carte');
    expect(linkLabel({ kind: 'link', url, type: 'somewhere-new' })).toBe('Ouvrir le lien');
    expect(linkLabel({ kind: 'link', url, label: 'The mayor at the quay' })).toBe('The mayor at the quay');
    expect(creditWords('Ada Quill')).toBe('Crédit\u00a0: Ada Quill');
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(linkLabel({ kind: 'link', url, type: 'youtube' })).toBe('فتح الفيديو على YouTube');
  });
});
