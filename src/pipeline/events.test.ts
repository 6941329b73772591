import { describe, expect, it } from 'vitest';
import { analyseCorpus } from './analyse';
import { segmentEvents } from './events';
import { parseArticle } from './parseArticle';

function eventsOf(text: string) {
  const parsed = parseArticle('story.md', text);
  if (!parsed.ok) throw new Error(parsed.problem);
  const [analysed] = analyseCorpus(
    [parsed.article],
    [{ id: 'land', name: 'Land', kind: 'country', aliases: [] }],
  );
  return segmentEvents(analysed!).map((event) => ({
    lead: event.lead.text,
    sentences: event.sentences.length,
    date: event.date,
  }));
}

const front = (published: string) =>
  `---\npublisher: Desk\ntitle: null\nurl: null\npublished: ${published}\n---\n`;

describe('segmentEvents', () => {
  it('starts an event at a dated or reported sentence; the paragraph and pronouns continue it', () => {
    const text = `${front('2025-03-30')}President Ann Lee visited Land on March 28. She met farmers.
Land officials said that the visit went well. Nobody objected.
He later left.
The weather was fine.`;
    expect(eventsOf(text)).toEqual([
      {
        lead: 'President Ann Lee visited Land on March 28.',
        sentences: 2,
        date: { basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'March 28' },
      },
      {
        lead: 'Land officials said that the visit went well.',
        sentences: 3,
        date: { basis: 'bounded', before: '2025-03-30', phrase: null },
      },
    ]);
  });

  it('bounds an undated event of an undated article by the latest date stated before it', () => {
    const text = `${front('null')}Land held elections in 2019.
Officials in Land said that turnout was high.`;
    expect(eventsOf(text)[1]?.date).toEqual({ basis: 'bounded', after: '2019', phrase: null });
  });
});
