// Counts the event cards a reader cannot fully see in a scroll area, above and below what they
// can. Each card is known by two facts an IntersectionObserver reports exactly, even across a jump:
// whether part of it lies above the view's top edge, and whether part lies below its bottom edge.

/** Where a card reaches past the view. */
export interface CardSight {
  cutAbove: boolean;
  cutBelow: boolean;
}

export interface HiddenCounts {
  above: number;
  below: number;
}

/**
 * The cards not fully visible, by side. A card cut at both edges is taller than the view and fills
 * it: that is the card being read, as seen as it can be, so it counts on neither side.
 */
export function hiddenCounts(sights: Iterable<CardSight>): HiddenCounts {
  const counts = { above: 0, below: 0 };
  for (const { cutAbove, cutBelow } of sights) {
    if (cutAbove && !cutBelow) counts.above++;
    else if (cutBelow && !cutAbove) counts.below++;
  }
  return counts;
}
