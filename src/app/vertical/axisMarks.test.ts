import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../schema/dataset';
import { axisMarkOf, axisShapeOf, marksBefore } from './axisMarks';

const day = (start: string): EventDate => ({ basis: 'stated', start, approximate: false, phrase: start });
const after = (bound: string): EventDate => ({ basis: 'bounded', after: bound, phrase: null });
const before = (bound: string): EventDate => ({ basis: 'bounded', before: bound, phrase: null });
const span: EventDate = {
  basis: 'stated',
  start: '2001',
  end: '2021',
  approximate: true,
  phrase: 'two decades',
};
const undated: EventDate = { basis: 'bounded', phrase: null };
const labels = (dates: EventDate[]) => marksBefore(dates).map((mark) => mark?.label ?? null);

describe('axisMarkOf', () => {
  it('marks a stated date by its year, a hedged one as such', () => {
    expect(axisMarkOf(day('2025-03-28'))).toEqual({ kind: 'year', label: '2025' });
    expect(axisMarkOf(span)).toEqual({ kind: 'year', label: 'c. 2001' });
  });

  it('marks a date known only by a bound by that bound, never by the year it is placed in', () => {
    expect(axisMarkOf(after('2021'))).toEqual({ kind: 'bound', label: 'after 2021' });
    expect(axisMarkOf(before('2025-03-30'))).toEqual({ kind: 'bound', label: 'before 30 Mar 2025' });
  });

  it('puts an undated event under no marker', () => {
    expect(axisMarkOf(undated)).toBeNull();
  });
});

describe('axisShapeOf', () => {
  it('tells points, spans and bounds apart', () => {
    expect(axisShapeOf(day('2024-06'))).toBe('point');
    expect(
      axisShapeOf({ basis: 'stated', start: '2024-06', end: '2024-06', approximate: false, phrase: 'June' }),
    ).toBe('point');
    expect(axisShapeOf(span)).toBe('span');
    expect(axisShapeOf(after('2021'))).toBe('bound');
  });
});

describe('marksBefore', () => {
  it('draws a marker where the year changes and none within a year', () => {
    expect(labels([day('2024-05'), day('2024-06-03'), day('2025-01-02')])).toEqual(['2024', null, '2025']);
  });

  it('groups bounded events under their bound and names the year again after them', () => {
    // In date order: an "after 2021" event is placed at the start of 2022, before 2022's events.
    expect(
      labels([
        day('2021'),
        after('2021'),
        after('2021'),
        day('2022-03'),
        before('2022-06-12'),
        day('2022-07'),
      ]),
    ).toEqual(['2021', 'after 2021', null, '2022', 'before 12 Jun 2022', '2022']);
  });

  it('keeps a hedged year apart from the same year stated', () => {
    expect(labels([span, day('2001-05'), day('2001-06')])).toEqual(['c. 2001', '2001', null]);
  });

  it('starts any run, such as a later page of an archive, with a marker', () => {
    expect(labels([day('1999-12-31')])).toEqual(['1999']);
    expect(labels([])).toEqual([]);
  });
});
