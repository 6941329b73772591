// Words many parts of the page share. Keys are `area.meaning`; values are ICU messages.
export const common = {
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.events': '{count, plural, one {# event} other {# events}}',
  'common.languageIgnored':
    'The link asks for the language “{tag}”, which Newsline does not speak yet; it is shown in {language}.',
  'date.between': 'between {after} and {before}',
  'date.before': 'before {date}',
  'date.after': 'after {date}',
  'date.approximately': 'c. {dates}',
  'date.undated': 'undated',
  'date.undatedLabel': 'Undated',
  'common.language': 'Language',
  'common.languageHint': 'The language of the interface; the page opens again in the one you choose',
};
