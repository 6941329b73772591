// "My timelines": the timelines kept in this browser, last changed first, each to open (in edit
// mode), duplicate or delete; a deletion asks first, and can be undone.
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '../model/formatCount';
import { useNewslineStore } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { openKeptForEditing } from './editActions';
import { duplicateKeptTimeline, listKeptTimelines, markDeleted, type KeptTimeline } from './keptTimelines';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function MyTimelinesDialog({ onClose }: { onClose: () => void }) {
  const [timelines, setTimelines] = useState<KeptTimeline[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<KeptTimeline | null>(null);
  const openId = useNewslineStore((s) => s.editSession?.timeline.id ?? null);

  const refresh = useCallback(() => {
    listKeptTimelines().then(setTimelines, (error: unknown) =>
      setProblem(`This browser's storage could not be read: ${String(error)}`),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const run = (task: Promise<unknown>) => {
    task.then(refresh, (error: unknown) => setProblem(String(error)));
  };

  return (
    <ModalDialog title="My timelines" className="edit-dialog" onClose={onClose}>
      <div className="edit-dialog__body">
        <p className="edit-field__hint">
          Timelines you edit are kept in this browser, with every edit, until you delete them. Nothing is sent
          to a server.
        </p>
        {problem && <p role="alert">{problem}</p>}
        {deleted && (
          <p role="status" className="edit-dialog__status">
            Deleted “{deleted.title}”.{' '}
            <button
              type="button"
              className="text-button"
              onClick={() => {
                run(markDeleted(deleted.id, false));
                setDeleted(null);
              }}
            >
              Undo
            </button>
          </p>
        )}
        {timelines === null ? (
          <p>Reading…</p>
        ) : timelines.length === 0 ? (
          <p>No timeline is kept in this browser yet. Press Edit on a timeline to start one.</p>
        ) : (
          <ul className="kept-list">
            {timelines.map((timeline) => (
              <li key={timeline.id} className="kept-list__item">
                <div>
                  <p className="kept-list__title">
                    {timeline.title}
                    {timeline.id === openId ? <span className="badge">open</span> : null}
                  </p>
                  <p className="kept-list__meta">
                    Last changed {WHEN.format(timeline.updatedAt)} · {formatCount(timeline.cursor)} edit
                    {timeline.cursor === 1 ? '' : 's'} · from {timeline.origin}
                  </p>
                </div>
                <div className="kept-list__actions">
                  <button
                    type="button"
                    className="text-button text-button--primary"
                    aria-label={`Open ${timeline.title}`}
                    onClick={() => {
                      void openKeptForEditing(timeline.id).then((opened) => opened && onClose());
                    }}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    aria-label={`Duplicate ${timeline.title}`}
                    onClick={() => run(duplicateKeptTimeline(timeline.id))}
                  >
                    Duplicate
                  </button>
                  {confirming === timeline.id ? (
                    <span className="kept-list__confirm" role="group" aria-label="Confirm deletion">
                      Delete it?{' '}
                      <button
                        type="button"
                        className="text-button"
                        onClick={() => {
                          setConfirming(null);
                          setDeleted(timeline);
                          if (timeline.id === openId) useNewslineStore.getState().editEnded();
                          run(markDeleted(timeline.id, true));
                        }}
                      >
                        Yes, delete
                      </button>
                      <button type="button" className="text-button" onClick={() => setConfirming(null)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="text-button"
                      aria-label={`Delete ${timeline.title}`}
                      onClick={() => setConfirming(timeline.id)}
                    >
                      Delete
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
