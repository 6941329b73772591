// "Edit" in the full app's header (never in an embed): the timeline on show is kept in this
// browser and opens in edit mode. A tiled archive is read in parts and cannot be edited whole.
import { useState } from 'react';
import { useNewslineStore, useWholeDatasetWait } from '../store/store';
import { t } from '../model/i18n/intl';
import { startEditing } from './editActions';

export function EditButton() {
  const editing = useNewslineStore((s) => s.editSession !== null);
  const tiled = useNewslineStore((s) => s.tiledArchive !== null);
  const wait = useWholeDatasetWait();
  const ready = useNewslineStore((s) => s.dataset !== null) && wait === null;
  const [starting, setStarting] = useState(false);
  if (editing || tiled) return null;
  return (
    <button
      type="button"
      className="text-button text-button--primary"
      disabled={!ready || starting}
      title={wait ?? undefined}
      onClick={() => {
        setStarting(true);
        void startEditing().finally(() => setStarting(false));
      }}
    >
      {t('edit.start')}
    </button>
  );
}
