import { describe, expect, it } from 'vitest';
import { Discourse } from './discourse';
import { findStatements, type OpenQuote, type StatementParagraph } from './statements';
import type { ActorMention } from './types';

/** A paragraph at offset 0, one sentence per line break-free sentence the test gives. */
function paragraph(text: string, actors: [id: string, kind: ActorMention['kind'], surface: string][]) {
  const mentions: ActorMention[] = actors.map(([actorId, kind, surface]) => ({
    actorId,
    name: surface,
    kind,
    surface,
    start: text.indexOf(surface),
  }));
  const sentences: [number, number][] = [];
  const breaker = /[.!?]["\u201d]?\s+(?=["\u201c]?\p{Lu})/gu;
  let from = 0;
  for (const match of text.matchAll(breaker)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    sentences.push([from, end]);
    from = (match.index ?? 0) + match[0].length;
  }
  sentences.push([from, text.length]);
  return { text, start: 0, sentences, actors: mentions } satisfies StatementParagraph;
}

const quotes = (text: string, actors: Parameters<typeof paragraph>[1] = [], discourse = new Discourse()) =>
  findStatements(paragraph(text, actors), discourse)
    .filter((statement) => statement.kind === 'quote')
    .map((statement) => [statement.text, statement.speakerId]);

describe('quotes', () => {
  it('takes curly and straight quotes, a curly one closed by a straight mark, with the speaker after', () => {
    expect(
      quotes('“We will rebuild the bridge,” Mayor Ida Berg said.', [['ida-berg', 'person', 'Ida Berg']]),
    ).toEqual([['We will rebuild the bridge', 'ida-berg']]);
    expect(quotes('"The dam held all night," said Ida Berg.', [['ida-berg', 'person', 'Ida Berg']])).toEqual([
      ['The dam held all night', 'ida-berg'],
    ]);
    expect(
      quotes('“The river has never been this high," Berg told reporters.', [['ida-berg', 'person', 'Berg']]),
    ).toEqual([['The river has never been this high', 'ida-berg']]);
  });

  it('keeps a quote nested in a quote inside the outer one', () => {
    expect(
      quotes('“In our view, “safe” means no one is hurt,” the judge wrote, said Ida Berg.', [
        ['ida-berg', 'person', 'Ida Berg'],
      ])[0]?.[0],
    ).toBe('In our view, “safe” means no one is hurt');
  });

  it('finds the speaker before the quote, after "according to", and for a split quote', () => {
    expect(quotes('Ida Berg said: "We will stay the course."', [['ida-berg', 'person', 'Ida Berg']])).toEqual(
      [['We will stay the course.', 'ida-berg']],
    );
    expect(
      quotes('According to Ida Berg, “the levee needs two more weeks of work.”', [
        ['ida-berg', 'person', 'Ida Berg'],
      ]),
    ).toEqual([['the levee needs two more weeks of work.', 'ida-berg']]);
    expect(
      quotes('“We are tired,” Ida Berg said, “but we are not finished yet.”', [
        ['ida-berg', 'person', 'Ida Berg'],
      ]),
    ).toEqual([
      ['We are tired', 'ida-berg'],
      ['but we are not finished yet.', 'ida-berg'],
    ]);
  });

  it('gives a short quote to the one said to have said it, and leaves scare quotes out', () => {
    expect(
      quotes('The agency called the repairs “urgent” on Monday.', [['agency', 'organisation', 'agency']]),
    ).toEqual([['urgent', 'agency']]);
    expect(quotes('The so-called “safe zone” was flooded by noon.')).toEqual([]);
    expect(quotes('The court ruled that the word “shall” means “must”.')).toEqual([]);
  });

  it('keeps a long quote with no attribution, without a speaker', () => {
    expect(quotes('“Nobody could have stopped that water.”')).toEqual([
      ['Nobody could have stopped that water.', null],
    ]);
  });

  it('resolves "he" and "she" to the last person of that gender named outside quotes', () => {
    const discourse = new Discourse();
    const actors: Parameters<typeof paragraph>[1] = [
      ['maria-lopez', 'person', 'Maria Lopez'],
      ['john-smith', 'person', 'John Smith'],
    ];
    expect(
      quotes('Maria Lopez met John Smith at the dam. “We need more pumps,” she said.', actors, discourse),
    ).toEqual([['We need more pumps', 'maria-lopez']]);
  });

  it('resolves a description: "the ministry" to the ministry named before, "the statement" to its issuer', () => {
    const discourse = new Discourse();
    findStatements(
      paragraph('The Water Ministry said that the levees would be raised.', [
        ['water-ministry', 'organisation', 'Water Ministry'],
      ]),
      discourse,
    );
    expect(quotes('“Work starts at dawn,” the ministry said.', [], discourse)).toEqual([
      ['Work starts at dawn', 'water-ministry'],
    ]);
    expect(quotes('“Crews are ready,” the statement said.', [], discourse)).toEqual([
      ['Crews are ready', 'water-ministry'],
    ]);
  });

  it('makes "his family" an actor of its own when it speaks', () => {
    const discourse = new Discourse();
    discourse.read([
      { actorId: 'piet-de-vries', name: 'Piet de Vries', kind: 'person', surface: 'Piet de Vries', start: 0 },
    ]);
    expect(quotes('“He loved this town,” his family said.', [], discourse)).toEqual([
      ['He loved this town', 'vries-family'],
    ]);
    expect(discourse.coined.map((actor) => actor.name)).toEqual(['Vries family']);
  });

  it('carries a quote over a paragraph break, speaker and all', () => {
    const discourse = new Discourse();
    const open: OpenQuote = { statement: null };
    const first = findStatements(paragraph('“The first wave hit the school at noon.', []), discourse, open);
    const second = findStatements(
      paragraph('The second one took the bridge,” Ida Berg said.', [['ida-berg', 'person', 'Ida Berg']]),
      discourse,
      open,
    );
    expect(first.map((s) => [s.text, s.speakerId])).toEqual([
      ['The first wave hit the school at noon.', 'ida-berg'],
    ]);
    expect(second.map((s) => [s.text, s.speakerId])).toEqual([
      ['The second one took the bridge', 'ida-berg'],
    ]);
  });
});

