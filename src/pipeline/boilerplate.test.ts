import { describe, expect, it } from 'vitest';
import { isNotProse, proseParagraphs, type Paragraph } from './boilerplate';

function paragraphs(...lines: string[]): Paragraph[] {
  let start = 0;
  return lines.map((text) => {
    const paragraph = { text, start };
    start += text.length + 1;
    return paragraph;
  });
}

const prose = (lines: string[], publisher: string | null = null) =>
  proseParagraphs(paragraphs(...lines), publisher).map((p) => p.text);

describe('boilerplate', () => {
  it('tells headings, teasers, advertisements and sign-offs from sentences by their shape', () => {
    expect(isNotProse('ADVERTISEMENT')).toBe(true);
    expect(isNotProse('- Ends')).toBe(true);
    expect(isNotProse('Source: Wire Desk')).toBe(true);
    expect(isNotProse('See also: Flood Barriers Fail In Three Northern Towns After Week Of Heavy Rain')).toBe(
      true,
    );
    expect(isNotProse('The river rose two metres overnight and flooded the lower town.')).toBe(false);
    // Long and unfinished, but a sentence: kept.
    expect(
      isNotProse('Residents said the water could rise further at least until the weekend amid more rain'),
    ).toBe(false);
  });

  it('drops photo captions: a credit at the end, or who stands where', () => {
    expect(
      isNotProse('Rescuers carry a child through the flood in Lowtown on Monday. Photo: Ana Ruiz/Wire'),
    ).toBe(true);
    expect(isNotProse('Mayor Ida Berg (left) and the fire chief at the levee. RIVER DESK/JON KAY')).toBe(
      true,
    );
    expect(isNotProse('The mayor thanked the volunteers who worked through the night.')).toBe(false);
  });

  it('cuts datelines and section labels off the paragraph they open, keeping offsets', () => {
    const lines = paragraphs(
      'LOWTOWN, May 4 (Wire) — The river burst its banks.',
      'Why it matters: Two bridges are closed.',
    );
    const kept = proseParagraphs(lines, null);
    expect(kept.map((p) => p.text)).toEqual(['The river burst its banks.', 'Two bridges are closed.']);
    for (const [index, paragraph] of kept.entries()) {
      const source = lines[index]!;
      expect(source.text.slice(paragraph.start - source.start)).toBe(paragraph.text);
    }
    expect(prose(['Mayor Ida Berg said: "We will rebuild."'])).toEqual([
      'Mayor Ida Berg said: "We will rebuild."',
    ]);
  });

  it('drops a standfirst that repeats a later paragraph, and a tail that talks about the article or its reader', () => {
    expect(
      prose(
        [
          '“We did everything we could to hold the water back, and the volunteers never',
          'The river burst its banks in Lowtown on Monday.',
          '“We did everything we could to hold the water back, and the volunteers never stopped,” the mayor said.',
          'Lowtown Daily relies on readers like you. Consider supporting our reporting.',
          'This story has been updated with new figures.',
        ],
        'Lowtown Daily',
      ),
    ).toEqual([
      'The river burst its banks in Lowtown on Monday.',
      '“We did everything we could to hold the water back, and the volunteers never stopped,” the mayor said.',
    ]);
  });

  describe('what boilerplate is not', () => {
    it('keeps story sentences at the end that name the publisher, say "you" or "sign up"', () => {
      const lines = [
        'The flood closed three schools on Monday.',
        'The mayor told the Lowtown Daily that repairs would take weeks.',
        'He said you could hear the trucks all night.',
        'The ministry will sign up to the relief fund.',
      ];
      expect(prose(lines, 'Lowtown Daily')).toEqual(lines);
    });

    it('keeps a name before a dash, and a sentence with a colon', () => {
      expect(prose(['Ann Lee — the finance minister — resigned on Monday.'])).toEqual([
        'Ann Lee — the finance minister — resigned on Monday.',
      ]);
      expect(prose(['His answer was blunt: The talks are over.'])).toEqual([
        'His answer was blunt: The talks are over.',
      ]);
    });
  });
});
