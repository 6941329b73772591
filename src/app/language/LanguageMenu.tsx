// The interface's language, for the reader to change: each language by its own name. The choice
// goes in the link (`lang=`) and is remembered for the next visit; the page opens again in it: edits, kept timelines and pasted
// articles are kept in this browser as they are made, so nothing is lost.
import { interfaceLanguage, t } from '../model/i18n/intl';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, rememberLanguage } from '../model/i18n/locales';

export function LanguageMenu() {
  const current = interfaceLanguage();
  const choose = (language: string) => {
    if (!isLanguage(language) || language === current) return;
    rememberLanguage(language);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language);
    window.location.assign(url.href);
  };
  return (
    <label className="language-menu" title={t('common.languageHint')}>
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={current} onChange={(event) => choose(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
