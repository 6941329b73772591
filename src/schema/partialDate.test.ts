import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  isPartialDate,
  parsePartialDate,
  partialDateInterval,
  precisionOf,
} from './partialDate';

describe('partial dates', () => {
  it('reads year, month and day precision from the shape', () => {
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2025-03')).toBe('month');
    expect(precisionOf('2025-03-28')).toBe('day');
  });

  it('accepts real calendar dates only', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2025-02-29')).toBe(false);
    expect(isPartialDate('2025-02-30')).toBe(false);
    expect(isPartialDate('2025-13')).toBe(false);
    expect(isPartialDate('2025-00')).toBe(false);
    expect(isPartialDate('2025-04-31')).toBe(false);
    expect(isPartialDate('25-03-28')).toBe(false);
    expect(isPartialDate('2025-3-8')).toBe(false);
    expect(isPartialDate('2025-03-28T10:00')).toBe(false);
    expect(parsePartialDate('2025-03-28')).toEqual({ year: 2025, month: 3, day: 28 });
  });

  it('maps each precision to the whole period it covers, in UTC', () => {
    expect(partialDateInterval('2021')).toEqual({
      start: Date.UTC(2021, 0, 1),
      end: Date.UTC(2022, 0, 1),
    });
    expect(partialDateInterval('2024-12')).toEqual({
      start: Date.UTC(2024, 11, 1),
      end: Date.UTC(2025, 0, 1),
    });
    expect(partialDateInterval('2025-03-28')).toEqual({
      start: Date.UTC(2025, 2, 28),
      end: Date.UTC(2025, 2, 29),
    });
  });

  it('keeps years below 100 literal instead of mapping them to the 1900s', () => {
    expect(new Date(partialDateInterval('0050').start).getUTCFullYear()).toBe(50);
  });

  it('orders by start, coarser precision first on ties', () => {
    const dates = ['2025-03-28', '2025', '2021', '2025-03', '2024-12-31'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2021',
      '2024-12-31',
      '2025',
      '2025-03',
      '2025-03-28',
    ]);
  });
});
