// The interface's language, for the reader to change. The choice goes in the link (`lang=`) and is
// remembered for the next visit; the page opens again in it: edits, kept timelines and pasted
// articles are kept in this browser as they are made, so nothing is lost.
import { interfaceLanguage, t } from '../model/i18n/intl';
import { rememberLanguage, type Language } from '../model/i18n/locales';
import { LanguageSelect } from '../ui/LanguageSelect';
import { pageAddress } from '../ui/pageAddress';

export function LanguageMenu() {
  const current = interfaceLanguage();
  const choose = (language: Language) => {
    if (language === current) return;
    rememberLanguage(language);
    // The view as the reader last changed it, even if the address bar has not caught up yet.
    const url = pageAddress().current();
    url.searchParams.set('lang', language);
    window.location.assign(url.href);
  };
  return (
    <label className="language-menu" title={t('common.languageHint')}>
      <span className="visually-hidden">{t('common.language')}</span>
      <LanguageSelect value={current} onChange={choose} />
    </label>
  );
}
