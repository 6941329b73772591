import type { common as en } from '../en/common';
import type { Translation } from '../translation';

export const common: Translation<typeof en> = {
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.events': '{count, plural, one {# événement} other {# événements}}',
  'common.languageIgnored':
    'Le lien demande la langue « {tag} », que Newsline ne parle pas encore ; il s’affiche en {language}.',
  'date.between': 'entre {after} et {before}',
  'date.before': 'avant {date}',
  'date.after': 'après {date}',
  'date.approximately': 'vers {dates}',
  'date.undated': 'non daté',
  'date.undatedLabel': 'Non daté',
  'common.language': 'Langue',
  'common.languageHint': 'La langue de l’interface ; la page se rouvre dans celle que vous choisissez',
};
