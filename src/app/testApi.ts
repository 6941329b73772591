// A read-only window on the store, for the end-to-end tests and for debugging from the console: the
// time window vis shows is written nowhere in the DOM. It exposes only what the page's links already
// carry (the embed code writes this window as start= and end=).
import { useNewslineStore } from './store/store';

export interface NewslineTestApi {
  /** The time window the timeline shows, as ISO instants; null until it has drawn one. */
  visibleWindow(): { start: string; end: string } | null;
}

declare global {
  interface Window {
    newslineTest?: NewslineTestApi;
  }
}

export function installTestApi(): void {
  window.newslineTest = {
    visibleWindow() {
      const shown = useNewslineStore.getState().visibleWindow;
      if (!shown) return null;
      return { start: new Date(shown.start).toISOString(), end: new Date(shown.end).toISOString() };
    },
  };
}
