import { describe, expect, it } from 'vitest';
import { storyButtonKeys, storyMoveForKey, storyMoveForSwipe } from './storyNavigation';

describe('moving through the story in reading order', () => {
  it('goes next with → and a swipe to the left in a left-to-right page', () => {
    expect(storyMoveForKey('ArrowRight', 'ltr')).toBe('next');
    expect(storyMoveForKey('ArrowLeft', 'ltr')).toBe('previous');
    expect(storyMoveForSwipe('left', 'ltr')).toBe('next');
    expect(storyButtonKeys('ltr').next).toEqual({ arrow: '→', key: 'ArrowRight' });
  });

  it('goes next with ← and a swipe to the right in a right-to-left page, its buttons pointing there', () => {
    expect(storyMoveForKey('ArrowLeft', 'rtl')).toBe('next');
    expect(storyMoveForKey('ArrowRight', 'rtl')).toBe('previous');
    expect(storyMoveForKey('Home', 'rtl')).toBe('first');
    expect(storyMoveForKey('a', 'rtl')).toBeUndefined();
    expect(storyMoveForSwipe('right', 'rtl')).toBe('next');
    expect(storyMoveForSwipe('left', 'rtl')).toBe('previous');
    expect(storyButtonKeys('rtl')).toEqual({
      previous: { arrow: '→', key: 'ArrowRight' },
      next: { arrow: '←', key: 'ArrowLeft' },
    });
  });

  it('reads the interface language by default (English in tests)', () => {
    expect(storyMoveForKey('ArrowRight')).toBe('next');
  });
});
