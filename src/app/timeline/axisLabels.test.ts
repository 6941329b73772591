import { describe, expect, it } from 'vitest';
import { majorAxisLabel, minorAxisLabel } from './axisLabels';

// Local midday: the axis writes dates in the reader's time zone, as vis places its ticks.
const march = new Date(2025, 2, 12, 12);

describe('the time axis in the interface language', () => {
  it('writes months and years as the rest of the page does', () => {
    expect(minorAxisLabel(march, 'month', 'en-GB')).toBe('Mar');
    expect(majorAxisLabel(march, 'day', 'en-GB')).toBe('March 2025');
    expect(minorAxisLabel(march, 'month', 'fr-FR')).toBe('mars');
    expect(majorAxisLabel(march, 'day', 'fr-FR')).toBe('mars 2025');
    expect(minorAxisLabel(march, 'month', 'ar')).toBe('مارس');
    expect(minorAxisLabel(march, 'year', 'ar')).toBe(
      new Intl.NumberFormat('ar', { useGrouping: false }).format(2025),
    );
  });

  it('leaves a year scale without a major label, and a week tick on the 1st blank unless it starts a week', () => {
    expect(majorAxisLabel(march, 'year', 'fr-FR')).toBe('');
    expect(minorAxisLabel(new Date(2025, 2, 1, 12), 'week', 'fr-FR')).toBe(''); // a Saturday
    expect(minorAxisLabel(new Date(2025, 5, 1, 12), 'week', 'fr-FR')).toBe('1'); // a Sunday
  });

  it('takes the moment vis hands it as well as a Date', () => {
    const moment = { valueOf: () => march.getTime() } as unknown as Date;
    expect(minorAxisLabel(moment, 'day', 'fr-FR')).toBe('12');
  });
});
