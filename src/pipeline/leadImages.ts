// Where an article's picture (its front matter's `image`) goes: to the article's lead event, the
// event whose first passage from that article comes earliest in it, as a newsroom puts the photo
// at the top of the story. An article yields several events but has one picture: it is shown once.
// When two articles lead into the same event, the picture of the one published first is kept
// (then by source id), so the result does not depend on the order the files were read in.
import type { TimelineEvent } from '../schema/dataset';
import type { ArticleMeta } from './types';

export function withLeadImages(
  events: readonly TimelineEvent[],
  articles: readonly ArticleMeta[],
): TimelineEvent[] {
  const pictured = articles
    .filter((meta) => meta.image !== undefined)
    .sort(
      (a, b) =>
        (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const imageOf = new Map<string, NonNullable<ArticleMeta['image']>>();
  for (const meta of pictured) {
    const lead = leadEvent(events, meta.id);
    if (lead !== undefined && !imageOf.has(lead.id)) imageOf.set(lead.id, meta.image!);
  }
  if (imageOf.size === 0) return [...events];
  return events.map((event) => {
    const image = imageOf.get(event.id);
    return image === undefined ? event : { ...event, media: image };
  });
}

/** The event whose earliest passage from the article comes first in it; ties go to the smaller id. */
function leadEvent(events: readonly TimelineEvent[], sourceId: string): TimelineEvent | undefined {
  let best: { event: TimelineEvent; offset: number } | undefined;
  for (const event of events) {
    const offsets = event.sources
      .filter((ref) => ref.sourceId === sourceId)
      .map((ref) => ref.offset ?? Number.MAX_SAFE_INTEGER);
    if (offsets.length === 0) continue;
    const offset = Math.min(...offsets);
    if (!best || offset < best.offset || (offset === best.offset && event.id < best.event.id))
      best = { event, offset };
  }
  return best?.event;
}
