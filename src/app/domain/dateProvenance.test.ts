import { describe, expect, it } from 'vitest';
import type { Source } from '../../schema/dataset';
import { describeDateOrigin, describeDatePrecision } from './dateProvenance';

const sources = new Map<string, Source>([
  ['s', { id: 's', publisher: 'Desk', title: null, url: null, published: '2025-03-30' }],
]);

describe('date provenance', () => {
  it('says where a date came from', () => {
    expect(
      describeDateOrigin({ basis: 'stated', start: '2021', approximate: false, phrase: 'in 2021' }, sources),
    ).toBe('Stated in the text: \u201cin 2021\u201d');
    expect(
      describeDateOrigin(
        { basis: 'relative', start: '2024', approximate: false, phrase: 'last year', relativeTo: 's' },
        sources,
      ),
    ).toBe('\u201clast year\u201d in an article of 30 Mar 2025');
    expect(
      describeDateOrigin({ basis: 'bounded', before: '2025-03-28', phrase: 'during a rally' }, sources),
    ).toBe(
      'The text gives no date (\u201cduring a rally\u201d); it is known only to be before 28 Mar 2025. It is shown at that bound.',
    );
  });

  it('names the precision, and says when there is none', () => {
    expect(
      describeDatePrecision({ basis: 'stated', start: '2025-03-28', approximate: false, phrase: 'x' }),
    ).toBe('Precise to the day');
    expect(
      describeDatePrecision({ basis: 'stated', start: '2001', end: '2021', approximate: true, phrase: 'x' }),
    ).toBe('Approximate, to the year');
    expect(describeDatePrecision({ basis: 'bounded', after: '2021', phrase: null })).toBe(
      'Date not given in the text',
    );
  });
});
