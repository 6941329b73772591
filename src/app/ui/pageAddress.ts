// The page's one address writer: after the next paint, or within a quarter of a second where no frame
// is drawn (a hidden tab draws none); at once when the page is left or hidden.
import { afterNextPaintOrWithin } from './afterNextPaint';
import { createAddressWriter, type AddressWriter } from './addressWriter';

const LATEST_MS = 250;

let writer: AddressWriter | null = null;

export function pageAddress(): AddressWriter {
  if (writer) return writer;
  const created = createAddressWriter({
    history: window.history,
    location: window.location,
    schedule: (work) => afterNextPaintOrWithin(LATEST_MS, work),
  });
  window.addEventListener('pagehide', created.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') created.flush();
  });
  return (writer = created);
}
