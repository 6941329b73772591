// Which era each event of the vertical timeline sits in, and where a new one begins: the phone shows
// an era as a heading where its first event is drawn and a tinted stripe beside its events, instead
// of the wide timeline's bands. An event in several eras sits in the one that began last (the
// narrower period, as a reader of that date would name it).
import type { Era } from '../../schema/dataset';
import type { EventPlacement } from '../model/dates/eventPlacement';
import { eraInterval, erasOf } from '../model/dates/eras';

export interface EraMark {
  era: Era;
  /** True for the first event drawn of a run in this era: its heading goes before it. */
  begins: boolean;
  /** Neighbouring eras alternate tints, by the era's place in date order. */
  tint: 'even' | 'odd';
}

/** For each event (its placement, null when undated), its era mark, or null outside every era. */
export function eraMarksOf(
  eras: readonly Era[],
  placements: readonly (EventPlacement | null)[],
): (EraMark | null)[] {
  if (eras.length === 0) return placements.map(() => null);
  const order = new Map(
    [...eras]
      .sort((a, b) => eraInterval(a).start - eraInterval(b).start)
      .map((era, index) => [era.id, index] as const),
  );
  let previous: Era | null = null;
  return placements.map((placement) => {
    const within = placement ? erasOf(eras, placement) : [];
    const era = within.reduce<Era | null>(
      (latest, candidate) =>
        latest === null || eraInterval(candidate).start > eraInterval(latest).start ? candidate : latest,
      null,
    );
    const begins = era !== null && era.id !== previous?.id;
    previous = era;
    if (!era) return null;
    return { era, begins, tint: (order.get(era.id) ?? 0) % 2 === 0 ? 'even' : 'odd' };
  });
}
