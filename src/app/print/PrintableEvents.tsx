// What a printer gets: the printed layout of the timeline (ui/PrintedTimeline.tsx). Built only while
// printing: a list of 100,000 events kept hidden in the page would slow every filter down. The
// page's print.css hides the rest, so the browser's Print → Save as PDF holds the same.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { PrintedTimeline } from '../ui/PrintedTimeline';

/** The moment printing began (or print media was emulated), until the printing is done. */
function usePrinting(): Date | null {
  const [printing, setPrinting] = useState<Date | null>(() =>
    window.matchMedia('print').matches ? new Date() : null,
  );
  useEffect(() => {
    const media = window.matchMedia('print');
    // The browser lays the page out for print right after beforeprint: render before returning.
    const start = () => flushSync(() => setPrinting(new Date()));
    const stop = () => setPrinting(null);
    const onMediaChange = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}

export function PrintableEvents() {
  const printing = usePrinting();
  return <div className="printable">{printing && <PrintedTimeline exportedAt={printing} />}</div>;
}
