// What a timeline read as time tiles has read so far: the counts on the page (the actor filter's,
// search's) cover only the periods read, and this says so.
import { useNewslineStore } from '../store/store';
import { formatCount } from '../model/formatCount';

export function TilesStatus() {
  const archive = useNewslineStore((s) => s.tiledArchive);
  if (!archive) return null;
  const { manifest, spans, tiles } = archive;
  const states = spans.map((span) => ({ span, state: tiles.get(span.file) }));
  const read = states.filter(({ state }) => state?.status === 'read');
  const reading = states.filter(({ state }) => state?.status === 'reading').length;
  const failed = states.flatMap(({ state }) => (state?.status === 'failed' ? [state.summary] : []));
  const readEvents = read.reduce((sum, { span }) => sum + span.events, 0);
  const periods = (n: number) => `${formatCount(n)} ${n === 1 ? 'period' : 'periods'}`;
  const all = read.length === spans.length;
  return (
    <p className="tiles-status" role="status" data-testid="tiles-status">
      {all
        ? `All ${periods(spans.length)} read: ${formatCount(readEvents)} dated events.`
        : `${formatCount(readEvents)} of ${formatCount(manifest.events)} events read (${formatCount(read.length)} of ${periods(spans.length)}).`}
      {reading > 0 && ` Reading ${periods(reading)}…`}
      {failed.length > 0 && ` ${periods(failed.length)} could not be read: ${failed[0]}`}
      {!all && (
        <span className="tiles-status__hint">
          {' '}
          Zoom in on a period to read it; search and the actor counts cover the periods read.
        </span>
      )}
    </p>
  );
}
