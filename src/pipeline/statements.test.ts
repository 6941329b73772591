import { describe, expect, it } from 'vitest';
import { findStatements } from './statements';
import type { ActorMention } from './types';

const mention = (
  actorId: string,
  kind: ActorMention['kind'],
  sentence: string,
  surface: string,
): ActorMention => ({
  actorId,
  name: actorId,
  kind,
  surface,
  start: sentence.indexOf(surface),
});
const noContext = { lastPerson: null, lastCollective: null };

describe('statements', () => {
  it('takes the words inside curly or straight quotation marks, with the speaker after them', () => {
    const curly = '“If we pay billions, they give it back,” Trump stated during his rally.';
    expect(findStatements(curly, 0, [mention('trump', 'person', curly, 'Trump')], noContext)).toEqual([
      { kind: 'quote', text: 'If we pay billions, they give it back', start: 1, speakerId: 'trump' },
    ]);
    const straight = 'Lee said: "We will stay the course."';
    const lee = { ...mention('lee', 'person', straight, 'Lee'), start: 10 }; // offsets are article-wide
    expect(findStatements(straight, 10, [lee], noContext)).toEqual([
      { kind: 'quote', text: 'We will stay the course.', start: 21, speakerId: 'lee' },
    ]);
  });

  it('finds the speaker after the verb, and "he" as the last person named', () => {
    const inverted = '“We will stay,” said Senator Ann Lee.';
    expect(
      findStatements(inverted, 0, [mention('ann-lee', 'person', inverted, 'Ann Lee')], noContext)[0]
        ?.speakerId,
    ).toBe('ann-lee');
    const pronoun = '“We will stay,” he added.';
    expect(findStatements(pronoun, 0, [], { lastPerson: 'bo-ray', lastCollective: null })[0]?.speakerId).toBe(
      'bo-ray',
    );
  });

  it('ignores scare quotes and keeps a quote with no attribution without a speaker', () => {
    expect(findStatements('They call it “war spoils” now.', 0, [], noContext)).toEqual([]);
    expect(findStatements('“We will never give it back.”', 0, [], noContext)).toEqual([
      { kind: 'quote', text: 'We will never give it back.', start: 1, speakerId: null },
    ]);
  });

  it('keeps reported speech as a paraphrase with its speaker, never as a quote', () => {
    const sentence =
      'Taliban spokesman Abdul Balkhi said that the weapons now belong to the Taliban and will not be returned, Khaama.com reported.';
    const actors = [
      mention('taliban', 'group', sentence, 'Taliban'),
      mention('balkhi', 'person', sentence, 'Abdul Balkhi'),
    ];
    expect(findStatements(sentence, 0, actors, noContext)).toEqual([
      {
        kind: 'paraphrase',
        text: 'the weapons now belong to the Taliban and will not be returned',
        start: sentence.indexOf('the weapons'),
        speakerId: 'balkhi',
      },
    ]);
  });

  it('splits two reported statements in one sentence and resolves "he" to the last person named', () => {
    const sentence =
      'He hinted that the US may demand them back, though stated that the equipment may be outdated.';
    expect(
      findStatements(sentence, 0, [], { lastPerson: 'trump', lastCollective: null }).map((s) => [
        s.text,
        s.speakerId,
      ]),
    ).toEqual([
      ['the US may demand them back', 'trump'],
      ['the equipment may be outdated', 'trump'],
    ]);
  });
});
