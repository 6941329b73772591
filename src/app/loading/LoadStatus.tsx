// What the reader sees while the dataset loads, and when it cannot be loaded: never a blank page.
import { FORMAT_NAMES } from '../../formats/fileFormat';
import type { DatasetInfo, LoadProblem, LoadState } from '../store/state';
import { formatCount } from '../model/formatCount';

export function LoadingView({ load }: { load: Extract<LoadState, { status: 'loading' }> }) {
  const opening = load.from === 'file' ? `Opening “${load.url}”…` : null;
  if (load.phase === 'check') {
    const { checkedRecords, totalRecords } = load;
    return (
      <div className="load-status" role="status" aria-live="polite">
        <p>{opening ?? 'Checking events…'}</p>
        <progress
          max={totalRecords || undefined}
          value={totalRecords ? checkedRecords : undefined}
          aria-label="Checking the dataset"
        />
        {checkedRecords > 0 && (
          <p className="load-status__detail">
            {totalRecords
              ? `${formatCount(checkedRecords)} of ${formatCount(totalRecords)} records`
              : `${formatCount(checkedRecords)} records checked`}
          </p>
        )}
      </div>
    );
  }
  const { loadedBytes, totalBytes } = load;
  const kilobytes = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return (
    <div className="load-status" role="status" aria-live="polite">
      <p>{opening ?? 'Loading events…'}</p>
      <progress
        max={totalBytes ?? undefined}
        value={totalBytes ? loadedBytes : undefined}
        aria-label="Loading the dataset"
      />
      {loadedBytes > 0 && (
        <p className="load-status__detail">
          {totalBytes ? `${kilobytes(loadedBytes)} of ${kilobytes(totalBytes)}` : kilobytes(loadedBytes)}
          {/* Newsline JSON is checked as it arrives. */}
          {load.checkedRecords > 0 && ` · ${formatCount(load.checkedRecords)} records checked`}
        </p>
      )}
    </div>
  );
}

/** A load that failed: on its own, or over the timeline it would have replaced (which stays). */
export function LoadErrorView({
  load,
  onDismiss,
}: {
  load: Extract<LoadState, { status: 'failed' }>;
  onDismiss?: () => void;
}) {
  return (
    <div className={`load-status load-status--error${onDismiss ? ' load-status--over' : ''}`} role="alert">
      <h2>{onDismiss ? `“${load.url}” could not be opened` : 'The timeline could not be loaded'}</h2>
      <p>{load.summary}</p>
      {!onDismiss && (
        <p className="load-status__detail">
          File: <code>{load.url}</code>
        </p>
      )}
      {load.problems.length > 0 && <ProblemList problems={load.problems} />}
      {onDismiss && (
        <button type="button" className="text-button" onClick={onDismiss}>
          Back to the timeline
        </button>
      )}
    </div>
  );
}

/** Shown above a timeline that loaded, when some of the file's records were invalid and left out. */
export function SkippedRecordsWarning({ info }: { info: DatasetInfo }) {
  if (info.skipped.length === 0) return null;
  const count = info.skipped.filter((problem) => problem.path !== '').length;
  return (
    <details className="skipped-warning" role="status">
      <summary>
        {count} invalid record{count === 1 ? ' was' : 's were'} left out of this timeline; everything valid is
        shown.
      </summary>
      <ProblemList problems={info.skipped} />
    </details>
  );
}

/** Shown above a timeline read from another format: what it was, and what it could not keep. */
export function ConversionNotes({ info }: { info: DatasetInfo }) {
  if (info.format === null || info.format === 'newsline') return null;
  return (
    <details className="skipped-warning conversion-notes" role="status">
      <summary>
        Opened “{info.url}” as {FORMAT_NAMES[info.format]}
        {info.notes.length > 0
          ? `: ${info.notes.length} note${info.notes.length === 1 ? '' : 's'} on what could not be kept.`
          : ', with nothing lost.'}
      </summary>
      {info.notes.length > 0 && (
        <ul className="load-status__problems">
          {info.notes.map((note, index) => (
            <li key={index}>{note.charAt(0).toUpperCase() + note.slice(1)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** Each problem as "path: message", the path in code type. */
function ProblemList({ problems }: { problems: readonly LoadProblem[] }) {
  return (
    <ul className="load-status__problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.path ? (
            <>
              <code>{problem.path}</code>:{' '}
            </>
          ) : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
