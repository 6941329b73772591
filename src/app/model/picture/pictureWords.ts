// The words a shared picture carries beside what it draws: who published the sources it shows, the
// day it was made, and the file it is saved as, in the interface's language. Pure, so the picture
// and its tests agree.
import type { Source, TimelineEvent } from '../../../schema/dataset';
import { idFromText } from '../../../schema/id';
import { formatPartialDate } from '../dates/formatDate';
import { formatList, t } from '../i18n/intl';

/** Publishers named in a credits line before "and N more": a footer is one or two lines. */
export const CREDITED_PUBLISHERS = 12;

/** "3 Dec 2026": the reader's own calendar day, written the way the timeline writes dates. */
export function exportDateWords(exportedAt: Date): string {
  return formatPartialDate(isoDay(exportedAt));
}

/** "2026-12-03", the reader's calendar day, for file names that sort by date. */
function isoDay(exportedAt: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}`;
}

/** "afghanistan-aid-2026-12-03.png": the timeline's title, the day, the kind of picture. */
export function pictureFileName(title: string, exportedAt: Date, extension: 'png' | 'svg'): string {
  return `${idFromText(title, t('share.fileNameFallback'), 60)}-${isoDay(exportedAt)}.${extension}`;
}

/**
 * The publishers of these events' sources, most cited first (ties alphabetical), each once; a
 * source without a publisher is not credited to anyone.
 */
export function creditedPublishers(
  events: readonly TimelineEvent[],
  sourcesById: ReadonlyMap<string, Source>,
): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const publishers = new Set(
      event.sources.map((ref) => sourcesById.get(ref.sourceId)?.publisher?.trim()).filter(Boolean),
    );
    for (const publisher of publishers) {
      if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([publisher]) => publisher);
}

/** "Sources: Reuters, Khaama Press and 3 more", or that the events shown cite no publisher. */
export function creditsLine(publishers: readonly string[]): string {
  if (publishers.length === 0) return t('share.creditsNone');
  const named = publishers.slice(0, CREDITED_PUBLISHERS);
  const more = publishers.length - named.length;
  const items = more > 0 ? [...named, t('share.morePublishers', { count: more })] : named;
  return t('share.credits', { publishers: formatList(items) });
}

/** "Exported from Newsline on 3 Dec 2026": the day the picture was taken. */
export function exportedOnWords(exportedAt: Date): string {
  return t('share.exportedOn', { date: exportDateWords(exportedAt) });
}
