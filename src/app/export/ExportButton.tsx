// "Export" in the full app: opens the export dialog, loaded only when first opened (it brings the
// format converters with it, and loads the picture library only when a picture is asked for).
import { lazy, type RefObject } from 'react';
import { t } from '../model/i18n/intl';
import { DialogButton } from '../ui/ModalDialog';
import { useNewslineStore } from '../store/store';

const ExportDialog = lazy(() => import('./ExportDialog'));

/** `view`: the element "PNG of the current view" draws. */
export function ExportButton({ view }: { view: RefObject<HTMLElement | null> }) {
  // A file or picture of part of a dataset would pass for the whole of it.
  const arriving = useNewslineStore((s) => s.datasetInfo?.arriving === true);
  return (
    <DialogButton
      label={t('share.export')}
      Dialog={ExportDialog}
      props={{ view }}
      unavailable={arriving ? t('article.wholeTimelineFirst') : null}
    />
  );
}
