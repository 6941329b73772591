import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText, plainTextToHtml, survivesHtml } from './plainText';

describe('htmlToPlainText', () => {
  it('keeps the words, decodes entities and keeps paragraphs and line breaks', () => {
    expect(
      htmlToPlainText('<p>Troops <b>left</b> Kabul &amp; Bagram.</p><p>Line one<br/>line two &#8217;s</p>'),
    ).toBe('Troops left Kabul & Bagram.\n\nLine one\nline two ’s');
  });

  it('leaves out scripts, styles and comments, and reads tags in attributes as text only', () => {
    expect(
      htmlToPlainText(
        '<script>alert(1)</script><style>p{}</style><!-- note --><img src=x onerror="alert(2)">Safe &lt;b&gt;',
      ),
    ).toBe('Safe <b>');
  });

  it('keeps the http(s) address of a link after its words, and tells of each image or embed', () => {
    const embedded: string[] = [];
    const text = htmlToPlainText(
      'See <a href="https://example.org/report">the report</a>, <a href="javascript:alert(1)">this</a>, ' +
        '<a href="https://example.org/x">https://example.org/x</a><img src="https://example.org/a.jpg"><iframe src="https://example.org"></iframe>',
      (tag) => embedded.push(tag),
    );
    expect(text).toBe('See the report (https://example.org/report), this, https://example.org/x');
    expect(embedded).toEqual(['img', 'iframe']);
  });

  it('reads text without HTML as it is, with tidied spaces', () => {
    expect(htmlToPlainText('  Plain   text, 5 < 6  ')).toBe('Plain text, 5 < 6');
  });
});

describe('plainTextToHtml', () => {
  it('escapes what HTML would read as markup, and comes back as the same text', () => {
    const text = 'Taliban <script>alert("x")</script> & "quotes"\n\nSecond paragraph\nwith a break';
    expect(plainTextToHtml(text)).not.toContain('<script>');
    expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
  });

  it('keeps runs of spaces, which HTML would show as one', () => {
    const text = 'Two  spaces,   three.\nA line';
    expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
  });

  it('round-trips any text that HTML can hold', () => {
    const text = fc
      .array(fc.constantFrom('a', 'Z', ' ', '  ', '\n', '\n\n', '<', '&', '"', "'", '\t', '\u00a0', 'é'), {
        minLength: 1,
        maxLength: 30,
      })
      .map((parts) => parts.join(''))
      .filter((candidate) => candidate.trim() !== '' && survivesHtml(candidate));
    fc.assert(
      fc.property(text, (candidate) => {
        expect(htmlToPlainText(plainTextToHtml(candidate))).toBe(candidate);
      }),
      { numRuns: 500 },
    );
  });

  it('tells which texts HTML cannot hold as they are', () => {
    expect(survivesHtml('One  two\n\nthree')).toBe(true);
    expect(survivesHtml('tab\there')).toBe(false);
    expect(survivesHtml('one\n\n\nthree')).toBe(false);
    expect(survivesHtml('line end \nnext')).toBe(false);
  });
});
