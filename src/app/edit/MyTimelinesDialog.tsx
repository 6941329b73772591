// "My timelines": the timelines kept in this browser, last changed first, each to open (in edit
// mode), duplicate or delete; a deletion asks first, and can be undone.
import { useCallback, useEffect, useState } from 'react';
import { formatLocale, t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { openKeptForEditing } from './editActions';
import {
  duplicateKeptTimeline,
  listKeptTimelines,
  markDeleted,
  PAGE_ORIGIN,
  type KeptTimeline,
} from './keptTimelines';

/** When a kept timeline last changed, in the interface's language. */
function formatWhen(time: number): string {
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** Where a kept timeline came from: its address, or the words stored for the built-in one. */
function originName(origin: string): string {
  // An address reads left to right, even in an Arabic sentence (first-strong isolate).
  return origin === PAGE_ORIGIN ? t('edit.kept.thisPage') : `\u2068${origin}\u2069`;
}

export function MyTimelinesDialog({ onClose }: { onClose: () => void }) {
  const [timelines, setTimelines] = useState<KeptTimeline[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<KeptTimeline | null>(null);
  const openId = useNewslineStore((s) => s.editSession?.timeline.id ?? null);

  const refresh = useCallback(() => {
    listKeptTimelines().then(setTimelines, (error: unknown) =>
      setProblem(t('edit.kept.unreadable', { error: String(error) })),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const run = (task: Promise<unknown>) => {
    task.then(refresh, (error: unknown) => setProblem(String(error)));
  };

  return (
    <ModalDialog title={t('edit.kept.title')} className="edit-dialog" onClose={onClose}>
      <div className="edit-dialog__body">
        <p className="edit-field__hint">{t('edit.kept.hint')}</p>
        {problem && <p role="alert">{problem}</p>}
        {deleted && (
          <p role="status" className="edit-dialog__status">
            {t('edit.kept.deleted', { title: deleted.title })}{' '}
            <button
              type="button"
              className="text-button"
              onClick={() => {
                run(markDeleted(deleted.id, false));
                setDeleted(null);
              }}
            >
              {t('edit.bar.undo')}
            </button>
          </p>
        )}
        {timelines === null ? (
          <p>{t('edit.kept.reading')}</p>
        ) : timelines.length === 0 ? (
          <p>{t('edit.kept.none')}</p>
        ) : (
          <ul className="kept-list">
            {timelines.map((timeline) => (
              <li key={timeline.id} className="kept-list__item">
                <div>
                  <p className="kept-list__title">
                    {timeline.title}
                    {timeline.id === openId ? <span className="badge">{t('edit.kept.open')}</span> : null}
                  </p>
                  <p className="kept-list__meta">
                    {t('edit.kept.meta', {
                      when: formatWhen(timeline.updatedAt),
                      count: timeline.cursor,
                      origin: originName(timeline.origin),
                    })}
                  </p>
                </div>
                <div className="kept-list__actions">
                  <button
                    type="button"
                    className="text-button text-button--primary"
                    aria-label={t('edit.kept.openNamed', { title: timeline.title })}
                    onClick={() => {
                      void openKeptForEditing(timeline.id).then((opened) => opened && onClose());
                    }}
                  >
                    {t('edit.kept.openButton')}
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    aria-label={t('edit.kept.duplicateNamed', { title: timeline.title })}
                    onClick={() => run(duplicateKeptTimeline(timeline.id))}
                  >
                    {t('edit.kept.duplicate')}
                  </button>
                  {confirming === timeline.id ? (
                    <span className="kept-list__confirm" role="group" aria-label={t('edit.kept.confirm')}>
                      {t('edit.kept.deleteIt')}{' '}
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
                        {t('edit.kept.yesDelete')}
                      </button>
                      <button type="button" className="text-button" onClick={() => setConfirming(null)}>
                        {t('edit.kept.keepIt')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="text-button"
                      aria-label={t('edit.kept.deleteNamed', { title: timeline.title })}
                      onClick={() => setConfirming(timeline.id)}
                    >
                      {t('edit.kept.delete')}
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
