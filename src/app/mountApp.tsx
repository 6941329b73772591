// Mounts the app in the page, with the read-only test API the end-to-end tests read. Loaded by
// src/main.tsx once the language is set, with React itself: the entry stays small, so the link's
// dataset starts loading before React has arrived.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { launchLoadUnderWay } from './loading/launchLoad';
import { useNewslineStore } from './store/store';
import { installTestApi } from './testApi';

/** `notices`: what the page has to tell the reader before the app starts (a language it ignored). */
export function mountApp(root: HTMLElement, notices: readonly string[]): void {
  const store = useNewslineStore.getState();
  if (notices.length > 0) store.addNotices([...notices]);
  // The link's dataset is on its way: the first frame says so (the app takes the load over once it
  // has applied the link).
  const early = launchLoadUnderWay();
  if (early) store.loadStarted(early.url, 'address', early.parser);
  installTestApi();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
