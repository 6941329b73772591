// "Export" in the full app: opens the export dialog, loaded only when first opened (it brings the
// format converters with it).
import { lazy } from 'react';
import { DialogButton } from '../ui/ModalDialog';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function ExportButton() {
  return <DialogButton label="Export" Dialog={ExportDialog} props={{}} />;
}
