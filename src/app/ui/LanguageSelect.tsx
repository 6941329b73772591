// A choice of the shipped languages, each by its own name and marked as its language, so a screen
// reader says "Français" the French way: the header's menu and the Embed dialog's choice.
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../model/i18n/locales';

export function LanguageSelect({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <select
      value={value}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
