import { describe, expect, it } from 'vitest';
import { quoteSpans } from './quoteSpans';

const quoted = (text: string) =>
  quoteSpans(text).map((span) => [text.slice(span.start, span.end), span.opened, span.closed]);

describe('quoteSpans', () => {
  it('reads curly, straight and guillemet quotes, and a curly quote a straight mark closes', () => {
    expect(quoted('He said “yes” and "no" and «perhaps».')).toEqual([
      ['yes', true, true],
      ['no', true, true],
      ['perhaps', true, true],
    ]);
    expect(quoted('“The levee held," she said.')).toEqual([['The levee held,', true, true]]);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(quoted('“The word “must” binds us,” the judge wrote.')).toEqual([
      ['The word “must” binds us,', true, true],
    ]);
  });

  it('marks a quote that runs past the paragraph, and one that continues from the last', () => {
    expect(quoted('“The first wave came at noon.')).toEqual([['The first wave came at noon.', true, false]]);
    expect(quoted('The second took the bridge,” she said.')).toEqual([
      ['The second took the bridge,', false, true],
    ]);
  });

  it('does not take an apostrophe or inch mark for a quotation', () => {
    expect(quoted('The town\'s 12" pipes burst.')).toEqual([]);
  });
});
