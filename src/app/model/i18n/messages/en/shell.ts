// The shell area's words (see README "Languages"). Keys are `shell.meaning`; values are ICU messages.
export const shell = {
  // The page's frame: header, switches, fallbacks.
  'shell.documentTitle': '{title} · Newsline',
  'shell.mode': 'Mode',
  'shell.view': 'View',
  'shell.timeline': 'Timeline',
  'shell.story': 'Story',
  'shell.list': 'List',
  'shell.myTimelines': 'My timelines',
  'shell.actors': 'Actors',
  'shell.navigatorFailed': 'The navigator could not be drawn in this browser.',
  'shell.timelineFailed':
    'The timeline could not be drawn in this browser; here are the same events as a list.',
  'shell.addedNotKept':
    'This browser cannot keep the added events: download the timeline (Export) before you leave.',
  'shell.openFullTimeline': 'Open full timeline',
  'shell.opensInNewTab': '(opens in a new tab)',
  'shell.dialogFailedTitle': '{dialog} could not open',
  'shell.dialogFailed':
    'This part of Newsline could not be loaded: the connection may be down, or a new version may have been published. Reload the page to try again; the timeline on show is not affected.',
  'shell.copied': 'Copied to the clipboard.',
  'shell.copyBySelection': 'Select-all done: press Ctrl+C (⌘C) to copy.',
  // Notices about the link.
  'shell.notices.dismiss': 'Dismiss notice',
  'shell.notices.count': '{count, plural, one {# notice about this link} other {# notices about this link}}',
  'shell.notices.show': 'Show',
  'shell.notices.hide': 'Hide',
  'shell.notices.dismissAll': 'Dismiss all',
  // What a screen reader hears.
  'shell.announce.opened': 'Opened: {title}, {date}.',
  'shell.announce.shown': '{events} shown.',
  'shell.announce.shownNarrowed': '{events} shown, narrowed by {narrowing}.',
  // Cues to the events out of sight.
  'shell.cue.earlier': '{count, plural, one {# earlier} other {# earlier}}',
  'shell.cue.later': '{count, plural, one {# later} other {# later}}',
  'shell.cue.above': '{count, plural, one {# more above} other {# more above}}',
  'shell.cue.below': '{count, plural, one {# more below} other {# more below}}',
  'shell.cue.earlierWords': '{count, plural, one {earlier} other {earlier}}',
  'shell.cue.laterWords': '{count, plural, one {later} other {later}}',
  'shell.cue.aboveWords': '{count, plural, one {more above} other {more above}}',
  'shell.cue.belowWords': '{count, plural, one {more below} other {more below}}',
  // Search.
  'shell.search.label': 'Search events',
  'shell.search.placeholder': 'Words, names, quotes…',
  'shell.search.searching': 'Searching…',
  'shell.search.noMatch': 'No event matches.',
  'shell.search.matches': '{count, plural, one {# event matches.} other {# events match.}}',
  'shell.search.leftOut': 'Common words left out: {words}.',
  'shell.search.wordSeparator': ', ',
  'shell.search.onlyCommonWords': 'Only common words: found as whole words.',
  // How many events are shown, and what narrows them.
  'shell.shown.all': '{count, plural, one {All # event} other {All # events}}',
  'shell.shown.some': '{shown} of {total, plural, one {# event} other {# events}}',
  'shell.shown.allSoFar':
    '{count, plural, one {# event so far, more arriving} other {# events so far, more arriving}}',
  'shell.shown.someSoFar': '{shown} of {total, plural, one {# event} other {# events}} so far, more arriving',
  'shell.narrowing.actors': '{count, plural, one {the actor {names}} other {the actors {names}}}',
  'shell.narrowing.moreActors': '{count, plural, one {# more} other {# more}}',
  'shell.narrowing.search': 'the search “{query}”',
  'shell.narrowing.both': '{actors} and {search}',
  'shell.narrowedBy': 'Narrowed by {narrowing}.',
  // The actor filter.
  'shell.filter.title': 'Filter by actor',
  'shell.filter.clear': 'Clear',
  'shell.filter.kind':
    '{kind, select, person {person} organisation {organisation} country {country} group {group} other {{kind}}}',
  'shell.filter.eventsAfterCount': '{count, plural, one {event} other {events}}',
  // Lanes.
  'shell.lanes.label': 'Lanes',
  'shell.lanes.hint': 'Lanes by actor: one per actor picked under Actors (none picked: the busiest)',
  'shell.lanes.none': 'none',
  'shell.lanes.byActor': 'by actor',
  'shell.lanes.byKind': 'by kind',
  'shell.lanes.people': 'People',
  'shell.lanes.organisations': 'Organisations',
  'shell.lanes.countries': 'Countries',
  'shell.lanes.groups': 'Groups',
  'shell.lanes.other': 'Other',
  'shell.lanes.noActor': 'No actor',
  // The list view.
  'shell.list.title': '{events}, in date order',
  'shell.list.titleUndatedLast': '{events}, in date order, undated last',
  'shell.list.range': 'Showing {first}–{last} of {total}',
  'shell.list.showEarlier': '{count, plural, one {Show # earlier event} other {Show # earlier events}}',
  'shell.list.showLater': '{count, plural, one {Show # more event} other {Show # more events}}',
  'shell.list.undated': 'Undated ({count})',
  'shell.list.undatedNote': 'No date or bound is known for these, so they are not placed on the timeline.',
  'shell.list.uncertainDate': 'uncertain date',
  'shell.list.media': '{kind, select, image {With a picture} other {With a link: {link}}}',
  'shell.list.mediaCredited':
    '{kind, select, image {With a picture — {credits}} other {With a link: {link} — {credits}}}',
  // The Undated shelf.
  'shell.undated.title': 'Undated ({count}):',
  'shell.undated.hint': 'no date or bound known, not on the timeline',
  'shell.undated.showMore':
    '{count, plural, one {Show # more undated event} other {Show # more undated events}}',
  // Notices about the link the page was opened with: "Ignored {what}: {why}."
  'shell.link.ignored': 'Ignored {what}: {why}.',
  'shell.link.twoParameters': '{first} and {second}',
  'shell.link.canBe': '{name} can be {values}',
  'shell.link.eventId': 'event must be an event id (lower-case letters, digits and dashes)',
  'shell.link.actorIds':
    'actors must be actor ids (lower-case letters, digits and dashes), separated by commas',
  'shell.link.tooManyActors':
    '{count, plural, one {a link picks at most # actor} other {a link picks at most # actors}}',
  'shell.link.dataAddress': 'data must be the http(s) address of a dataset',
  'shell.link.tilesAddress': 'tiles must be the http(s) address of a tiles manifest',
  'shell.link.tilesAndData': 'the link names tiles too, and a timeline shows one or the other',
  'shell.link.parentOrigin': 'parentOrigin must be an origin such as https://news.example.org',
  'shell.link.embedReadOnly': 'an embedded timeline is read-only',
  'shell.link.editId':
    'edit must be the id of a timeline kept in this browser (lower-case letters, digits and dashes)',
  'shell.link.ownTimeline': 'the link carries its own timeline, which is shown instead',
  'shell.link.windowHalf': '{missing} is missing, and start and end go together',
  'shell.link.notADate': '{name} is not a date',
  'shell.link.noMonth': '{name} has no month {month}',
  'shell.link.noDay': '{name} has a day {day} that {month} does not have',
  'shell.link.badDates': '{problems} (dates look like 2021, 2025-03 or 2025-03-28)',
  'shell.link.endBeforeStart': 'end must come after start',
  'shell.link.noSuchEvent': 'this timeline has no such event',
  'shell.link.noSuchActors':
    '{count, plural, one {this timeline has no such actor} other {this timeline has no such actors}}',
  'shell.link.windowShowsAll': '{problem}, so the timeline shows all events',
};
