import { describe, expect, it } from 'vitest';
import type { Era } from '../../schema/dataset';
import { eraMarksOf } from './eraMarks';

const talks: Era = { id: 'talks', title: 'The talks', start: '2019', end: '2020-12' };
const deal: Era = { id: 'deal', title: 'The deal', start: '2020-02', end: '2020-03' };
const point = (iso: string) => ({ start: Date.parse(iso) });

describe('eraMarksOf', () => {
  it('starts a heading where a run of events in an era begins, alternating tints', () => {
    const marks = eraMarksOf(
      [deal, talks],
      [
        point('2018-06-01'),
        point('2019-03-01'),
        point('2019-09-01'),
        point('2020-02-10'),
        point('2020-06-01'),
        null,
      ],
    );
    expect(marks.map((mark) => mark && [mark.era.id, mark.begins, mark.tint])).toEqual([
      null,
      ['talks', true, 'even'],
      ['talks', false, 'even'],
      // In both: the narrower, later-begun era names it.
      ['deal', true, 'odd'],
      ['talks', true, 'even'],
      null,
    ]);
  });

  it('marks nothing without eras', () => {
    expect(eraMarksOf([], [point('2020-01-01')])).toEqual([null]);
  });
});
