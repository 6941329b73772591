// Non-blocking notices about the link the page was opened with (a value ignored, an id this
// timeline lacks). One notice is one line; several fold into one line that opens, so a bad link
// never pushes the timeline down the page.
import { useId, useState } from 'react';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import './notices.css';

export function Notices() {
  const notices = useNewslineStore((s) => s.notices);
  const dismissNotice = useNewslineStore((s) => s.dismissNotice);
  const dismissAll = useNewslineStore((s) => s.dismissAllNotices);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const items = notices.map((notice, index) => (
    <li key={notice} className="notice">
      <span className="notice__text">{notice}</span>
      <button
        type="button"
        className="icon-button notice__close"
        aria-label={t('shell.notices.dismiss')}
        onClick={() => dismissNotice(index)}
      >
        ×
      </button>
    </li>
  ));
  // The live region stays in the page, empty, so what comes into it later is announced.
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length === 1 && <ul className="notices__list">{items}</ul>}
      {notices.length > 1 && (
        <div className="notices__group">
          <div className="notices__bar">
            <span className="notices__count">{t('shell.notices.count', { count: notices.length })}</span>
            <button
              type="button"
              className="text-button notices__toggle"
              aria-expanded={open}
              aria-controls={listId}
              onClick={() => setOpen(!open)}
            >
              {open ? t('shell.notices.hide') : t('shell.notices.show')}
            </button>
            <button type="button" className="text-button notices__dismiss-all" onClick={dismissAll}>
              {t('shell.notices.dismissAll')}
            </button>
          </div>
          <ul id={listId} className="notices__list" hidden={!open}>
            {items}
          </ul>
        </div>
      )}
    </div>
  );
}
