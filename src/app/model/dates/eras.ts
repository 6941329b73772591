// The dataset's eras in time: the instants each covers (a partial date covers its whole period, so
// an era of 2021 runs to the last instant of the year), its dates in words, and which eras an event
// falls in. Shared by the timeline's bands, the phone's headings and the event panel.
import type { Era } from '../../../schema/dataset';
import { partialDateInterval } from '../../../schema/partialDate';
import type { EventPlacement } from './eventPlacement';
import { formatPartialDate } from './formatDate';

/** The half-open interval [start, end) of epoch ms an era covers. */
export function eraInterval(era: Era): { start: number; end: number } {
  return { start: partialDateInterval(era.start).start, end: partialDateInterval(era.end).end };
}

/** "2019 – Feb 2020", or one date when the era is one period ("2021"). */
export function formatEraDates(era: Era): string {
  return era.start === era.end
    ? formatPartialDate(era.start)
    : `${formatPartialDate(era.start)} – ${formatPartialDate(era.end)}`;
}

/** The eras an event drawn at this placement falls in: its point, or any part of its span. */
export function erasOf(eras: readonly Era[], placement: EventPlacement): Era[] {
  const first = placement.start;
  const last = placement.end ?? placement.start;
  return eras.filter((era) => {
    const { start, end } = eraInterval(era);
    return first < end && last >= start;
  });
}
