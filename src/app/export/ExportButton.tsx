// "Export" in the full app: opens the export dialog, loaded only when first opened (it brings the
// format converters with it). Focus returns to the button when the dialog closes.
import { lazy, Suspense, useRef, useState } from 'react';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function ExportButton() {
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
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
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
