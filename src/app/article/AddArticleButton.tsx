// "Add an article" in the full app: opens the dialog, loaded (with the extractor) only when first
// opened. Focus returns to the button when the dialog closes.
import { lazy, Suspense, useRef, useState } from 'react';
import type { AddArticleDialogProps } from './AddArticleDialog';

const AddArticleDialog = lazy(() => import('./AddArticleDialog'));

export function AddArticleButton({ onAdd }: Pick<AddArticleDialogProps, 'onAdd'>) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Add an article
      </button>
      {open && (
        <Suspense fallback={null}>
          <AddArticleDialog
            onAdd={onAdd}
            onClose={() => {
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
