// Text to copy (a link, an embed code), with a copy button that falls back to selecting it where
// the clipboard is refused.
import { useRef, useState } from 'react';
import { t } from '../model/i18n/intl';

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
      setCopyStatus(t('shell.copied'));
    } catch {
      fieldRef.current?.select();
      setCopyStatus(t('shell.copyBySelection'));
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
