// Proposed events as the reporter edits them: what each starts as, what stops it being added, and
// the event it becomes (the text's date kept when untouched, the editor's when changed).
import { describe, expect, it } from 'vitest';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { draftOf, draftProblems, eventOf, keptEvents, reviewProblems, type Draft } from './articleDraft';
import { proposedEvent } from './testEvent';

const stated = proposedEvent();
const span = proposedEvent({
  id: 'quay-repairs',
  date: { basis: 'stated', start: '2024-11', end: '2025-02', approximate: false, phrase: 'all winter' },
});
const bounded = proposedEvent({
  id: 'ferry-ordered',
  date: { basis: 'bounded', before: '2024-11', phrase: 'earlier', reason: 'the text says only earlier' },
});

describe('draftOf', () => {
  it('starts kept, with the title and the dates as found, and empty dates for a bound', () => {
    expect(draftOf(stated)).toEqual({
      keep: true,
      title: stated.title,
      when: '2024-11',
      until: '',
      found: stated,
    });
    expect(draftOf(span)).toMatchObject({ when: '2024-11', until: '2025-02' });
    expect(draftOf(bounded)).toMatchObject({ when: '', until: '' });
  });
});

describe('draftProblems', () => {
  it('has none for a proposal left as found', () => {
    for (const event of [stated, span, bounded]) expect(draftProblems(draftOf(event))).toEqual([]);
  });

  it('asks for a title, and for dates written as partial dates', () => {
    const draft: Draft = { ...draftOf(stated), title: ' ', when: 'Friday', until: '2024-13' };
    expect(draftProblems(draft)).toEqual([
      'give it a title.',
      '“Friday” is not a date like 2025, 2025-03 or 2025-03-28.',
      '“2024-13” is not a date like 2025, 2025-03 or 2025-03-28.',
    ]);
  });

  it('will not let a dated proposal lose its date, but lets a bounded one keep its bound', () => {
    expect(draftProblems({ ...draftOf(stated), when: '' })).toEqual([
      'give it a date (the article gives Nov 2024).',
    ]);
    expect(draftProblems({ ...draftOf(bounded), until: '2024-10' })).toEqual([
      'a span needs its first date too.',
    ]);
  });

  it('refuses a span that ends before it starts', () => {
    expect(draftProblems({ ...draftOf(span), until: '2024-10' })).toEqual([
      'the span ends before it starts.',
    ]);
  });
});

describe('reviewProblems', () => {
  it('numbers the problems of the kept proposals and ignores the dropped ones', () => {
    const drafts = [
      { ...draftOf(stated), title: '' },
      { ...draftOf(span), keep: false, title: '' },
      { ...draftOf(bounded), when: 'soon' },
    ];
    expect(reviewProblems(drafts)).toEqual([
      'Event 1: give it a title.',
      'Event 3: “soon” is not a date like 2025, 2025-03 or 2025-03-28.',
    ]);
  });
});

describe('eventOf', () => {
  it('keeps the date the text gave when the reporter left it, with the title trimmed', () => {
    const event = eventOf({ ...draftOf(span), title: '  Quay repairs last the winter ' });
    expect(event).toEqual({ ...span, title: 'Quay repairs last the winter' });
    expect(eventOf(draftOf(bounded)).date).toBe(bounded.date);
  });

  it('dates by the editor what the reporter re-dated, a span only when its ends differ', () => {
    expect(eventOf({ ...draftOf(bounded), when: '2024-10-30' }).date).toEqual({
      basis: 'stated',
      start: '2024-10-30',
      approximate: false,
      phrase: EDITOR_DATE_PHRASE,
    });
    expect(eventOf({ ...draftOf(span), until: '2024-11' }).date).not.toHaveProperty('end');
    expect(eventOf({ ...draftOf(stated), until: '2024-12' }).date).toMatchObject({
      start: '2024-11',
      end: '2024-12',
      phrase: EDITOR_DATE_PHRASE,
    });
  });
});

describe('keptEvents', () => {
  it('leaves out what the reporter dropped, in the order of the text', () => {
    const drafts = [draftOf(stated), { ...draftOf(span), keep: false }, draftOf(bounded)];
    expect(keptEvents(drafts).map((event) => event.id)).toEqual(['ferry-cancelled', 'ferry-ordered']);
  });
});