describe('reported speech', () => {
  it('keeps "X said that …" as a paraphrase with its speaker, never as a quote', () => {
    const text = 'Harbour master Olu Ade said that the port would reopen on Friday, the agency reported.';
    const statements = findStatements(paragraph(text, [['olu-ade', 'person', 'Olu Ade']]), new Discourse());
    expect(statements).toEqual([
      {
        kind: 'paraphrase',
        text: 'the port would reopen on Friday',
        start: text.indexOf('the port'),
        speakerId: 'olu-ade',
      },
    ]);
  });

  it('splits two reported statements and resolves "he" to the last person named', () => {
    const discourse = new Discourse();
    discourse.read([{ actorId: 'olu-ade', name: 'Olu Ade', kind: 'person', surface: 'Olu Ade', start: 0 }]);
    const statements = findStatements(
      paragraph('He noted that the cranes were damaged, though stated that the quay was safe.', []),
      discourse,
    );
    expect(statements.map((s) => [s.text, s.speakerId])).toEqual([
      ['the cranes were damaged', 'olu-ade'],
      ['the quay was safe', 'olu-ade'],
    ]);
  });

  describe('quote text at its offset', () => {
    it('leaves out the space some writers put inside the marks', () => {
      const text = 'Ann Lee said « we will stay in the valley ».';
      const [quote] = findStatements(paragraph(text, [['ann-lee', 'person', 'Ann Lee']]), new Discourse());
      expect(quote?.text).toBe('we will stay in the valley');
      expect(text.slice(quote!.start, quote!.start + quote!.text.length)).toBe(quote?.text);
    });
  });

  describe('a speaker named by the role they were introduced with', () => {
    it('makes "the prime minister" the person introduced as prime minister', () => {
      const discourse = new Discourse();
      findStatements(
        paragraph('Prime Minister Ines Varga met union leaders on Friday.', [
          ['ines-varga', 'person', 'Ines Varga'],
        ]),
        discourse,
      );
      expect(quotes('“We have a deal,” the prime minister said.', [], discourse)).toEqual([
        ['We have a deal', 'ines-varga'],
      ]);
    });
  });

  describe('the second quote of a paragraph, and reported speech without "that"', () => {
    it('gives a quote with no attribution the speaker of the quote before it in the paragraph', () => {
      expect(
        quotes('“The river is falling,” said Ida Berg. “We reopen the school on Monday.”', [
          ['ida-berg', 'person', 'Ida Berg'],
        ]),
      ).toEqual([
        ['The river is falling', 'ida-berg'],
        ['We reopen the school on Monday.', 'ida-berg'],
      ]);
    });

    it('keeps "X said the port would reopen" as reported speech of X', () => {
      const statements = findStatements(
        paragraph('Olu Ade said the port would reopen within a week.', [['olu-ade', 'person', 'Olu Ade']]),
        new Discourse(),
      );
      expect(statements.map((s) => [s.kind, s.text, s.speakerId])).toEqual([
        ['paraphrase', 'the port would reopen within a week', 'olu-ade'],
      ]);
    });
  });

  describe('a quote inside what someone said, with more said after it', () => {
    it('keeps the speaker named before the quote when "and" carries on', () => {
      expect(
        quotes('Spokesman Ravi Anand called the ruling “a dark day” and said the party would appeal.', [
          ['ravi-anand', 'person', 'Ravi Anand'],
        ]),
      ).toEqual([['a dark day', 'ravi-anand']]);
      expect(
        quotes(
          'Ravi Anand wrote that troops had “crossed the line again” and that “our guards responded at once.”',
          [['ravi-anand', 'person', 'Ravi Anand']],
        ),
      ).toEqual([
        ['crossed the line again', 'ravi-anand'],
        ['our guards responded at once.', 'ravi-anand'],
      ]);
    });
  });
});
