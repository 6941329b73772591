import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText, plainTextToHtml } from './plainText';

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

  it('round-trips any tidy text', () => {
    const line = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    fc.assert(
      fc.property(
        fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        (paragraphs) => {
          const text = paragraphs.map((lines) => lines.join('\n')).join('\n\n');
          expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
        },
      ),
    );
  });
});
