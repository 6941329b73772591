import { describe, expect, it } from 'vitest';
import { analyseCorpus } from './analyse';
import { segmentEvents } from './events';
import { parseArticle } from './parseArticle';

function eventsOf(text: string) {
  const parsed = parseArticle('story.md', text);
  if (!parsed.ok) throw new Error(parsed.problem);
  const [analysed] = analyseCorpus(
    [parsed.article],
    [
      { id: 'land', name: 'Land', kind: 'country', aliases: [] },
      { id: 'port-authority', name: 'Port Authority', kind: 'organisation', aliases: [] },
    ],
  );
  return segmentEvents(analysed!).map((event) => ({
    lead: event.lead.text,
    units: event.sentences.length,
    date: event.date,
  }));
}

const front = (published: string) =>
  `---\npublisher: Desk\ntitle: null\nurl: null\npublished: ${published}\n---\n`;

describe('segmentEvents', () => {
  it('keeps reporting on a happening, and what no new actor does, in that happening', () => {
    const events =
      eventsOf(`${front('2025-03-30')}President Ann Lee visited Land on March 28. She met farmers.
Land officials said that the visit went well. Nobody objected.
He later left.
The weather was fine.`);
    expect(events).toEqual([
      {
        lead: 'President Ann Lee visited Land on March 28.',
        units: 6,
        date: { basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'March 28' },
      },
    ]);
  });

  it('keeps an event the text cannot date, undated with its reason, never dropped', () => {
    const [event] = eventsOf(`${front('null')}The Port Authority closed the northern quay to all ships.`);
    expect(event?.date).toEqual({
      basis: 'bounded',
      phrase: null,
      reason: 'Neither the text nor its article gives a date or a bound',
    });
  });

  it('bounds an undated event of an undated article by the latest date stated up to its sentence', () => {
    const events = eventsOf(`${front('null')}Land held elections in 2019.
Months later, the Port Authority raised its fees for every ship.`);
    expect(events[1]?.date).toEqual({ basis: 'bounded', after: '2019', phrase: null });
  });

  it('dates the lead by the news of the day, even when the date comes a paragraph later', () => {
    const events = eventsOf(`${front('2024-09-12')}The Port Authority has raised its harbour fees again.
Wednesday's rise of two points was the fifth this year.`);
    expect(events[0]).toMatchObject({ units: 2, date: { basis: 'relative', start: '2024-09-11' } });
  });

  it('gives a date in a relative or reduced clause to that clause, not to the sentence', () => {
    const events = eventsOf(
      `${front('2024-09-12')}The Port Authority refused to release the ferry seized in 2019, an official said.`,
    );
    expect(
      events.map((event) => [event.lead, event.date.basis === 'bounded' ? 'undated' : event.date.start]),
    ).toEqual([
      ['The Port Authority refused to release the ferry seized in 2019, an official said.', 'undated'],
      ['the ferry seized in 2019', '2019'],
    ]);
  });

  it('splits one sentence that joins two dated happenings', () => {
    const events = eventsOf(
      `${front('2024-12-30')}The ferry had been docked at the quay since November 3 and on December 11, it was towed away.`,
    );
    expect(events.map((event) => (event.date.basis === 'bounded' ? null : event.date.start)).sort()).toEqual([
      '2024-11-03',
      '2024-12-11',
    ]);
  });

  it('counts "a day after X" from the happening it follows, never forward from publication', () => {
    const events = eventsOf(`${front('2024-05-02')}The Port Authority raised its fees on Thursday.
The decision comes a day after the Land Bank cut its main rate.`);
    const bank = events.find((event) => event.lead.startsWith('the Land Bank'));
    expect(bank?.date).toMatchObject({ basis: 'relative', start: '2024-05-01', phrase: 'a day after' });
  });

  it('never dates a plan or forecast as if it happened', () => {
    const events = eventsOf(`${front('2024-05-02')}The Port Authority will open the new quay on Monday.`);
    expect(events[0]?.date).toMatchObject({ basis: 'bounded', after: '2024-05-02' });
  });

  it('makes a happening named by a noun an event before the news', () => {
    const events = eventsOf(
      `${front('2024-05-02')}The Port Authority raised its fees on Thursday, weeks after the collapse of Land Shipping.`,
    );
    expect(events.map((event) => event.lead)).toContain('collapse of Land Shipping');
    expect(events.find((event) => event.lead === 'collapse of Land Shipping')?.date).toEqual({
      basis: 'bounded',
      before: '2024-05-02',
      phrase: null,
    });
  });

  describe('counting from another happening', () => {
    it('leaves "a week after the meeting" unresolved rather than count from the wrong event', () => {
      const events = eventsOf(`${front('2025-03-12')}The council met on 11 March.
The mayor resigned a week after the council meeting.`);
      const resignation = events.find((event) => event.lead.startsWith('The mayor'));
      expect(resignation?.date).toMatchObject({ basis: 'bounded', before: '2025-03-12' });
      expect(events.some((event) => event.lead.startsWith('the council meeting'))).toBe(false);
    });
  });

  describe('quotes after a background sentence', () => {
    it('go on with the news the article leads with', () => {
      const events = eventsOf(`${front('2024-09-12')}The Port Authority closed the north quay on Tuesday.
The quay, which opened in 2009, handles a third of the port's grain.
“We had no choice after the storm,” the authority said.`);
      const news = events.find((event) => event.lead.startsWith('The Port Authority'));
      expect(news?.units).toBe(3);
      expect(events.find((event) => event.lead.startsWith('The quay'))?.units ?? 1).toBe(1);
    });
  });

  describe('"a day after" beside a date of the sentence\'s own', () => {
    it('counts from that date', () => {
      const events = eventsOf(
        `${front('2024-05-03')}The harbour board met on Thursday, a day after the Land Bank cut its main rate.`,
      );
      expect(events.find((event) => event.lead.startsWith('the Land Bank'))?.date).toMatchObject({
        basis: 'relative',
        start: '2024-05-01',
      });
    });
  });
});
