// The app's modal dialogs (Embed, Export, Add an article): a native <dialog> shown on mount, with its
// title and a close button, and the button that opens one and gets the focus back when it closes.
import {
  Component,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import { t } from '../model/i18n/intl';

interface ModalDialogProps {
  title: string;
  /** Extra classes for the dialog's layout. */
  className?: string;
  onClose: () => void;
  /** Focused once the dialog opens; by default the browser focuses its first control (Close). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Closes the dialog from inside (after a task is done). */
  closeRef?: RefObject<(() => void) | null>;
  children: ReactNode;
}

export function ModalDialog({
  title,
  className,
  onClose,
  initialFocus,
  closeRef,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    if (closeRef) closeRef.current = () => dialogRef.current?.close();
  }, [initialFocus, closeRef]);
  return (
    <dialog
      ref={dialogRef}
      className={`embed-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <div className="embed-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('common.close')}
          onClick={() => dialogRef.current?.close()}
        >
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

/**
 * A header button that opens a dialog: `Dialog` is rendered with `props` and an `onClose` that
 * also puts the focus back on the button. Lazy dialogs load inside a Suspense boundary.
 */
export function DialogButton<P extends object>({
  label,
  Dialog,
  props,
  unavailable = null,
  closeWhenUnavailable = false,
}: {
  label: string;
  Dialog: ComponentType<P & { onClose: () => void }>;
  props: P;
  /** Why the dialog cannot open yet, said on the disabled button; null when it can. */
  unavailable?: string | null;
  /** Close an open dialog once it becomes unavailable (one holding nothing the reader typed). */
  closeWhenUnavailable?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A dialog opened before its action became unavailable (a dataset began to arrive) closes.
  if (open && unavailable !== null && closeWhenUnavailable) setOpen(false);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        disabled={unavailable !== null}
        title={unavailable ?? undefined}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <DialogLoadBoundary label={label} onClose={close}>
          <Suspense fallback={null}>
            <Dialog {...props} onClose={close} />
          </Suspense>
        </DialogLoadBoundary>
      )}
    </>
  );
}

/**
 * A dialog whose code could not be loaded (offline, or a new version deployed meanwhile) says so in
 * a dialog of its own, instead of taking the whole app down with it.
 */
class DialogLoadBoundary extends Component<
  { label: string; onClose: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ModalDialog
        title={t('shell.dialogFailedTitle', { dialog: this.props.label })}
        onClose={this.props.onClose}
      >
        <p role="alert">{t('shell.dialogFailed')}</p>
      </ModalDialog>
    );
  }
}
