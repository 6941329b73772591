// What the reader sees while the dataset loads, and when it cannot be loaded: never a blank page.
import { FORMAT_NAMES } from '../../formats/fileFormat';
import type { DatasetInfo, LoadProblem, LoadState } from '../store/state';
import { t } from '../model/i18n/intl';

/** `arriving`: the events checked so far are on show, and this is the line above them. */
export function LoadingView({
  load,
  arriving = false,
}: {
  load: Extract<LoadState, { status: 'loading' }>;
  arriving?: boolean;
}) {
  const opening = load.from === 'file' ? t('article.opening', { name: load.url }) : null;
  const { loadedBytes, totalBytes } = load;
  const kilobytes = (bytes: number) =>
    t('article.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) });
  if (arriving) {
    // How far the file has come, and how much of it is checked (the sidebar counts the events shown
    // so far). A small frame says it in two words, and keeps its room for the timeline.
    return (
      <div className="load-status load-status--arriving" role="status" aria-live="polite">
        <p className="load-status__long">{t('article.arrivingEvents')}</p>
        <p className="load-status__short">{t('article.loadingEvents')}</p>
        <progress
          max={totalBytes ?? undefined}
          value={totalBytes ? loadedBytes : undefined}
          aria-label={t('article.loadingDataset')}
        />
        <p className="load-status__detail">
          {totalBytes
            ? t('article.sizeOf', { loaded: kilobytes(loadedBytes), total: kilobytes(totalBytes) })
            : kilobytes(loadedBytes)}
          {/* Counted every 5,000 records: said once there is a count. */}
          {load.checkedRecords > 0 && ` · ${t('article.recordsChecked', { count: load.checkedRecords })}`}
        </p>
      </div>
    );
  }
  if (load.phase === 'check') {
    const { checkedRecords, totalRecords } = load;
    return (
      <div className="load-status" role="status" aria-live="polite">
        <p>{opening ?? t('article.checkingEvents')}</p>
        <progress
          max={totalRecords || undefined}
          value={totalRecords ? checkedRecords : undefined}
          aria-label={t('article.checkingDataset')}
        />
        {checkedRecords > 0 && (
          <p className="load-status__detail">
            {totalRecords
              ? t('article.recordsOf', { checked: checkedRecords, total: totalRecords })
              : t('article.recordsChecked', { count: checkedRecords })}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="load-status" role="status" aria-live="polite">
      <p>{opening ?? t('article.loadingEvents')}</p>
      <progress
        max={totalBytes ?? undefined}
        value={totalBytes ? loadedBytes : undefined}
        aria-label={t('article.loadingDataset')}
      />
      {loadedBytes > 0 && (
        <p className="load-status__detail">
          {totalBytes
            ? t('article.sizeOf', { loaded: kilobytes(loadedBytes), total: kilobytes(totalBytes) })
            : kilobytes(loadedBytes)}
          {/* Newsline JSON is checked as it arrives. */}
          {load.checkedRecords > 0 && ` · ${t('article.recordsChecked', { count: load.checkedRecords })}`}
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
      <h2>{onDismiss ? t('article.couldNotOpen', { name: load.url }) : t('article.loadFailed')}</h2>
      <p>{load.summary}</p>
      {!onDismiss && (
        <p className="load-status__detail">
          {t('article.fileLabel')} <code>{load.url}</code>
        </p>
      )}
      {load.problems.length > 0 && <ProblemList problems={load.problems} />}
      {onDismiss && (
        <button type="button" className="text-button" onClick={onDismiss}>
          {t('article.backToTimeline')}
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
      <summary>{t('article.skipped', { count })}</summary>
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
        {info.notes.length > 0
          ? t('article.convertedWithNotes', {
              name: info.url,
              format: FORMAT_NAMES[info.format],
              count: info.notes.length,
            })
          : t('article.convertedWhole', { name: info.url, format: FORMAT_NAMES[info.format] })}
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
