// Keeps the counts of event cards not fully visible in a scroll area, above and below, right as
// the reader scrolls or jumps, the area resizes or cards rewrap. Two IntersectionObservers watch
// every card drawn, each against the view stretched far one way: a card wholly inside the view
// stretched upwards reaches nowhere below it, one wholly inside the view stretched downwards
// nowhere above it. Each fact flips only as a card crosses that edge, which the observer always
// reports (a ratio crossing 1), so no scroll listener or measuring is needed.
import { useEffect, useState, type RefObject } from 'react';
import { hiddenCounts, type CardSight, type HiddenCounts } from './hiddenCards';

/** The cards a scroll area holds: every element with this attribute, in document order. */
export const CARD_SELECTOR = '[data-event-index]';

/** Far enough to stretch the view past any window of cards. */
const FAR = 1_000_000;
const SLACK = 1;

/**
 * The cues sit in the header, over no card: a card is hidden only where the scroll area cuts it.
 * @param cardsKey changes whenever the set of cards drawn changes, to observe the new ones.
 */
export function useHiddenCardCounts(
  scrollArea: RefObject<HTMLElement | null>,
  cardsKey: unknown,
): HiddenCounts {
  const [counts, setCounts] = useState<HiddenCounts>({ above: 0, below: 0 });

  useEffect(() => {
    const root = scrollArea.current;
    if (!root) return;
    const cards = root.querySelectorAll<HTMLElement>(CARD_SELECTOR);
    const sights = new Map<Element, CardSight>();
    for (const card of cards) sights.set(card, { cutAbove: false, cutBelow: false });
    const update = () => {
      const next = hiddenCounts(sights.values());
      setCounts((last) => (last.above === next.above && last.below === next.below ? last : next));
    };
    const watch = (rootMargin: string, fact: keyof CardSight) =>
      new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const sight = sights.get(entry.target);
            if (sight) sight[fact] = !(entry.isIntersecting && entry.intersectionRatio >= 1);
          }
          update();
        },
        { root, rootMargin, threshold: [0, 1] },
      );
    // Each view a pixel roomier than the edge it tests: rounding leaves a card scrolled to (aligned
    // with the edge) a hair over it. A tolerance on the ratio instead would miss the card moving on:
    // the observer reports the crossing once, at the first fraction of a pixel.
    const observers = [
      watch(`${FAR}px 0px ${SLACK}px 0px`, 'cutBelow'),
      watch(`${SLACK}px 0px ${FAR}px 0px`, 'cutAbove'),
    ];
    for (const observer of observers) for (const card of cards) observer.observe(card);
    return () => {
      for (const observer of observers) observer.disconnect();
    };
  }, [scrollArea, cardsKey]);

  return counts;
}
