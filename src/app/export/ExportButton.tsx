// "Export" in the full app: opens the export dialog, loaded only when first opened (it brings the
// format converters with it, and loads the picture library only when a picture is asked for).
import { lazy, type RefObject } from 'react';
import { DialogButton } from '../ui/ModalDialog';

const ExportDialog = lazy(() => import('./ExportDialog'));

/** `view`: the element "PNG of the current view" draws. */
export function ExportButton({ view }: { view: RefObject<HTMLElement | null> }) {
  return <DialogButton label="Export" Dialog={ExportDialog} props={{ view }} />;
}
