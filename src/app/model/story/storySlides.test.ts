import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../../../testing/datasetFixture';
import { generateArchive } from '../../../testing/syntheticArchive';
import { visibleEvents } from '../filtering/shownEvents';
import { nearestVisibleEvent, slidePlace } from './storySlides';

describe('story slides', () => {
  it('places the title slide, an event slide and an event the filter hides', () => {
    const dataset = datasetFixture();
    const all = visibleEvents(dataset, []);
    const anns = visibleEvents(dataset, ['ann']);
    expect(slidePlace(dataset, all, null)).toEqual({ kind: 'title' });
    expect(slidePlace(dataset, all, 'late')).toEqual({ kind: 'event', index: 2 });
    expect(slidePlace(dataset, anns, 'late')).toEqual({ kind: 'event', index: 1 });
    expect(slidePlace(dataset, anns, 'early')).toEqual({ kind: 'hidden' });
  });

  it('moves a hidden slide to the next visible event in date order, or the one before at the end', () => {
    const dataset = datasetFixture();
    // Chronology: early, middle, late, bound. Ann: middle, late. Bureau: middle, bound.
    expect(nearestVisibleEvent(dataset, visibleEvents(dataset, ['ann']), 'early')?.id).toBe('middle');
    expect(nearestVisibleEvent(dataset, visibleEvents(dataset, ['ann']), 'bound')?.id).toBe('late');
    expect(nearestVisibleEvent(dataset, visibleEvents(dataset, ['bureau']), 'late')?.id).toBe('bound');
    expect(nearestVisibleEvent(dataset, visibleEvents(dataset, ['land']), 'bound')?.id).toBe('early');
    expect(nearestVisibleEvent(dataset, [], 'late')).toBeNull();
    expect(nearestVisibleEvent(dataset, visibleEvents(dataset, []), 'no-such-event')).toBeNull();
  });

  it('finds a slide among 100,000 events by bisection, reading a few dozen of them, not all', () => {
    const dataset = generateArchive(100_000);
    const all = visibleEvents(dataset, []);
    let reads = 0;
    const counted = new Proxy(all, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const last = all[all.length - 1]!;
    expect(slidePlace(dataset, counted, last.id)).toEqual({ kind: 'event', index: all.length - 1 });
    expect(nearestVisibleEvent(dataset, counted, all[50_000]!.id)).toBe(all[50_000]);
    expect(reads).toBeLessThan(80);
  });
});
