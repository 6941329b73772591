// Non-blocking notices about input that was ignored (a bad URL parameter, an unknown id).
import { useNewslineStore } from './store/store';

export function Notices() {
  const notices = useNewslineStore((s) => s.notices);
  const dismissNotice = useNewslineStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice, index) => (
        <p key={notice} className="notice">
          <span>{notice}</span>
          <button
            type="button"
            className="icon-button notice__close"
            aria-label="Dismiss notice"
            onClick={() => dismissNotice(index)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
