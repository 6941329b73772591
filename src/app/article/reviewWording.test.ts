// The review's sentences: counts in the right number, the undated ones said once, each found date
// with what an empty field keeps, and the people and speech in a proposal.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_UNDATED_REASON } from '../model/dates/dateProvenance';
import { loadMessages, setLocale } from '../model/i18n/intl';
import { en } from '../model/i18n/messages/en';
import { eventCount, foundDate, proposalFacts, reviewSummary } from './reviewWording';
import { proposedEvent } from './testEvent';

const TAIL = ' Keep, retitle or re-date each; what you drop is not added.';

describe('eventCount', () => {
  it('says event or events', () => {
    expect(eventCount(0)).toBe('0 events');
    expect(eventCount(1)).toBe('1 event');
    expect(eventCount(4)).toBe('4 events');
  });
});

describe('reviewSummary', () => {
  it('counts the events and says nothing of dates when all have one', () => {
    expect(reviewSummary(1, 0)).toBe(`1 event found in the article.${TAIL}`);
    expect(reviewSummary(3, 0)).toBe(`3 events found in the article.${TAIL}`);
  });

  it('says how many have no date, in words that fit one, some or all', () => {
    expect(reviewSummary(1, 1)).toBe(
      `1 event found in the article. It has no date: give it one, or keep it undated.${TAIL}`,
    );
    expect(reviewSummary(3, 1)).toBe(
      `3 events found in the article. 1 of them has no date: give it one, or keep it undated.${TAIL}`,
    );
    expect(reviewSummary(3, 2)).toBe(
      `3 events found in the article. 2 of them have no date: give each one, or keep them undated.${TAIL}`,
    );
    expect(reviewSummary(2, 2)).toBe(
      `2 events found in the article. None of them has a date: give each one, or keep them undated.${TAIL}`,
    );
  });
});

describe('foundDate', () => {
  it('gives a stated date as found', () => {
    expect(foundDate({ basis: 'stated', start: '2024-11', approximate: false, phrase: 'in November' })).toBe(
      'Found: Nov 2024',
    );
  });

  it('says a bound stays when the field is left empty', () => {
    expect(foundDate({ basis: 'bounded', before: '2024', phrase: null })).toBe(
      'Found: before 2024 (the text gives no date; leave empty to keep the bound)',
    );
  });

  it('explains an undated proposal, quoting the words that gave no date', () => {
    expect(foundDate({ basis: 'bounded', phrase: 'one of these days' })).toBe(
      `Found: undated. ${DEFAULT_UNDATED_REASON} The words “one of these days” give no date. Leave the date empty to keep it undated (listed apart from the timeline), or give it one.`,
    );
  });
});

describe('proposalFacts', () => {
  const names = new Map([
    ['harbour-board', 'Harbour Board'],
    ['ferry-union', 'Ferry Union'],
  ]);
  const remark = { text: 'We will sail again soon.', speakerId: null, sourceId: 'island-gazette' };

  it('says when no actor was found', () => {
    expect(proposalFacts(proposedEvent(), names)).toBe('No actor found');
  });

  it('names the actors, falling back to the id, then counts quotes and reported speech', () => {
    const event = proposedEvent({
      actorIds: ['harbour-board', 'ferry-union', 'coast-guard'],
      quotes: [remark, remark],
      paraphrases: [remark],
    });
    expect(proposalFacts(event, names)).toBe(
      'Harbour Board · Ferry Union · coast-guard · 2 quotes · 1 reported',
    );
    expect(proposalFacts(proposedEvent({ quotes: [remark] }), names)).toBe('No actor found · 1 quote');
  });
});

describe('the review in French and Arabic', () => {
  afterEach(() => setLocale({ language: 'en', formatLocale: 'en-GB' }, en));

  it('counts the events and the undated ones in French, each sentence whole', async () => {
    setLocale({ language: 'fr', formatLocale: 'fr-FR' }, await loadMessages('fr'));
    expect(reviewSummary(1, 0)).toMatch(/^1 événement trouvé dans l’article\. Gardez/);
    expect(reviewSummary(3, 1)).toContain(
      '3 événements trouvés dans l’article. 1 d’entre eux n’a pas de date',
    );
    expect(reviewSummary(3, 3)).toContain('Aucun n’a de date');
    expect(reviewSummary(12, 5)).toContain('5 d’entre eux n’ont pas de date');
    const event = proposedEvent({ quotes: [], paraphrases: [] });
    expect(proposalFacts(event, new Map())).toBe('Aucun acteur trouvé');
  });

  it('gives Arabic its plural forms: one, two, few (3–10) and many (11–99)', async () => {
    setLocale({ language: 'ar', formatLocale: 'ar' }, await loadMessages('ar'));
    expect(reviewSummary(1, 1)).toMatch(/^عُثر على حدث واحد في المقال\. ليس له تاريخ/);
    expect(reviewSummary(3, 1)).toContain('عُثر على 3 أحداث في المقال. حدث واحد منها بلا تاريخ');
    expect(reviewSummary(12, 2)).toContain('عُثر على 12 حدثًا في المقال. حدثان منها بلا تاريخ');
    expect(eventCount(2)).toBe('حدثان');
  });
});
