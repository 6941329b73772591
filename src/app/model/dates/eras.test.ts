import { describe, expect, it } from 'vitest';
import type { Era } from '../../../schema/dataset';
import { eraInterval, erasOf, formatEraDates } from './eras';

const talks: Era = { id: 'talks', title: 'The talks', start: '2019', end: '2020-02' };
const deal: Era = { id: 'deal', title: 'The deal', start: '2020-02-29', end: '2020-02-29' };
const at = (iso: string) => Date.parse(iso);

describe('eras in time', () => {
  it('covers the whole period of each partial date', () => {
    expect(eraInterval(talks)).toEqual({ start: at('2019-01-01T00:00Z'), end: at('2020-03-01T00:00Z') });
    expect(eraInterval(deal)).toEqual({ start: at('2020-02-29T00:00Z'), end: at('2020-03-01T00:00Z') });
  });

  it('writes its dates to their precision', () => {
    expect(formatEraDates(talks)).toBe('2019 – Feb 2020');
    expect(formatEraDates(deal)).toBe('29 Feb 2020');
  });

  it('finds the eras an event falls in, by its point or any part of its span', () => {
    const eras = [talks, deal];
    expect(erasOf(eras, { start: at('2020-02-29T12:00Z') }).map((e) => e.id)).toEqual(['talks', 'deal']);
    expect(erasOf(eras, { start: at('2018-12-31T23:00Z') })).toEqual([]);
    expect(erasOf(eras, { start: at('2020-03-01T00:00Z') })).toEqual([]);
    expect(erasOf(eras, { start: at('2018-06-01T00:00Z'), end: at('2019-01-02T00:00Z') })).toEqual([talks]);
  });
});
