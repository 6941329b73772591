import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { hideCutMinorLabels, majorAxisLabel, minorAxisLabel } from './axisLabels';

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

describe('hideCutMinorLabels', () => {
  /** vis's TimeAxis as far as the patch reads it: 300 px wide, a "0" 8 px; one reused label element. */
  class FakeTimeAxis {
    readonly props = { width: 300, minorCharWidth: 8 };
    readonly label = { style: { visibility: '' }, text: '' };
    _repaintMinorText(_x: number, text: string) {
      this.label.text = text;
      return this.label as unknown as HTMLElement;
    }
  }

  it('hides a small label the view’s left or right edge would cut, and shows it again when it moves in', () => {
    const axis = new FakeTimeAxis();
    hideCutMinorLabels({ timeAxis: axis } as unknown as Timeline);
    const draw = (x: number, text = '1940') => axis._repaintMinorText(x, text).style.visibility;
    expect(draw(-12)).toBe('hidden');
    expect(axis.label.text).toBe('1940');
    expect(draw(0)).toBe('');
    expect(draw(-1)).toBe('hidden');
    // "1940" is 3 px of padding and 32 px of text: it fits up to x = 265.
    expect(draw(265)).toBe('');
    expect(draw(266)).toBe('hidden');
    expect(draw(266, '12')).toBe('');
  });

  it('patches vis once however many timelines it builds, and says so when vis has changed', () => {
    const first = new FakeTimeAxis();
    hideCutMinorLabels({ timeAxis: first } as unknown as Timeline);
    hideCutMinorLabels({ timeAxis: new FakeTimeAxis() } as unknown as Timeline);
    expect(first._repaintMinorText(-5, '1941').style.visibility).toBe('hidden');
    expect(() => hideCutMinorLabels({} as unknown as Timeline)).toThrow(/_repaintMinorText/);
  });
});
