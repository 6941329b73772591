// Entry point: chooses the interface's language (the link's `lang`, else the one the reader chose
// before, else the browser's), loads its words, then mounts the app (and the read-only test API
// the end-to-end tests read). The app's modules are imported only once the language is set, so
// none can word anything in another.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseLocale, LANGUAGE_NAMES, rememberedLanguage, textDirection } from './app/model/i18n/locales';
import { speak, t } from './app/model/i18n/intl';
import './app/styles.css';
import './app/print.css';
import './app/edit/edit.css';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const remembered = rememberedLanguage();
  const preferred = remembered === null ? browser : [remembered, ...browser];
  const choice = chooseLocale(new URLSearchParams(window.location.search).get('lang'), preferred);
  await speak(choice);
  document.documentElement.lang = choice.language;
  document.documentElement.dir = textDirection(choice.language);

  // The link's dataset starts loading now, while the app's code is still arriving.
  const launching = import('./app/loading/launchLoad').then(({ startLaunchLoad }) => startLaunchLoad());
  const [{ App }, { installTestApi }, { useNewslineStore }] = await Promise.all([
    import('./app/App'),
    import('./app/testApi'),
    import('./app/store/store'),
    launching,
  ]);
  if (choice.ignoredTag !== null)
    useNewslineStore
      .getState()
      .addNotices([
        t('common.languageIgnored', { tag: choice.ignoredTag, language: LANGUAGE_NAMES[choice.language] }),
      ]);
  installTestApi();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
