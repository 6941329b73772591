import type { article as en } from '../en/article';
import type { Translation } from '../translation';

export const article: Translation<typeof en> = {
  'article.add': 'إضافة مقال',
  'article.restored': 'احتُفظ في هذا المتصفح بالمقال الذي لم تُكمله، وها هو.',
  'article.startAfresh': 'البدء من جديد',
  'article.text': 'نص المقال',
  'article.textPlaceholder': 'الصق المقال هنا، فقرة في كل سطر.',
  'article.publisher': 'الناشر',
  'article.publisherExample': 'الأهرام',
  'article.published': 'تاريخ النشر',
  'article.headline': 'العنوان الرئيسي',
  'article.address': 'الرابط',
  'article.addressExample': 'https://…',
  'article.formHelp':
    'اكتب التاريخ بصيغة 2025 أو 2025-03 أو 2025-03-30، إذ تُفهم عبارة مثل «العام الماضي» في النص بالنسبة إليه. اترك فارغًا ما لا تعرفه، فلا شيء يُخمَّن. يُقرأ المقال في هذا المتصفح، ولا يُرسَل أي شيء إلى أي مكان.',
  'article.reading': 'جارٍ قراءة المقال…',
  'article.adding': 'جارٍ الإضافة…',
  'article.findEvents': 'استخراج الأحداث',
  'article.noText': 'الصق نص المقال.',
  'article.badPublished': 'اكتب تاريخ النشر بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD (مثل 2025-03-30).',
  'article.badAddress': 'يجب أن يبدأ الرابط بـ http:// أو https://.',
  'article.unread': 'تعذّرت قراءة المقال.',
  'article.noEvent': 'لم يُعثر على أي حدث: لا جملة في النص تروي حدثًا.',
  'article.noTextYet': 'لا يوجد نص: الصق نص المقال أولًا.',
  'article.fieldProblem':
    '{field, select, id {معرّف مصدر} publisher {ناشر} title {عنوان} url {رابط} published {تاريخ نشر} other {تفاصيل}} المقال: {problem}',
  'article.pipelineProblem': 'المقال: {problem}',
  'article.extractorFailed': 'تعطّل الاستخراج: {error}',
  'article.reviewFound':
    '{total, plural, zero {لم يُعثر على أي حدث في المقال.} one {عُثر على حدث واحد في المقال.} two {عُثر على حدثين في المقال.} few {عُثر على # أحداث في المقال.} many {عُثر على # حدثًا في المقال.} other {عُثر على # حدث في المقال.}}',
  'article.reviewUndated':
    '{which, select, single {ليس له تاريخ: حدّد له تاريخًا، أو أبقِه بلا تاريخ.} all {لا تاريخ لأيٍّ منها: حدّد لكلٍّ منها تاريخًا، أو أبقِها بلا تاريخ.} other {{undated, plural, zero {لا حدث منها بلا تاريخ.} one {حدث واحد منها بلا تاريخ: حدّد له تاريخًا، أو أبقِه بلا تاريخ.} two {حدثان منها بلا تاريخ: حدّد لكلٍّ منهما تاريخًا، أو أبقِهما بلا تاريخ.} few {# أحداث منها بلا تاريخ: حدّد لكلٍّ منها تاريخًا، أو أبقِها بلا تاريخ.} many {# حدثًا منها بلا تاريخ: حدّد لكلٍّ منها تاريخًا، أو أبقِها بلا تاريخ.} other {# حدث منها بلا تاريخ: حدّد لكلٍّ منها تاريخًا، أو أبقِها بلا تاريخ.}}}}',
  'article.reviewKeep': 'أبقِ كل حدث أو غيّر عنوانه أو تاريخه؛ وما تستبعده لن يُضاف.',
  'article.back': '→ العودة إلى المقال',
  'article.addKept':
    '{count, plural, zero {لا أحداث للإضافة} one {إضافة حدث واحد إلى الخط الزمني} two {إضافة حدثين إلى الخط الزمني} few {إضافة # أحداث إلى الخط الزمني} many {إضافة # حدثًا إلى الخط الزمني} other {إضافة # حدث إلى الخط الزمني}}',
  'article.keepEvent': 'الإبقاء على الحدث {number}',
  'article.title': 'العنوان',
  'article.date': 'التاريخ',
  'article.datePlaceholder': 'مثل 2025-03-28',
  'article.until': 'حتى (لفترة ممتدة)',
  'article.foundUndated':
    'المُستخرَج: بلا تاريخ. {reason}{hasPhrase, select, yes { عبارة «{phrase}» لا تحدد تاريخًا.} other {}} اترك التاريخ فارغًا لإبقائه بلا تاريخ (يُدرَج بمعزل عن الخط الزمني)، أو حدّد له تاريخًا.',
  'article.foundBounded': 'المُستخرَج: {date} (لا يذكر النص تاريخًا؛ اتركه فارغًا للإبقاء على هذا الحد)',
  'article.foundDate': 'المُستخرَج: {date}',
  'article.noActor': 'لم يُعثر على أي فاعل',
  'article.quotes':
    '{count, plural, zero {لا اقتباسات} one {اقتباس واحد} two {اقتباسان} few {# اقتباسات} many {# اقتباسًا} other {# اقتباس}}',
  'article.reported':
    '{count, plural, zero {لا تصريحات منقولة} one {تصريح منقول واحد} two {تصريحان منقولان} few {# تصريحات منقولة} many {# تصريحًا منقولًا} other {# تصريح منقول}}',
  'article.eventProblem': 'الحدث {number}: {problem}',
  'article.needsTitle': 'أعطه عنوانًا.',
  'article.notADate': '«{value}» ليس تاريخًا مثل 2025 أو 2025-03 أو 2025-03-28.',
  'article.needsDate': 'حدّد له تاريخًا (يذكر المقال {date}).',
  'article.spanNeedsStart': 'الفترة الممتدة تحتاج أيضًا إلى تاريخ بدايتها.',
  'article.spanBackwards': 'الفترة تنتهي قبل أن تبدأ.',
  'article.opening': 'جارٍ فتح «{name}»…',
  'article.checkingEvents': 'جارٍ التحقق من الأحداث…',
  'article.arrivingEvents':
    'الأحداث التي تُحقق منها حتى الآن معروضة على الخط الزمني، والبقية تلحق بها عند التحقق منها.',
  'article.wholeTimelineFirst': 'متاح بعد وصول الخط الزمني كاملًا',
  'article.checkingDataset': 'التحقق من مجموعة البيانات',
  'article.recordsOf':
    '{checked, number} من {total, plural, zero {لا سجلات} one {سجل واحد} two {سجلين} few {# سجلات} many {# سجلًا} other {# سجل}}',
  'article.recordsChecked':
    '{count, plural, zero {لم يُتحقق من أي سجل} one {تُحقق من سجل واحد} two {تُحقق من سجلين} few {تُحقق من # سجلات} many {تُحقق من # سجلًا} other {تُحقق من # سجل}}',
  'article.loadingEvents': 'جارٍ تحميل الأحداث…',
  'article.loadingDataset': 'تحميل مجموعة البيانات',
  'article.kilobytes': '{size, number} كيلوبايت',
  'article.megabytes': '{size, number} ميغابايت',
  'article.sizeOf': '{loaded} من {total}',
  'article.couldNotOpen': 'تعذّر فتح «{name}»',
  'article.loadFailed': 'تعذّر تحميل الخط الزمني',
  'article.fileLabel': 'الملف:',
  'article.backToTimeline': 'العودة إلى الخط الزمني',
  'article.skipped':
    '{count, plural, zero {لم يُستبعد أي سجل غير صالح من هذا الخط الزمني} one {استُبعد سجل واحد غير صالح من هذا الخط الزمني} two {استُبعد سجلان غير صالحين من هذا الخط الزمني} few {استُبعدت # سجلات غير صالحة من هذا الخط الزمني} many {استُبعد # سجلًا غير صالح من هذا الخط الزمني} other {استُبعد # سجل غير صالح من هذا الخط الزمني}}؛ ويُعرض كل ما هو صالح.',
  'article.convertedWithNotes':
    'فُتح «{name}» بصيغة {format}: {count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظةً} other {# ملاحظة}} على ما تعذّر الاحتفاظ به.',
  'article.convertedWhole': 'فُتح «{name}» بصيغة {format} دون فقدان أي شيء.',
  'article.openTitle': 'فتح ملف Newsline أو TimelineJS أو CSV',
  'article.open': 'فتح…',
  'article.openLabel': 'فتح ملف خط زمني: JSON من Newsline أو JSON من TimelineJS أو CSV',
  'article.dropHere': 'أفلت الملف لفتحه هنا',
  'article.dropFormats': 'JSON من Newsline أو JSON من TimelineJS أو CSV بتخطيط TimelineJS',
  'article.thisLink': 'هذا الرابط',
  'article.linkUnreadable': 'تعذّر فتح الخط الزمني الذي يحمله هذا الرابط.',
  'article.editedTimeline': 'الخط الزمني المعدَّل',
  'article.tooLarge':
    'حجم مجموعة البيانات {exact, select, yes {{size}} other {يتجاوز {size}}}، ويقرأ Newsline مجموعات البيانات حتى {limit}{streamedLimit, select, none {} other { (وحتى {streamedLimit} لملف JSON الخاص به حين تأتي الأحداث في آخره كما يكتبه Newsline)}}. قسّمها إلى ملفات أصغر، أو صفّها قبل فتحها.',
  'article.interrupted': 'انقطع تنزيل مجموعة البيانات. أعد تحميل الصفحة للمحاولة مجددًا.',
  'article.triedTwice': '{summary} جُرّبت مرتين.',
  'article.timedOut':
    'لم تصل مجموعة البيانات خلال {seconds, number} ثانية. تحقق من اتصالك وأعد تحميل الصفحة.',
  'article.unreachable':
    'تعذّر الوصول إلى مجموعة البيانات: الشبكة غير متصلة، أو رفضها الخادم (يجب أن تسمح مجموعة البيانات على موقع آخر بـ CORS). تحقق من الرابط ومن اتصالك، ثم أعد تحميل الصفحة.',
  'article.serverAnswered': 'ردّ الخادم بالرمز {status} على طلب مجموعة البيانات.',
  'article.serverNotFound':
    'ردّ الخادم بالرمز {status} على طلب مجموعة البيانات. تحقق من رابط مجموعة البيانات.',
  'article.unreadableFile': 'تعذّرت قراءة الملف. هل ما زال في مكانه؟',
  'article.loadingStopped': 'أُوقف التحميل.',
  'article.arrivedIncomplete': 'وصلت مجموعة البيانات ناقصة.',
  'article.notJson': 'الملف ليس JSON صالحًا.',
  'article.tooLargeForBrowser': 'تعذّرت قراءة مجموعة البيانات: ربما كانت أكبر مما يحتمله هذا المتصفح.',
  'article.twoEventLists': 'في الملف قائمتا «events»، ولمجموعة بيانات Newsline قائمة واحدة.',
  'article.cutShort': 'ينتهي الملف في منتصف JSON الخاص به: لقد اقتُطع.',
  'article.commaBeforeFirst': 'فاصلة قبل الحدث الأول.',
  'article.commaAfterLast': 'فاصلة بعد الحدث الأخير.',
  'article.missingComma': 'لا فاصلة بين الحدث {number} والحدث الذي يليه.',
  'article.notADataset':
    'يحوي الملف JSON لكنه ليس مجموعة بيانات Newsline: يجب أن يكون كائنًا فيه «schemaVersion» و«sources» و«actors» و«events».',
  'article.noSchemaVersion': 'لا يحوي الملف «schemaVersion»: ليس مجموعة بيانات Newsline.',
  'article.otherSchemaVersion':
    'يستخدم الملف schemaVersion {found}، لكن هذا الإصدار من Newsline يقرأ schemaVersion {expected}.',
  'article.notAList': 'مفقود أو ليس قائمة (المتوقع مصفوفة من {list})',
  'article.missingField': 'مفقود (المتوقع {expected})',
  'article.duplicateId': 'المعرّف "{id}" مكرر: لا يُحتفظ إلا بالأول',
  'article.andMoreIssues': '{problem} (و{count, number} غيرها)',
  'article.andMoreProblems': '…و{count, number} غيرها',
  'article.noEvents': 'لا أحداث في الملف.',
  'article.noValidEvent': 'لا حدث صالحًا بين أحداث الملف.',
  'article.invalidDataset':
    'الملف ليس مجموعة بيانات Newsline صالحة ({count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}).',
  'article.manifestTooLarge': 'يتجاوز بيان المربعات {limit}، ويقرأ Newsline البيانات حتى {limit}.',
  'article.manifestNotJson': 'بيان المربعات ليس JSON: {error}.',
  'article.notAManifest':
    'هذا ليس بيان مربعات من Newsline ({count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}).',
  'article.tilesAllRead':
    '{periods, plural, zero {لا فترات مقروءة} one {قُرئت الفترة الوحيدة} two {قُرئت الفترتان كلتاهما} few {قُرئت الفترات الـ# كلها} many {قُرئت الفترات الـ# كلها} other {قُرئت الفترات الـ# كلها}}: {events, plural, zero {لا أحداث مؤرخة} one {حدث مؤرخ واحد} two {حدثان مؤرخان} few {# أحداث مؤرخة} many {# حدثًا مؤرخًا} other {# حدث مؤرخ}}.',
  'article.tilesSomeRead':
    'قُرئ {read, number} من {events, plural, zero {لا أحداث} one {حدث واحد} two {حدثين} few {# أحداث} many {# حدثًا} other {# حدث}} ({readPeriods, number} من {periods, plural, zero {لا فترات} one {فترة واحدة} two {فترتين} few {# فترات} many {# فترةً} other {# فترة}}).',
  'article.tilesReading':
    'جارٍ قراءة {count, plural, zero {لا فترات} one {فترة واحدة} two {فترتين} few {# فترات} many {# فترةً} other {# فترة}}…',
  'article.tilesFailed':
    '{count, plural, zero {لا فترات تعذّرت قراءتها} one {تعذّرت قراءة فترة واحدة} two {تعذّرت قراءة فترتين} few {تعذّرت قراءة # فترات} many {تعذّرت قراءة # فترةً} other {تعذّرت قراءة # فترة}}: {reason}',
  'article.tilesHint': 'كبّر فترةً لقراءتها؛ يشمل البحث وأعداد الفاعلين الفترات المقروءة فقط.',
  'article.tileCount':
    '{state, select, searching {{count, plural, zero {لا أحداث، لم يُبحث فيها بعد} one {حدث واحد، لم يُبحث فيه بعد} two {حدثان، لم يُبحث فيهما بعد} few {# أحداث، لم يُبحث فيها بعد} many {# حدثًا، لم يُبحث فيها بعد} other {# حدث، لم يُبحث فيها بعد}}} unfiltered {{count, plural, zero {لا أحداث، لم تُصفَّ بعد} one {حدث واحد، لم يُصفَّ بعد} two {حدثان، لم يُصفَّيا بعد} few {# أحداث، لم تُصفَّ بعد} many {# حدثًا، لم تُصفَّ بعد} other {# حدث، لم تُصفَّ بعد}}} atMost {{count, plural, zero {لا أحداث} one {حتى حدث واحد} two {حتى حدثين} few {حتى # أحداث} many {حتى # حدثًا} other {حتى # حدث}}} other {{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}}}',
};
