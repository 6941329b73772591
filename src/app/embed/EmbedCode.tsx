// The code to paste, with a copy button that falls back to selecting it where the clipboard is
// refused, and a live preview of the embed at the chosen size.
import { useRef, useState } from 'react';

export function EmbedCode({ snippet }: { snippet: string }) {
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      codeRef.current?.select();
      setCopyStatus('Select-all done: press Ctrl+C (⌘C) to copy.');
    }
  };
  return (
    <>
      <label className="embed-dialog__code">
        Code to paste into your page
        <textarea
          ref={codeRef}
          readOnly
          rows={5}
          value={snippet}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <div className="embed-dialog__actions">
        <button type="button" className="text-button text-button--primary" onClick={() => void copy()}>
          Copy code
        </button>
        <span role="status">{copyStatus}</span>
      </div>
    </>
  );
}

export function EmbedPreview({
  src,
  width,
  height,
}: {
  src: string;
  width: number | '100%';
  height: number;
}) {
  return (
    <>
      <p className="embed-dialog__preview-label">
        Preview at {width === '100%' ? 'full width' : `${width} px`} × {height} px
      </p>
      {/* Focusable so keyboard users can scroll a preview larger than the dialog. */}
      <div className="embed-dialog__preview" tabIndex={0} role="region" aria-label="Preview">
        <iframe
          src={src}
          title="Preview of the embedded timeline"
          width={width}
          height={height}
          loading="lazy"
        />
      </div>
    </>
  );
}
