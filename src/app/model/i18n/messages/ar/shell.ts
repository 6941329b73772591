import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell: Translation<typeof en> = {
  'shell.documentTitle': '{title} · Newsline',
  'shell.mode': 'الوضع',
  'shell.view': 'العرض',
  'shell.timeline': 'الخط الزمني',
  'shell.story': 'القصة',
  'shell.list': 'القائمة',
  'shell.myTimelines': 'خطوطي الزمنية',
  'shell.actors': 'الجهات الفاعلة',
  'shell.navigatorFailed': 'تعذّر رسم شريط التنقل في هذا المتصفح.',
  'shell.timelineFailed': 'تعذّر رسم الخط الزمني في هذا المتصفح؛ وهذه الأحداث نفسها في قائمة.',
  'shell.addedNotKept':
    'لا يستطيع هذا المتصفح الاحتفاظ بالأحداث المضافة: نزّل الخط الزمني (تصدير) قبل المغادرة.',
  'shell.openFullTimeline': 'فتح الخط الزمني كاملًا',
  'shell.opensInNewTab': '(يُفتح في علامة تبويب جديدة)',
  'shell.dialogFailedTitle': 'تعذّر فتح «{dialog}»',
  'shell.dialogFailed':
    'تعذّر تحميل هذا الجزء من Newsline: ربما انقطع الاتصال، أو نُشر إصدار جديد. أعد تحميل الصفحة لتحاول مجددًا؛ الخط الزمني المعروض لن يتأثر.',
  'shell.copied': 'نُسخ إلى الحافظة.',
  'shell.copyBySelection': 'تم تحديد الكل: اضغط Ctrl+C (⌘C) للنسخ.',
  'shell.notices.dismiss': 'إخفاء التنبيه',
  'shell.notices.count':
    '{count, plural, zero {لا تنبيهات بشأن هذا الرابط} one {تنبيه واحد بشأن هذا الرابط} two {تنبيهان بشأن هذا الرابط} few {# تنبيهات بشأن هذا الرابط} many {# تنبيهًا بشأن هذا الرابط} other {# تنبيه بشأن هذا الرابط}}',
  'shell.notices.show': 'عرض',
  'shell.notices.hide': 'إخفاء',
  'shell.notices.dismissAll': 'إخفاء الكل',
  'shell.announce.opened': 'فُتح: {title}، {date}.',
  'shell.announce.shown': 'المعروض: {events}.',
  'shell.announce.shownNarrowed': 'المعروض: {events}، بعد التصفية حسب {narrowing}.',
  'shell.cue.earlier':
    '{count, plural, zero {# أقدم} one {حدث أقدم} two {حدثان أقدم} few {# أحداث أقدم} many {# حدثًا أقدم} other {# حدث أقدم}}',
  'shell.cue.later':
    '{count, plural, zero {# أحدث} one {حدث أحدث} two {حدثان أحدث} few {# أحداث أحدث} many {# حدثًا أحدث} other {# حدث أحدث}}',
  'shell.cue.above':
    '{count, plural, zero {# أخرى في الأعلى} one {حدث آخر في الأعلى} two {حدثان آخران في الأعلى} few {# أحداث أخرى في الأعلى} many {# حدثًا آخر في الأعلى} other {# حدث آخر في الأعلى}}',
  'shell.cue.below':
    '{count, plural, zero {# أخرى في الأسفل} one {حدث آخر في الأسفل} two {حدثان آخران في الأسفل} few {# أحداث أخرى في الأسفل} many {# حدثًا آخر في الأسفل} other {# حدث آخر في الأسفل}}',
  'shell.cue.earlierWords':
    '{count, plural, zero {أقدم} one {أقدم} two {أقدم} few {أقدم} many {أقدم} other {أقدم}}',
  'shell.cue.laterWords':
    '{count, plural, zero {أحدث} one {أحدث} two {أحدث} few {أحدث} many {أحدث} other {أحدث}}',
  'shell.cue.aboveWords':
    '{count, plural, zero {أخرى في الأعلى} one {أخرى في الأعلى} two {أخرى في الأعلى} few {أخرى في الأعلى} many {أخرى في الأعلى} other {أخرى في الأعلى}}',
  'shell.cue.belowWords':
    '{count, plural, zero {أخرى في الأسفل} one {أخرى في الأسفل} two {أخرى في الأسفل} few {أخرى في الأسفل} many {أخرى في الأسفل} other {أخرى في الأسفل}}',
  'shell.search.label': 'البحث في الأحداث',
  'shell.search.placeholder': 'كلمات، أسماء، اقتباسات…',
  'shell.search.searching': 'جارٍ البحث…',
  'shell.search.noMatch': 'لا يطابق البحثَ أيُّ حدث.',
  'shell.search.matches':
    '{count, plural, zero {لا أحداث مطابقة.} one {حدث واحد مطابق.} two {حدثان مطابقان.} few {# أحداث مطابقة.} many {# حدثًا مطابقًا.} other {# حدث مطابق.}}',
  'shell.search.leftOut': 'أُهملت الكلمات الشائعة: {words}.',
  'shell.search.wordSeparator': '، ',
  'shell.search.onlyCommonWords': 'كلمات شائعة فقط: بُحث عنها ككلمات كاملة.',
  'shell.shown.all':
    '{count, plural, zero {لا أحداث} one {الحدث الوحيد} two {الحدثان كلاهما} few {جميع الأحداث (#)} many {جميع الأحداث (#)} other {جميع الأحداث (#)}}',
  'shell.shown.some':
    '{shown} من {total, plural, zero {# حدث} one {حدث واحد} two {حدثين} few {# أحداث} many {# حدثًا} other {# حدث}}',
  'shell.shown.allSoFar':
    '{count, plural, zero {لا أحداث حتى الآن، والمزيد في الطريق} one {حدث واحد حتى الآن، والمزيد في الطريق} two {حدثان حتى الآن، والمزيد في الطريق} few {# أحداث حتى الآن، والمزيد في الطريق} many {# حدثًا حتى الآن، والمزيد في الطريق} other {# حدث حتى الآن، والمزيد في الطريق}}',
  'shell.shown.someSoFar':
    '{shown} من {total, plural, zero {# حدث} one {حدث واحد} two {حدثين} few {# أحداث} many {# حدثًا} other {# حدث}} حتى الآن، والمزيد في الطريق',
  'shell.narrowing.actors':
    '{count, plural, zero {الجهات الفاعلة {names}} one {الجهة الفاعلة {names}} two {الجهتان الفاعلتان {names}} few {الجهات الفاعلة {names}} many {الجهات الفاعلة {names}} other {الجهات الفاعلة {names}}}',
  'shell.narrowing.moreActors':
    '{count, plural, zero {# أخرى} one {واحدة أخرى} two {اثنتان أخريان} few {# أخرى} many {# أخرى} other {# أخرى}}',
  'shell.narrowing.search': 'البحث عن «{query}»',
  'shell.narrowing.both': '{actors} و{search}',
  'shell.narrowedBy': 'التصفية حسب {narrowing}.',
  'shell.filter.title': 'التصفية حسب الجهة',
  'shell.filter.clear': 'مسح',
  'shell.filter.kind':
    '{kind, select, person {شخص} organisation {منظمة} country {دولة} group {جماعة} other {{kind}}}',
  'shell.filter.eventsAfterCount':
    '{count, plural, zero {حدث} one {حدث} two {حدث} few {أحداث} many {حدثًا} other {حدث}}',
  'shell.lanes.label': 'المسارات',
  'shell.lanes.hint':
    'المسارات حسب الجهة: مسار لكل جهة مختارة ضمن «الجهات الفاعلة» (إن لم تُختر أي جهة: الأكثر حضورًا)',
  'shell.lanes.none': 'بلا مسارات',
  'shell.lanes.byActor': 'حسب الجهة',
  'shell.lanes.byKind': 'حسب النوع',
  'shell.lanes.people': 'أشخاص',
  'shell.lanes.organisations': 'منظمات',
  'shell.lanes.countries': 'دول',
  'shell.lanes.groups': 'جماعات',
  'shell.lanes.other': 'أخرى',
  'shell.lanes.noActor': 'بلا جهة',
  'shell.list.title': '{events}، بالترتيب الزمني',
  'shell.list.titleUndatedLast': '{events}، بالترتيب الزمني، وغير المؤرخة في الآخر',
  'shell.list.range': 'عرض {first}–{last} من {total}',
  'shell.list.showEarlier':
    '{count, plural, zero {لا أحداث أقدم} one {عرض حدث أقدم} two {عرض حدثين أقدم} few {عرض # أحداث أقدم} many {عرض # حدثًا أقدم} other {عرض # حدث أقدم}}',
  'shell.list.showLater':
    '{count, plural, zero {لا أحداث أخرى} one {عرض حدث آخر} two {عرض حدثين آخرين} few {عرض # أحداث أخرى} many {عرض # حدثًا آخر} other {عرض # حدث آخر}}',
  'shell.list.undated': 'غير مؤرخة ({count})',
  'shell.list.undatedNote': 'لا يُعرف لهذه الأحداث تاريخ ولا حدّ، لذا لا توضع على الخط الزمني.',
  'shell.list.uncertainDate': 'تاريخ غير مؤكد',
  'shell.list.media': '{kind, select, image {مع صورة} other {مع رابط: {link}}}',
  'shell.list.mediaCredited':
    '{kind, select, image {مع صورة — {credits}} other {مع رابط: {link} — {credits}}}',
  'shell.undated.title': 'غير مؤرخة ({count}):',
  'shell.undated.hint': 'لا تاريخ ولا حدّ معروف، ليست على الخط الزمني',
  'shell.undated.showMore':
    '{count, plural, zero {لا أحداث أخرى غير مؤرخة} one {عرض حدث آخر غير مؤرخ} two {عرض حدثين آخرين غير مؤرخين} few {عرض # أحداث أخرى غير مؤرخة} many {عرض # حدثًا آخر غير مؤرخ} other {عرض # حدث آخر غير مؤرخ}}',
  'shell.link.ignored': 'تم تجاهل {what}: {why}.',
  'shell.link.twoParameters': '{first} و{second}',
  'shell.link.canBe': 'القيم المقبولة لـ {name} هي {values}',
  'shell.link.eventId': 'يجب أن تكون قيمة event معرّف حدث (أحرف لاتينية صغيرة وأرقام وشرطات)',
  'shell.link.actorIds':
    'يجب أن تكون قيمة actors معرّفات جهات (أحرف لاتينية صغيرة وأرقام وشرطات) تفصل بينها فواصل',
  'shell.link.tooManyActors':
    '{count, plural, zero {لا يختار الرابط أي جهة} one {يختار الرابط جهة واحدة على الأكثر} two {يختار الرابط جهتين على الأكثر} few {يختار الرابط # جهات على الأكثر} many {يختار الرابط # جهة على الأكثر} other {يختار الرابط # جهة على الأكثر}}',
  'shell.link.dataAddress': 'يجب أن تكون قيمة data عنوان http(s) لمجموعة بيانات',
  'shell.link.tilesAddress': 'يجب أن تكون قيمة tiles عنوان http(s) لبيان مربعات',
  'shell.link.tilesAndData': 'الرابط يذكر tiles أيضًا، والخط الزمني يعرض أحدهما فقط',
  'shell.link.parentOrigin': 'يجب أن تكون قيمة parentOrigin أصلًا مثل https://news.example.org',
  'shell.link.embedReadOnly': 'الخط الزمني المضمَّن للقراءة فقط',
  'shell.link.editId':
    'يجب أن تكون قيمة edit معرّف خط زمني محفوظ في هذا المتصفح (أحرف لاتينية صغيرة وأرقام وشرطات)',
  'shell.link.ownTimeline': 'الرابط يحمل خطه الزمني الخاص، وهو المعروض بدلًا منه',
  'shell.link.windowHalf': '{missing} مفقود، وstart وend يأتيان معًا',
  'shell.link.notADate': '{name} ليس تاريخًا',
  'shell.link.noMonth': 'لا يوجد في {name} شهر {month}',
  'shell.link.noDay': 'في {name} اليوم {day}، وهو غير موجود في {month}',
  'shell.link.badDates': '{problems} (تُكتب التواريخ هكذا: 2021 أو 2025-03 أو 2025-03-28)',
  'shell.link.endBeforeStart': 'يجب أن يأتي end بعد start',
  'shell.link.noSuchEvent': 'لا يحتوي هذا الخط الزمني على هذا الحدث',
  'shell.link.noSuchActors':
    '{count, plural, zero {لا يحتوي هذا الخط الزمني على هذه الجهات} one {لا يحتوي هذا الخط الزمني على هذه الجهة} two {لا يحتوي هذا الخط الزمني على هاتين الجهتين} few {لا يحتوي هذا الخط الزمني على هذه الجهات} many {لا يحتوي هذا الخط الزمني على هذه الجهات} other {لا يحتوي هذا الخط الزمني على هذه الجهات}}',
  'shell.link.windowShowsAll': '{problem}، لذا يعرض الخط الزمني كل الأحداث',
};
