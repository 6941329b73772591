// Entry point: mounts the app (and the read-only test API the end-to-end tests read).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installTestApi } from './app/testApi';
import './app/styles.css';
import './app/print.css';
import './app/edit/edit.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
installTestApi();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
