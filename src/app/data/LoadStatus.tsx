// What the reader sees while the dataset loads, and when it cannot be loaded: never a blank page.
import type { LoadProblem, LoadState } from '../store/datasetSlice';
import { formatCount } from '../domain/formatCount';

export function LoadingView({ load }: { load: Extract<LoadState, { status: 'loading' }> }) {
  if (load.phase === 'check') {
    const { checkedRecords, totalRecords } = load;
    return (
      <div className="load-status" role="status" aria-live="polite">
        <p>Checking events…</p>
        <progress
          max={totalRecords || undefined}
          value={totalRecords ? checkedRecords : undefined}
          aria-label="Checking the dataset"
        />
        {totalRecords ? (
          <p className="load-status__detail">
            {formatCount(checkedRecords)} of {formatCount(totalRecords)} records
          </p>
        ) : null}
      </div>
    );
  }
  const { loadedBytes, totalBytes } = load;
  const kilobytes = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return (
    <div className="load-status" role="status" aria-live="polite">
      <p>Loading events…</p>
      <progress
        max={totalBytes ?? undefined}
        value={totalBytes ? loadedBytes : undefined}
        aria-label="Loading the dataset"
      />
      {loadedBytes > 0 && (
        <p className="load-status__detail">
          {totalBytes ? `${kilobytes(loadedBytes)} of ${kilobytes(totalBytes)}` : kilobytes(loadedBytes)}
        </p>
      )}
    </div>
  );
}

export function LoadErrorView({ load }: { load: Extract<LoadState, { status: 'failed' }> }) {
  return (
    <div className="load-status load-status--error" role="alert">
      <h2>The timeline could not be loaded</h2>
      <p>{load.summary}</p>
      <p className="load-status__detail">
        File: <code>{load.url}</code>
      </p>
      {load.problems.length > 0 && <ProblemList problems={load.problems} />}
    </div>
  );
}

/** Shown above a timeline that loaded, when some of the file's records were invalid and left out. */
export function SkippedRecordsWarning({ load }: { load: Extract<LoadState, { status: 'ready' }> }) {
  if (load.skipped.length === 0) return null;
  const count = load.skipped.filter((problem) => problem.path !== '').length;
  return (
    <details className="skipped-warning" role="status">
      <summary>
        {count} invalid record{count === 1 ? ' was' : 's were'} left out of this timeline; everything valid is
        shown.
      </summary>
      <ProblemList problems={load.skipped} />
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
