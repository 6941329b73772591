// Mounts the app in the page, with the read-only test API the end-to-end tests read. Loaded by
// src/main.tsx once the language is set, with React itself: the entry stays small, so the link's
// dataset starts loading before React has arrived.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useNewslineStore } from './store/store';
import { installTestApi } from './testApi';

/** `notices`: what the page has to tell the reader before the app starts (a language it ignored). */
export function mountApp(root: HTMLElement, notices: readonly string[]): void {
  if (notices.length > 0) useNewslineStore.getState().addNotices([...notices]);
  installTestApi();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
