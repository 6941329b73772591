// The bar of edit mode, under the header: whether every change is stored, undo and redo (also
// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y outside text fields), the actors, the dropped events to bring
// back, a preview as readers will see it, publishing, and closing (the timeline stays kept, in
// My timelines).
import { useEffect } from 'react';
import { canRedo, canUndo, currentStep } from '../../editing/editHistory';
import { formatCount } from '../model/formatCount';
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
    <section className="edit-bar" aria-label="Edit mode" data-testid="edit-bar">
      <p className="edit-bar__status" role="status">
        <strong>{session.preview ? 'Previewing your edited timeline.' : 'Editing.'}</strong>{' '}
        {saving === 'failed'
          ? `Not stored: ${saveProblem ?? 'the browser refused'}. Download your edits to keep them.`
          : saving === 'saving'
            ? 'Storing…'
            : edits === 0 && canRedo(history)
              ? 'Every edit undone: Redo brings them back. All stored in this browser.'
              : edits === 0
                ? 'No edits yet. Each change is stored in this browser as you make it.'
                : `${formatCount(edits)} edit${edits === 1 ? '' : 's'}, all stored in this browser.`}
      </p>
      <div className="edit-bar__actions">
        <button
          type="button"
          className="text-button"
          disabled={!canUndo(history)}
          onClick={undoEdit}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="text-button"
          disabled={!canRedo(history)}
          onClick={redoEdit}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </button>
        <DialogButton label="Actors…" Dialog={ActorsDialog} props={{}} />
        <DialogButton label="Event from a passage…" Dialog={PassageDialog} props={{}} />
        {dropped.length > 0 && (
          <details className="edit-bar__dropped">
            <summary>Dropped ({formatCount(dropped.length)})</summary>
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
                    Bring back
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" className="text-button" aria-pressed={session.preview} onClick={togglePreview}>
          Preview
        </button>
        <DialogButton label="Publish…" Dialog={PublishDialog} props={{}} />
        <button type="button" className="text-button" onClick={stopEditing}>
          Close
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
