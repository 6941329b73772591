// The bar of edit mode, under the header: whether every change is stored, undo and redo (also
// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y outside text fields), the actors, the dropped events to bring
// back, a preview as readers will see it, publishing, and closing (the timeline stays kept, in
// My timelines).
import { useEffect } from 'react';
import { canRedo, canUndo, currentStep } from '../../editing/editHistory';
import { formatCount } from '../model/formatCount';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { DialogButton } from '../ui/ModalDialog';
import { ActorsDialog } from './ActorsDialog';
import { edit, redoEdit, stopEditing, undoEdit } from './editActions';
import { PublishDialog } from './PublishDialog';
import { PassageDialog } from './PassageDialog';

export function EditBar() {
  const session = useNewslineStore((s) => s.editSession);
  const togglePreview = useNewslineStore((s) => s.previewToggled);
  useUndoKeys(session !== null);
  if (!session) return null;
  const { history, saving, saveProblem } = session;
  const dropped = currentStep(history).dropped;
  const edits = history.cursor;
  return (
    <section className="edit-bar" aria-label={t('edit.bar.label')} data-testid="edit-bar">
      <p className="edit-bar__status" role="status">
        <strong>{session.preview ? t('edit.bar.previewing') : t('edit.bar.editing')}</strong>{' '}
        {saving === 'failed'
          ? t('edit.bar.notStored', { problem: saveProblem ?? t('edit.bar.browserRefused') })
          : saving === 'saving'
            ? t('edit.bar.storing')
            : edits === 0 && canRedo(history)
              ? t('edit.bar.allUndone')
              : edits === 0
                ? t('edit.bar.noEdits')
                : t('edit.bar.edits', { count: edits })}
      </p>
      <div className="edit-bar__actions">
        <button
          type="button"
          className="text-button"
          disabled={!canUndo(history)}
          onClick={undoEdit}
          aria-keyshortcuts="Control+Z"
        >
          {t('edit.bar.undo')}
        </button>
        <button
          type="button"
          className="text-button"
          disabled={!canRedo(history)}
          onClick={redoEdit}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t('edit.bar.redo')}
        </button>
        <DialogButton label={t('edit.bar.actors')} Dialog={ActorsDialog} props={{}} />
        <DialogButton label={t('edit.bar.passage')} Dialog={PassageDialog} props={{}} />
        {dropped.length > 0 && (
          <details className="edit-bar__dropped">
            <summary>{t('edit.bar.dropped', { count: formatCount(dropped.length) })}</summary>
            <ul>
              {dropped.map(({ event }) => (
                <li key={event.id}>
                  <span>{event.title}</span>
                  <button
                    type="button"
                    className="text-button"
                    onClick={() => {
                      if (edit({ op: 'event.restore', eventId: event.id }).length === 0)
                        useNewslineStore.getState().selectEvent(event.id);
                    }}
                  >
                    {t('edit.bar.bringBack')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" className="text-button" aria-pressed={session.preview} onClick={togglePreview}>
          {t('edit.bar.preview')}
        </button>
        <DialogButton label={t('edit.bar.publish')} Dialog={PublishDialog} props={{}} />
        <button type="button" className="text-button" onClick={stopEditing}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}

/** Ctrl+Z and its kin, when the focus is not in a field whose own undo the editor expects. */
function useUndoKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undoEdit();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redoEdit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
