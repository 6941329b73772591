// The edit area's words (see README "Languages"). Keys are `edit.meaning`; values are ICU messages.
export const edit = {
  // The edit bar and the header's Edit
  'edit.start': 'Edit',
  'edit.bar.label': 'Edit mode',
  'edit.bar.previewing': 'Previewing your edited timeline.',
  'edit.bar.editing': 'Editing.',
  'edit.bar.notStored': 'Not stored: {problem}. Download your edits to keep them.',
  'edit.bar.browserRefused': 'the browser refused',
  'edit.bar.storing': 'Storing…',
  'edit.bar.allUndone': 'Every edit undone: Redo brings them back. All stored in this browser.',
  'edit.bar.noEdits': 'No edits yet. Each change is stored in this browser as you make it.',
  'edit.bar.edits':
    '{count, plural, one {# edit, all stored in this browser.} other {# edits, all stored in this browser.}}',
  'edit.bar.undo': 'Undo',
  'edit.bar.redo': 'Redo',
  'edit.bar.actors': 'Actors…',
  'edit.bar.passage': 'Event from a passage…',
  'edit.bar.dropped': 'Dropped ({count})',
  'edit.bar.bringBack': 'Bring back',
  'edit.bar.preview': 'Preview',
  'edit.bar.publish': 'Publish…',

  // What edit mode itself refuses (the dataset's schema words its own problems)
  'edit.problem.notEditing': 'not editing',
  'edit.problem.textNotKept': 'this article’s text is not kept here',
  'edit.problem.selectWords': 'select some words of the article first',
  'edit.problem.actorName': 'write the name of an actor',
  'edit.problem.noRoom': 'the browser has no room left for it (free some space, or download the timeline)',
  'edit.problem.noLongerKept': 'this browser no longer keeps the timeline "{id}"',

  // Notices
  'edit.notice.cannotKeep':
    'This browser could not keep the timeline, so it cannot be edited here: {problem}',
  'edit.notice.kept': '“{title}” is kept in this browser: open it again from My timelines.',
  'edit.notice.noSuchTimeline':
    'This browser keeps no timeline "{id}": showing the built-in timeline instead.',
  'edit.notice.damaged': 'The kept timeline "{title}" is damaged and cannot be opened.',
  'edit.notice.unreadable':
    '{count, plural, one {# stored edit could not be read and was left out.} other {# stored edits could not be read and were left out.}}',
  'edit.notice.noLongerApplies':
    'Edit {number} no longer applies ({problems}); the edits from there on were left out.',
  'edit.notice.articleRefused': "The article's events could not be added: {problems}",

  // The event editor
  'edit.event.title': 'Title',
  'edit.event.summary': 'Summary',
  'edit.actors.heading': 'Actors',
  'edit.actors.none': 'No actor yet.',
  'edit.actors.remove': 'Remove {name} from this event',
  'edit.actors.add': 'Add an actor',
  'edit.actors.addButton': 'Add',
  'edit.statements.quotes': 'Quotes',
  'edit.statements.paraphrases': 'Reported statements',
  'edit.statements.quoted': '“{text}”',
  'edit.statements.speaker': 'Speaker',
  'edit.statements.notStated': 'Not stated',
  'edit.statements.toParaphrase': 'Make it reported speech',
  'edit.statements.toQuote': 'Make it a quote',
  'edit.sources.heading': 'Sources',
  'edit.sources.unknown': 'Unknown source',
  'edit.sources.split': 'Split into an event of its own',
  'edit.source.name': '{publisher}: {title}',
  'edit.source.noPublisher': 'Publisher not stated',
  'edit.merge.heading': 'Merge',
  'edit.merge.eventLabel': 'Another event that tells the same happening',
  'edit.merge.eventPlaceholder': 'Choose an event…',
  'edit.merge.eventOption': '{date}: {title}',
  'edit.merge.intoThis': 'Merge into this one',
  'edit.drop.button': 'Drop this event',
  'edit.drop.hint': 'Dropped events can be brought back from the edit bar.',

  // The date of an event
  'edit.date.heading': 'Date',
  'edit.date.how': 'How the event is dated',
  'edit.date.dated': 'On a date, or over a span',
  'edit.date.bounded': 'Not known: only bounds, or undated',
  'edit.date.start': 'Date, or first day',
  'edit.date.end': 'Last day (a span)',
  'edit.date.approximate': 'Approximate',
  'edit.date.after': 'In or after',
  'edit.date.before': 'In or before',
  'edit.date.placeholder': 'YYYY-MM-DD',
  'edit.date.hint': 'Write 2025, 2025-03 or 2025-03-28: the length is the precision.',
  'edit.date.hintBounded': 'With neither bound, the event is undated.',

  // Media
  'edit.media.heading': 'Media',
  'edit.media.kind': 'Kind of media',
  'edit.media.image': 'A picture',
  'edit.media.link': 'A link to a video or post',
  'edit.media.url': 'Address (https://…)',
  'edit.media.alt': 'Alt text',
  'edit.media.altHint': 'Required: what the picture shows, for readers who cannot see it.',
  'edit.media.label': 'Link text',
  'edit.media.caption': 'Caption',
  'edit.media.credit': 'Credit',
  'edit.media.save': 'Save media',
  'edit.media.add': 'Add media',
  'edit.media.remove': 'Remove media',

  // Timeline and actors
  'edit.actorsDialog.title': 'Timeline and actors',
  'edit.timeline.title': 'Title of the timeline',
  'edit.timeline.description': 'Description',
  'edit.actor.name': 'Name',
  'edit.actor.kind': 'Kind',
  'edit.actor.kindName':
    '{kind, select, person {Person} organisation {Organisation} country {Country} other {Group}}',
  'edit.actor.aliases': 'Other names, separated by commas',
  'edit.actor.sameAs': 'The same actor as',
  'edit.actor.placeholder': 'Choose an actor…',
  'edit.actor.mergeInto': 'Merge into {name}',

  // Periods
  'edit.eras.heading': 'Periods',
  'edit.eras.hint':
    'Named periods, drawn as bands behind the events. A date may be a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD); a period runs to the end of its last date.',
  'edit.eras.placeholder': 'e.g. 2021-08',
  'edit.eras.title': 'Period',
  'edit.eras.starts': 'Starts',
  'edit.eras.ends': 'Ends',
  'edit.eras.remove': 'Remove',
  'edit.eras.removeNamed': 'Remove the period {title}',
  'edit.eras.newTitle': 'New period',
  'edit.eras.addForm': 'Add a period',
  'edit.eras.add': 'Add period',

  // An event from a passage
  'edit.passage.title': 'An event from a passage',
  'edit.passage.article': 'Article',
  'edit.passage.textNotKept': '{source} (text not kept here)',
  'edit.passage.bringText':
    'This browser does not keep this article’s text. Paste it, or open its file (the {md} or {txt} in {folder}): it is checked against the excerpts taken from it, and kept with this timeline, in this browser only.',
  'edit.passage.text': 'The article’s text',
  'edit.passage.keep': 'Keep this text',
  'edit.passage.openFile': 'Open its file…',
  'edit.passage.notThisText': 'This is not the text the timeline’s excerpts come from:',
  'edit.passage.hint':
    'Select the words the event rests on. Highlighted words are already excerpts of events.',
  'edit.passage.find': 'Or find the words',
  'edit.passage.select': 'Select them',
  'edit.passage.notFound': '“{words}” is not in this article (letter case counts).',
  'edit.passage.chosen': 'Passage: “{excerpt}” (from character {offset, number, ::group-off})',
  'edit.passage.noneChosen': 'No words selected yet.',
  'edit.passage.eventTitle': 'Title of the new event',
  'edit.passage.date': 'Date (empty: undated)',
  'edit.passage.create': 'Add the event',

  // My timelines
  'edit.kept.title': 'My timelines',
  'edit.kept.hint':
    'Timelines you edit are kept in this browser, with every edit, until you delete them. Nothing is sent to a server.',
  'edit.kept.unreadable': "This browser's storage could not be read: {error}",
  'edit.kept.deleted': 'Deleted “{title}”.',
  'edit.kept.reading': 'Reading…',
  'edit.kept.none': 'No timeline is kept in this browser yet. Press Edit on a timeline to start one.',
  'edit.kept.open': 'open',
  'edit.kept.meta': 'Last changed {when} · {count, plural, one {# edit} other {# edits}} · from {origin}',
  'edit.kept.thisPage': 'this page',
  'edit.kept.copy': '{title} (copy)',
  'edit.kept.openButton': 'Open',
  'edit.kept.openNamed': 'Open {title}',
  'edit.kept.duplicate': 'Duplicate',
  'edit.kept.duplicateNamed': 'Duplicate {title}',
  'edit.kept.delete': 'Delete',
  'edit.kept.deleteNamed': 'Delete {title}',
  'edit.kept.confirm': 'Confirm deletion',
  'edit.kept.deleteIt': 'Delete it?',
  'edit.kept.yesDelete': 'Yes, delete',
  'edit.kept.keepIt': 'Keep it',

  // Publish
  'edit.publish.title': 'Publish this timeline',
  'edit.publish.dataset': 'The dataset',
  'edit.publish.datasetText':
    '{file}, as {command} writes it: serve it beside the app and open it with {param}. Other formats are under Export.',
  'edit.publish.downloadDataset': 'Download events.json',
  'edit.publish.site': 'A static site',
  'edit.publish.siteText':
    'The whole app with this timeline inside, as a zip: unzip it into a folder of any static web host. Its {readme} says how, and has the embed code.',
  'edit.publish.downloadSite': 'Download the site (.zip)',
  'edit.publish.edits': 'The edits, for the command line',
  'edit.publish.editsText':
    '{count, plural, one {# edit} other {# edits}} as a curation file. Run {command} on the same articles to get the same dataset, or paste its {edits} into {file}.',
  'edit.publish.downloadEdits': 'Download the edits',
  'edit.publish.link': 'A link that carries the timeline',
  'edit.publish.downloadedDataset': 'Downloaded {file}: {count, plural, one {# event} other {# events}}.',
  'edit.publish.packing': 'Packing…',
  'edit.publish.packingFiles': 'Packing… {packed} of {total, plural, one {# file} other {# files}}',
  'edit.publish.downloadedSite': 'Downloaded {file}: {count, plural, one {# file} other {# files}}.',
  'edit.publish.downloadedEdits': 'Downloaded {file}: {count, plural, one {# edit} other {# edits}}.',
  'edit.publish.noBuild':
    'This copy of Newsline cannot pack itself: it has no list of its built files (site-files.json). Download the site from a built app (npm run build, then npm start), not from the development server.',
  'edit.publish.fetchFailed': 'Could not fetch {path} from this app: check the connection and try again.',
  'edit.publish.fetchRefused':
    'Could not fetch {path} from this app (HTTP {status}). If the app was updated since this page was opened, reload the page and try again.',

  // A link that carries the timeline
  'edit.link.packing': 'Packing the timeline into a link…',
  'edit.link.tooLarge':
    'This timeline is too large to travel in a link: it would take {chars, plural, one {# character} other {# characters}}, and a link carries at most {max}. Download the site above, or host {file} and link to it with {param}.',
  'edit.link.travels':
    'The timeline travels inside the link ({count} of {max, plural, one {# character} other {# characters}}), after the {hash}, which browsers never send to a server. Readers see it as published now: later edits need a new link.',
  'edit.link.link': 'Link',
  'edit.link.copyLink': 'Copy link',
  'edit.link.embed': 'Embed code',
  'edit.link.copyEmbed': 'Copy embed code',
};
