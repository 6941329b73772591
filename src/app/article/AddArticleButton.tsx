// "Add an article" in the full app: opens the dialog, loaded (with the extractor) only when first
// opened.
import { lazy } from 'react';
import { t } from '../model/i18n/intl';
import { DialogButton } from '../ui/ModalDialog';
import { useWholeDatasetWait } from '../store/store';
import type { AddArticleDialogProps } from './AddArticleDialog';

const AddArticleDialog = lazy(() => import('./AddArticleDialog'));

export function AddArticleButton({ onAdd }: Pick<AddArticleDialogProps, 'onAdd'>) {
  return (
    <DialogButton
      label={t('article.add')}
      Dialog={AddArticleDialog}
      props={{ onAdd }}
      unavailable={useWholeDatasetWait()}
    />
  );
}
