import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../testing/datasetFixture';
import { foldEvent } from './eventSurgery';

describe('foldEvent', () => {
  const [first, second] = datasetFixture().events as [
    ReturnType<typeof datasetFixture>['events'][number],
    ReturnType<typeof datasetFixture>['events'][number],
  ];
  const quay = { kind: 'image' as const, url: 'https://photos.example.net/quay.jpg', alt: 'The quay' };
  const crane = { kind: 'image' as const, url: 'https://photos.example.net/crane.jpg', alt: 'A crane' };

  it("keeps the kept event's picture, and takes the other's only when it has none", () => {
    expect(foldEvent({ ...first, media: quay }, { ...second, media: crane }).media).toEqual(quay);
    expect(foldEvent(first, { ...second, media: crane }).media).toEqual(crane);
    expect('media' in foldEvent(first, second)).toBe(false);
  });
});
