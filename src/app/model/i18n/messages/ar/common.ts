import type { common as en } from '../en/common';
import type { Translation } from '../translation';

export const common: Translation<typeof en> = {
  'common.close': 'إغلاق',
  'common.cancel': 'إلغاء',
  'common.events':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
  'common.languageIgnored':
    'يطلب الرابط اللغة «{tag}» التي لا يتحدثها Newsline بعد؛ لذا يُعرض باللغة {language}.',
  'date.between': 'بين {after} و{before}',
  'date.before': 'قبل {date}',
  'date.after': 'بعد {date}',
  'date.approximately': 'نحو {dates}',
  'date.undated': 'غير مؤرخ',
  'date.undatedLabel': 'غير مؤرخ',
  'common.language': 'اللغة',
  'common.languageHint': 'لغة الواجهة؛ تُفتح الصفحة من جديد باللغة التي تختارها',
};
