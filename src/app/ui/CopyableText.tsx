// Text to copy (a link, an embed code), with a copy button that falls back to selecting it where
// the clipboard is refused.
import { useRef, useState } from 'react';

export function CopyableText({
  label,
  text,
  rows,
  copyLabel,
}: {
  label: string;
  text: string;
  rows: number;
  copyLabel: string;
}) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      fieldRef.current?.select();
      setCopyStatus('Select-all done: press Ctrl+C (⌘C) to copy.');
    }
  };
  return (
    <>
      <label className="embed-dialog__code">
        {label}
        <textarea
          ref={fieldRef}
          readOnly
          rows={rows}
          value={text}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <div className="embed-dialog__actions">
        <button type="button" className="text-button text-button--primary" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status">{copyStatus}</span>
      </div>
    </>
  );
}
