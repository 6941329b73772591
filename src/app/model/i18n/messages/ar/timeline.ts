import type { timeline as en } from '../en/timeline';
import type { Translation } from '../translation';

export const timeline: Translation<typeof en> = {
  'timeline.label': 'الخط الزمني',
  'timeline.navigatorLabel': 'مستعرض القصة',
  'timeline.zoom': 'التكبير',
  'timeline.zoomIn': 'تكبير',
  'timeline.zoomOut': 'تصغير',
  'timeline.fitAll': 'عرض الكل',
  'timeline.fitShort': 'عرض',
  'timeline.fitRest': ' الكل',
  'timeline.keysNavigator':
    'انقر حدثًا لعرض شريحته؛ ينقلك مفتاحا السهمين الأيمن والأيسر بين الشرائح، وHome وEnd إلى الأولى والأخيرة.',
  'timeline.keysTimeline':
    'استخدم مفتاحي السهمين الأيمن والأيسر للتنقل بين الأحداث حسب التاريخ، وEnter لفتح أولها، وEscape لإغلاق اللوحة.',
  'timeline.periods': 'الفترات',
  'timeline.eraWithDates': '{title}، {dates}',
  'timeline.outOfSight': 'أحداث خارج العرض',
  'timeline.clusterEvents':
    '{count, plural, zero {# حدث} one {# حدث} two {# حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
  'timeline.clusterOngoing':
    '{count, plural, zero {# حدث طويل جارٍ} one {# حدث طويل جارٍ} two {# حدثان طويلان جاريان} few {# أحداث طويلة جارية} many {# حدثًا طويلًا جاريًا} other {# حدث طويل جارٍ}}',
  'timeline.clusterBegun': 'بدأت {dates}',
  'timeline.clusterTitle': '{label}، {dates}. انقر للتكبير.',
  'timeline.tileLabel':
    '{countWords} · {status, select, waiting {كبّر للقراءة} reading {جارٍ القراءة…} other {تعذّرت القراءة}}',
  'timeline.eventTitle': '{date}: {title}',
  'timeline.uncertainDate': 'تاريخ غير مؤكد',
  'timeline.uncertainBadge': 'تاريخ غير مؤكد',
  'timeline.laneTitle': '{lane}: {events}',

  'timeline.verticalLabel': 'الخط الزمني العمودي',
  'timeline.verticalHeading': '{shown}، الأقدم أولًا',
  'timeline.lanesNote':
    'تحتاج المسارات {mode, select, actor {حسب الفاعل} other {حسب النوع}} إلى شاشة أعرض: هنا كل الأحداث على خط واحد، وتذكر كل بطاقة فاعليها.',
  'timeline.noMatch': 'لا حدث يطابق التصفية والبحث.',
  'timeline.showEarlier':
    '{count, plural, zero {عرض # حدث سابق} one {عرض حدث سابق واحد} two {عرض حدثين سابقين} few {عرض # أحداث سابقة} many {عرض # حدثًا سابقًا} other {عرض # حدث سابق}}',
  'timeline.showLater':
    '{count, plural, zero {عرض # حدث لاحق} one {عرض حدث لاحق واحد} two {عرض حدثين لاحقين} few {عرض # أحداث لاحقة} many {عرض # حدثًا لاحقًا} other {عرض # حدث لاحق}}',
  'timeline.undatedHeading': 'غير مؤرخة ({count})',
  'timeline.undatedNote': 'لا يُعرف لهذه الأحداث تاريخ ولا حدّ، لذا لا توضع على الخط الزمني.',

  'timeline.previousEvent': '→ السابق',
  'timeline.nextEvent': 'التالي ←',
  'timeline.position': '{index} من {total}',
  'timeline.hiddenByFilter': 'مخفي بالتصفية',
  'timeline.closePanel': 'إغلاق اللوحة',
  'timeline.editHeading': 'تحرير «{title}»',
  'timeline.periodsOfEvent':
    '{count, plural, zero {الفترات:} one {الفترة:} two {الفترتان:} few {الفترات:} many {الفترات:} other {الفترات:}}',
  'timeline.periodSeparator': '؛ ',
  'timeline.actors': 'الفاعلون',
  'timeline.actorKind':
    '{kind, select, person {شخص} organisation {منظمة} country {دولة} group {جماعة} other {{kind}}}',
  'timeline.stopFilteringBy': 'إيقاف التصفية حسب {name}',
  'timeline.showOnlyWith': 'عرض الأحداث التي تشمل {name} فقط',

  'timeline.quotes': 'اقتباسات',
  'timeline.reportedStatements': 'تصريحات منقولة',
  'timeline.reportedNote': 'بكلمات المراسل، لا بكلمات المتحدث.',
  'timeline.openQuote': '«',
  'timeline.closeQuote': '»',
  'timeline.quoted': '«{text}»',
  'timeline.statementCredit': '— {speaker}، بحسب {source}',
  'timeline.statementCreditNoSource': '— {speaker}',
  'timeline.speakerNotStated': 'المتحدث غير مذكور',
  'timeline.articleWithoutPublisher': 'مقال لا يُذكر ناشره',
  'timeline.sources': 'المصادر',
  'timeline.untitledArticle': 'مقال بلا عنوان',
  'timeline.publisherNotStated': 'الناشر غير مذكور',
  'timeline.via': 'عبر {via}',
  'timeline.opensInNewTab': '(يُفتح في علامة تبويب جديدة)',
  'timeline.published': 'نُشر في {date}',
  'timeline.publicationDateNotStated': 'تاريخ النشر غير مذكور',
  'timeline.noLink': 'لا يتوفر رابط',

  'timeline.imageNotLoaded': 'تعذّر تحميل الصورة.',
  'timeline.openMedia':
    'فتح {type, select, image {الصورة} youtube {الفيديو على YouTube} vimeo {الفيديو على Vimeo} dailymotion {الفيديو على Dailymotion} twitter {المنشور على X (تويتر)} instagram {المنشور على Instagram} flickr {الصورة على Flickr} soundcloud {المقطع الصوتي على SoundCloud} spotify {المقطع الصوتي على Spotify} wikipedia {مقالة ويكيبيديا} documentcloud {المستند} google_maps {الخريطة} other {الرابط}}',
  'timeline.credit': 'الحقوق: {credit}',

  'timeline.story': 'القصة',
  'timeline.currentSlide': 'الشريحة الحالية',
  'timeline.slides': 'الشرائح',
  'timeline.previousSlide': 'الشريحة السابقة',
  'timeline.nextSlide': 'الشريحة التالية',
  'timeline.previous': 'السابقة',
  'timeline.next': 'التالية',
  'timeline.titleSlidePosition':
    '{count, plural, zero {العنوان، لا أحداث} one {العنوان، حدث واحد} two {العنوان، حدثان} few {العنوان، # أحداث} many {العنوان، # حدثًا} other {العنوان، # حدث}}',
  'timeline.storyKicker':
    '{count, plural, zero {قصة بلا أحداث} one {قصة في حدث واحد} two {قصة في حدثين} few {قصة في # أحداث} many {قصة في # حدثًا} other {قصة في # حدث}}',
  'timeline.storyKickerNarrowed':
    '{count, plural, zero {قصة بلا أحداث، مصفّاة حسب {narrowing}} one {قصة في حدث واحد، مصفّاة حسب {narrowing}} two {قصة في حدثين، مصفّاة حسب {narrowing}} few {قصة في # أحداث، مصفّاة حسب {narrowing}} many {قصة في # حدثًا، مصفّاة حسب {narrowing}} other {قصة في # حدث، مصفّاة حسب {narrowing}}}',
  'timeline.storyAllUndated': 'لا تاريخ لأي من هذه الأحداث: تُروى حسب ترتيب عناوينها.',
  'timeline.storySomeUndated':
    '{count, plural, zero {كل هذه الأحداث مؤرخة.} one {واحد منها بلا تاريخ ويأتي أخيرًا، بعد الأحداث المؤرخة.} two {اثنان منها بلا تاريخ ويأتيان أخيرًا، بعد الأحداث المؤرخة.} few {# منها بلا تاريخ وتأتي أخيرًا، بعد الأحداث المؤرخة.} many {# منها بلا تاريخ وتأتي أخيرًا، بعد الأحداث المؤرخة.} other {# منها بلا تاريخ وتأتي أخيرًا، بعد الأحداث المؤرخة.}}',
  'timeline.storyNoMatch': 'لا حدث يطابق التصفية والبحث: غيّرهما لرؤية الشرائح.',
  'timeline.storyUndatedEvent': 'لا تاريخ لهذا الحدث: تعرضه القصة بعد الأحداث المؤرخة.',

  'timeline.printCount': '{shown}، مرتبة حسب التاريخ.',
  'timeline.printCountNarrowed': '{shown}، مرتبة حسب التاريخ، مصفّاة حسب {narrowing}.',
  'timeline.printFirst':
    '{count, plural, zero {لم يُطبع شيء منها؛ صدّرها للاحتفاظ بها.} one {طُبع أولها فقط؛ صدّر الباقي للاحتفاظ به.} two {طُبع أول اثنين منها؛ صدّر الباقي للاحتفاظ به.} few {طُبع أول # منها؛ صدّر الباقي للاحتفاظ به.} many {طُبع أول # منها؛ صدّر الباقي للاحتفاظ به.} other {طُبع أول # منها؛ صدّر الباقي للاحتفاظ به.}}',
  'timeline.printUncertain': '(تاريخ غير مؤكد)',
  'timeline.printSpeakerNotStated': 'المتحدث غير مذكور',
  'timeline.printSeparator': '، ',
  'timeline.printImage': 'صورة: {alt}',
  'timeline.printLink': 'رابط: {label}',

  'timeline.undatedReason': 'لا يذكر النص ولا مقاله تاريخًا.',
  'timeline.precisionUndated': 'لا تاريخ ولا حدّ معروف',
  'timeline.precisionBounded': 'التاريخ غير مذكور في النص',
  'timeline.precisionApproximate':
    '{precision, select, year {تقريبي، بدقة السنة} month {تقريبي، بدقة الشهر} other {تقريبي، بدقة اليوم}}',
  'timeline.precisionExact':
    '{precision, select, year {دقيق حتى السنة} month {دقيق حتى الشهر} other {دقيق حتى اليوم}}',
  'timeline.originEditor': 'أرّخه المحرر الذي أضاف المقال.',
  'timeline.originStated': 'مذكور في النص: «{phrase}»',
  'timeline.originRelative': '«{phrase}» في مقال بتاريخ {published}',
  'timeline.originRelativeUndated': '«{phrase}» في مقاله',
  'timeline.originUndated': '{reason} يُدرج على حدة، تحت «غير مؤرخ»، ولا يوضع على الخط الزمني.',
  'timeline.originUndatedPhrase':
    '{reason} عبارة «{phrase}» لا تحدد تاريخًا. يُدرج على حدة، تحت «غير مؤرخ»، ولا يوضع على الخط الزمني.',
  'timeline.originBounded':
    'لا يذكر النص تاريخًا؛ يُعرف فقط أنه {bounds, select, after {بعد {after}} before {قبل {before}} other {بعد {after} وقبل {before}}}.',
  'timeline.originBoundedPhrase':
    'لا يذكر النص تاريخًا («{phrase}»)؛ يُعرف فقط أنه {bounds, select, after {بعد {after}} before {قبل {before}} other {بعد {after} وقبل {before}}}.',
  'timeline.drawnBack': 'يرسمه الخط الزمني منتهيًا عند {before}، وممتدًا إلى الوراء حتى {after}.',
  'timeline.drawnBackOpen': 'يرسمه الخط الزمني منتهيًا عند {before}، وممتدًا إلى الماضي.',
  'timeline.drawnForward': 'يرسمه الخط الزمني ممتدًا من {after} حتى وقت الإبلاغ عنه.',

  'timeline.windowTooWide':
    '{years, plural, zero {لا يعرض الخط الزمني أكثر من # سنة في آن واحد} one {لا يعرض الخط الزمني أكثر من سنة واحدة في آن واحد} two {لا يعرض الخط الزمني أكثر من سنتين في آن واحد} few {لا يعرض الخط الزمني أكثر من # سنوات في آن واحد} many {لا يعرض الخط الزمني أكثر من # سنة في آن واحد} other {لا يعرض الخط الزمني أكثر من # سنة في آن واحد}}',
  'timeline.windowEmpty': 'لا يقع أي حدث بينهما',
};
