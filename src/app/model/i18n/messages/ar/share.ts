import type { share as en } from '../en/share';
import type { Translation } from '../translation';

export const share: Translation<typeof en> = {
  // التضمين
  'share.embed': 'تضمين',
  'share.embedTitle': 'تضمين هذا الخط الزمني',
  'share.embedNoAddress':
    '{from, select, file {فُتح هذا الخط الزمني من «{name}» على هذا الحاسوب} other {عُدِّل هذا الخط الزمني في هذه الصفحة}}، ولا يعرض التضمين إلا مجموعة بيانات منشورة على الويب. صدِّره بصيغة Newsline JSON، وانشر الملف على الإنترنت، وافتحه هنا بإضافة {parameter} متبوعًا بعنوانه، ثم ضمِّنه.',
  'share.keptLegend': 'يُفتح التضمين على',
  'share.keptEvent': 'الحدث المحدد',
  'share.keptFilter': 'تصفية الجهات والبحث',
  'share.keptWindow': 'الفترة الزمنية المعروضة',
  'share.width': 'العرض',
  'share.widthFull': 'العرض الكامل (100%)',
  'share.widthPixels': '{width, number, ::group-off} بكسل',
  'share.heightPixels': 'الارتفاع (بكسل)',
  'share.language': 'اللغة',
  'share.origin': 'أصل موقعك (اختياري: يتيح لصفحتك التحكم في الخط الزمني)',
  'share.originHelp': 'لا تُتبادل الرسائل إلا مع هذا الأصل.',
  'share.originInvalid': 'اكتب أصلًا مثل {example}، من دون مسار.',
  'share.viewLegend': 'طريقة العرض',
  'share.modeTimeline': 'الخط الزمني',
  'share.modeStory': 'قصة، حدث تلو الآخر',
  'share.suggested': '{mode, select, story {(مقترحة)} other {(مقترح)}}',
  'share.storyBelow': 'اقتراح القصة للإطارات الأضيق أو الأقصر من (بكسل)',
  'share.code': 'الشيفرة التي تلصقها في صفحتك',
  'share.copyCode': 'نسخ الشيفرة',
  'share.previewFullWidth': 'معاينة بالعرض الكامل × {height, number, ::group-off} بكسل',
  'share.previewAt': 'معاينة بعرض {width, number, ::group-off} × {height, number, ::group-off} بكسل',
  'share.preview': 'معاينة',
  'share.previewFrame': 'معاينة الخط الزمني المضمَّن',
  'share.frameTitle': 'خط زمني: {title}',
  // التصدير
  'share.export': 'تصدير',
  'share.exportTitle': 'تصدير هذا الخط الزمني',
  'share.formatLegend': 'الصيغة',
  'share.formatNewsline': 'Newsline JSON',
  'share.formatTimelinejs': 'TimelineJS JSON',
  'share.formatCsv': 'CSV (جدول TimelineJS)',
  'share.formatNewslineHelp': 'كل شيء: التواريخ والجهات والاقتباسات والمصادر والمقتطفات. يُفتح في Newsline.',
  'share.formatTimelinejsHelp': 'لـ TimelineJS: الأحداث بتواريخها وعناوينها ونصوصها.',
  'share.formatCsvHelp': 'أعمدة جدول TimelineJS: يُفتح في برنامج جداول أو في TimelineJS.',
  'share.eventsLegend': 'الأحداث',
  'share.allEvents':
    '{count, plural, zero {لا أحداث} one {الحدث الوحيد} two {الحدثان كلاهما} few {جميع الأحداث الـ#} many {جميع الأحداث الـ#} other {جميع الأحداث الـ#}}',
  'share.onlyShown': '{shown} معروضة، ضيّقها {narrowing}',
  'share.onlyShownNone': 'الأحداث المعروضة فقط (لا تصفية للجهات ولا بحث: فهي كل الأحداث)',
  'share.cannotHold': 'لا تتسع صيغة {format} لما يلي، فيُسقطه هذا الملف:',
  'share.download': 'تنزيل {fileName}',
  'share.downloadedEvents':
    'نُزِّل {fileName}: {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}.',
  'share.madeHere': 'تُنشأ الملفات والصور في هذا المتصفح؛ ولا يُرسَل شيء إلى أي مكان.',
  'share.csvNoIds':
    'لا يحوي الجدول عمودًا لمعرّفات {eras, select, yes {الأحداث والحقب} other {الأحداث}}: فهي تُنشأ من جديد من العناوين عند فتحه.',
  // مشاركة صورة
  'share.pictures': 'مشاركة صورة',
  'share.png': 'PNG للعرض الحالي',
  'share.svg': 'SVG للخط الزمني المصفّى كله',
  'share.print': 'طباعة أو حفظ PDF…',
  'share.picturesHelp':
    'صورة PNG هي ما يعرضه الخط الزمني الآن؛ أما SVG وPDF فيضمّان {count, plural, zero {الأحداث} one {الحدث الوحيد} two {الحدثين} few {الأحداث الـ#} many {الأحداث الـ#} other {الأحداث الـ#}} التي تعرضها تصفية الجهات والبحث، مرتبة حسب التاريخ. ويحمل كل منها العنوان وناشري مصادره ويوم التصدير. لإنشاء PDF، اختر «حفظ بتنسيق PDF» طابعةً.',
  'share.picturesHelpFirst':
    'صورة PNG هي ما يعرضه الخط الزمني الآن؛ أما SVG وPDF فيضمّان {count, plural, zero {الأحداث} one {الحدث الوحيد} two {الحدثين} few {الأحداث الـ#} many {الأحداث الـ#} other {الأحداث الـ#}} التي تعرضها تصفية الجهات والبحث، مرتبة حسب التاريخ (أول {count, number} من {shown, number}). ويحمل كل منها العنوان وناشري مصادره ويوم التصدير. لإنشاء PDF، اختر «حفظ بتنسيق PDF» طابعةً.',
  'share.drawing': 'جارٍ رسم الصورة…',
  'share.downloadedView': 'نُزِّل {fileName}: العرض الحالي.',
  'share.drawingFailed':
    'تعذّر رسم الصورة: {reason}. قد توقف الرسمَ صورةٌ من موقع آخر لا يسمح بذلك؛ أما تصدير البيانات أعلاه فما زال يعمل.',
  'share.noView': 'العرض ليس على الصفحة',
  'share.noEvents': 'لا أحداث في الخط الزمني لترتيبها',
  'share.noCanvas': 'هذا المتصفح لا يستطيع الرسم على لوحة',
  'share.emptyPicture': 'خرجت الصورة فارغة',
  // شريط أسفل الصورة
  'share.credits': 'المصادر: {publishers}',
  'share.creditsNone': 'المصادر: لا ناشر تذكره الأحداث المعروضة',
  'share.morePublishers':
    '{count, plural, zero {لا ناشرين آخرين} one {ناشر آخر} two {ناشران آخران} few {# ناشرين آخرين} many {# ناشرًا آخر} other {# ناشر آخر}}',
  'share.exportedOn': 'صُدِّر من Newsline في {date}',
  'share.fileNameFallback': 'خط-زمني',
};
