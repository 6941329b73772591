// What a timeline read as time tiles has read so far: the counts on the page (the actor filter's,
// search's) cover only the periods read, and this says so.
import { useNewslineStore } from '../store/store';
import { t } from '../model/i18n/intl';

export function TilesStatus() {
  const archive = useNewslineStore((s) => s.tiledArchive);
  if (!archive) return null;
  const { manifest, spans, tiles } = archive;
  const states = spans.map((span) => ({ span, state: tiles.get(span.file) }));
  const read = states.filter(({ state }) => state?.status === 'read');
  const reading = states.filter(({ state }) => state?.status === 'reading').length;
  const failed = states.flatMap(({ state }) => (state?.status === 'failed' ? [state.summary] : []));
  const readEvents = read.reduce((sum, { span }) => sum + span.events, 0);
  const all = read.length === spans.length;
  return (
    <p className="tiles-status" role="status" data-testid="tiles-status">
      {all
        ? t('article.tilesAllRead', { periods: spans.length, events: readEvents })
        : t('article.tilesSomeRead', {
            read: readEvents,
            events: manifest.events,
            readPeriods: read.length,
            periods: spans.length,
          })}
      {reading > 0 && ` ${t('article.tilesReading', { count: reading })}`}
      {failed.length > 0 && ` ${t('article.tilesFailed', { count: failed.length, reason: failed[0] ?? '' })}`}
      {!all && <span className="tiles-status__hint"> {t('article.tilesHint')}</span>}
    </p>
  );
}
