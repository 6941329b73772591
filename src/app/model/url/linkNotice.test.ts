import { describe, expect, it } from 'vitest';
import { allowedWords, ignoredNotice, parameterWords, partialDateProblem } from './linkNotice';

describe('url notices', () => {
  it('name the parameter and value as the link has them, shortened when long', () => {
    expect(ignoredNotice(parameterWords('view', 'grid'), 'the view is timeline or list')).toBe(
      'Ignored view=grid: the view is timeline or list.',
    );
    expect(parameterWords('data', 'x'.repeat(100))).toBe(`data=${'x'.repeat(39)}…`);
  });

  it('list the allowed values', () => {
    expect(allowedWords(['light', 'dark'])).toBe('light or dark');
    expect(allowedWords(['1', 'true', '0', 'false'])).toBe('1, true, 0 or false');
  });

  it('say exactly what is wrong with a date', () => {
    expect(partialDateProblem('2025-03-28')).toBeNull();
    expect(partialDateProblem('2025-13')).toBe('has no month 13');
    expect(partialDateProblem('2025-00-10')).toBe('has no month 00');
    expect(partialDateProblem('2025-02-30')).toBe('has a day 30 that February 2025 does not have');
    expect(partialDateProblem('2024-02-29')).toBeNull();
    expect(partialDateProblem('yesterday')).toBe('is not a date');
    expect(partialDateProblem('25-03-2025')).toBe('is not a date');
  });
});
