// Entry point: starts loading the link's dataset, chooses the interface's language (the link's
// `lang`, else the one the reader chose before, else the browser's), loads its words, then mounts
// the app. The app's modules (React among them) are imported only once the language is set, so
// none can word anything in another. The entry holds only the start of the load (the language
// choice, the link's reading, the worker's start), so that load starts as soon as the page runs;
// none of it words anything on the page before the app takes the load over.
import { chooseLocale, LANGUAGE_NAMES, rememberedLanguage, textDirection } from './app/model/i18n/locales';
import { speak, t } from './app/model/i18n/intl';
import { startLaunchLoad } from './app/loading/launchLoad';
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
  // The link's dataset starts loading now, while the page's words and the app's code arrive.
  startLaunchLoad(choice);
  await speak(choice);
  document.documentElement.lang = choice.language;
  document.documentElement.dir = textDirection(choice.language);
  const { mountApp } = await import('./app/mountApp');
  const notices =
    choice.ignoredTag === null
      ? []
      : [t('common.languageIgnored', { tag: choice.ignoredTag, language: LANGUAGE_NAMES[choice.language] })];
  mountApp(root, notices);
}

void start();
