import { describe, expect, it } from 'vitest';
import { hiddenCounts, type CardSight } from './hiddenCards';

const whole: CardSight = { cutAbove: false, cutBelow: false };
const above: CardSight = { cutAbove: true, cutBelow: false };
const below: CardSight = { cutAbove: false, cutBelow: true };
const fillsView: CardSight = { cutAbove: true, cutBelow: true };

describe('hiddenCounts', () => {
  it('counts the cards not wholly seen, by side, partly seen ones included', () => {
    expect(hiddenCounts([above, above, whole, whole, below, below, below])).toEqual({ above: 2, below: 3 });
  });

  it('counts nothing when every card is seen', () => {
    expect(hiddenCounts([whole, whole])).toEqual({ above: 0, below: 0 });
    expect(hiddenCounts([])).toEqual({ above: 0, below: 0 });
  });

  it('counts a card taller than the view, filling it, on neither side', () => {
    expect(hiddenCounts([above, fillsView, below, below])).toEqual({ above: 1, below: 2 });
  });
});
