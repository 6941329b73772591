// "Export" in the full app: opens the export dialog, loaded only when first opened (it brings the
// format converters with it, and loads the picture library only when a picture is asked for).
import { lazy, type RefObject } from 'react';
import { t } from '../model/i18n/intl';
import { DialogButton } from '../ui/ModalDialog';
import { useWholeDatasetWait } from '../store/store';

const ExportDialog = lazy(() => import('./ExportDialog'));

/** `view`: the element "PNG of the current view" draws. */
export function ExportButton({ view }: { view: RefObject<HTMLElement | null> }) {
  return (
    <DialogButton
      label={t('share.export')}
      Dialog={ExportDialog}
      props={{ view }}
      unavailable={useWholeDatasetWait()}
      closeWhenUnavailable
    />
  );
}
