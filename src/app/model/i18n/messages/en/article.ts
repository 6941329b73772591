// The article area's words (see README "Languages"): adding an article, and loading a dataset
// (progress, failures and their framing, opening a file, time tiles). Keys are `article.meaning`;
// values are ICU messages. The schema's, the pipeline's and the format converters' own sentences
// (a record's problem, a conversion note) come from layers that know no language and stay English.
export const article = {
  // Adding an article
  'article.add': 'Add an article',
  'article.restored': 'The article you left unfinished was kept in this browser: here it is.',
  'article.startAfresh': 'Start afresh',
  'article.text': 'The article’s text',
  'article.textPlaceholder': 'Paste the article here, one paragraph a line.',
  'article.publisher': 'Publisher',
  'article.publisherExample': 'Kabul Times',
  'article.published': 'Published',
  'article.headline': 'Headline',
  'article.address': 'Address',
  'article.addressExample': 'https://…',
  'article.formHelp':
    'The date as YYYY, YYYY-MM or YYYY-MM-DD: “last year” in the text is read against it. Leave what you do not know empty: nothing is guessed. The article is read in this browser; nothing is sent anywhere.',
  'article.reading': 'Reading the article…',
  'article.adding': 'Adding…',
  'article.findEvents': 'Find events',
  'article.noText': 'Paste the article’s text.',
  'article.badPublished':
    'Write the publication date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-03-30).',
  'article.badAddress': 'The address must start with http:// or https://.',
  'article.unread': 'The article could not be read.',
  'article.noEvent': 'No event was found: the text has no sentence that tells of one.',
  'article.noTextYet': 'There is no text: paste the article’s text first.',
  'article.fieldProblem':
    'The article’s {field, select, id {source id} publisher {publisher} title {headline} url {address} published {publication date} other {details}}: {problem}',
  'article.pipelineProblem': 'The article {problem}',
  'article.extractorFailed': 'The extractor failed: {error}',
  // The review of the proposed events
  'article.reviewFound': '{total, plural, one {# event} other {# events}} found in the article.',
  'article.reviewUndated':
    '{which, select, single {It has no date: give it one, or keep it undated.} all {None of them has a date: give each one, or keep them undated.} other {{undated, plural, one {# of them has no date: give it one, or keep it undated.} other {# of them have no date: give each one, or keep them undated.}}}}',
  'article.reviewKeep': 'Keep, retitle or re-date each; what you drop is not added.',
  'article.back': '← Back to the article',
  'article.addKept': 'Add {count, plural, one {# event} other {# events}} to the timeline',
  'article.keepEvent': 'Keep event {number}',
  'article.title': 'Title',
  'article.date': 'Date',
  'article.datePlaceholder': 'YYYY-MM-DD',
  'article.until': 'Until (for a span)',
  'article.foundUndated':
    'Found: undated. {reason}{hasPhrase, select, yes { The words “{phrase}” give no date.} other {}} Leave the date empty to keep it undated (listed apart from the timeline), or give it one.',
  'article.foundBounded': 'Found: {date} (the text gives no date; leave empty to keep the bound)',
  'article.foundDate': 'Found: {date}',
  'article.noActor': 'No actor found',
  'article.quotes': '{count, plural, one {# quote} other {# quotes}}',
  'article.reported': '{count, plural, one {# reported} other {# reported}}',
  'article.eventProblem': 'Event {number}: {problem}',
  'article.needsTitle': 'give it a title.',
  'article.notADate': '“{value}” is not a date like 2025, 2025-03 or 2025-03-28.',
  'article.needsDate': 'give it a date (the article gives {date}).',
  'article.spanNeedsStart': 'a span needs its first date too.',
  'article.spanBackwards': 'the span ends before it starts.',
  // Loading a dataset
  'article.opening': 'Opening “{name}”…',
  'article.checkingEvents': 'Checking events…',
  'article.arrivingEvents':
    'The events checked so far are on the timeline; the rest follow as they are checked.',
  'article.wholeTimelineFirst': 'Available once the whole timeline has arrived',
  'article.checkingDataset': 'Checking the dataset',
  'article.recordsOf': '{checked, number} of {total, plural, one {# record} other {# records}}',
  'article.recordsChecked': '{count, plural, one {# record checked} other {# records checked}}',
  'article.loadingEvents': 'Loading events…',
  'article.loadingDataset': 'Loading the dataset',
  'article.kilobytes': '{size, number} KB',
  'article.megabytes': '{size, number} MB',
  'article.sizeOf': '{loaded} of {total}',
  'article.couldNotOpen': '“{name}” could not be opened',
  'article.loadFailed': 'The timeline could not be loaded',
  'article.fileLabel': 'File:',
  'article.backToTimeline': 'Back to the timeline',
  'article.skipped':
    '{count, plural, one {# invalid record was} other {# invalid records were}} left out of this timeline; everything valid is shown.',
  'article.convertedWithNotes':
    'Opened “{name}” as {format}: {count, plural, one {# note} other {# notes}} on what could not be kept.',
  'article.convertedWhole': 'Opened “{name}” as {format}, with nothing lost.',
  'article.openTitle': 'Open a Newsline, TimelineJS or CSV file',
  'article.open': 'Open…',
  'article.openLabel': 'Open a timeline file: Newsline JSON, TimelineJS JSON or CSV',
  'article.dropHere': 'Drop to open it here',
  'article.dropFormats': 'Newsline JSON, TimelineJS JSON, or CSV in TimelineJS’s layout',
  'article.thisLink': 'this link',
  'article.linkUnreadable': 'The timeline in this link could not be opened.',
  'article.editedTimeline': 'edited timeline',
  'article.tooLarge':
    'The dataset is {exact, select, yes {{size}} other {over {size}}}; Newsline reads datasets up to {limit}{streamedLimit, select, none {} other { (its own JSON, with the events last as Newsline writes it, up to {streamedLimit})}}. Split it into smaller files, or filter it before opening.',
  'article.interrupted': 'The dataset download was interrupted. Reload to try again.',
  'article.triedTwice': '{summary} Tried twice.',
  'article.timedOut':
    'The dataset did not arrive within {seconds, number} s. Check your connection and reload.',
  'article.unreachable':
    'The dataset could not be reached: the network is offline, or the server refused it (a dataset on another site must allow CORS). Check the address and your connection, then reload.',
  'article.serverAnswered': 'The server answered {status} for the dataset.',
  'article.serverNotFound': 'The server answered {status} for the dataset. Check the address of the dataset.',
  'article.unreadableFile': 'The file could not be read. Is it still where it was?',
  'article.loadingStopped': 'Loading was stopped.',
  'article.arrivedIncomplete': 'The dataset arrived incomplete.',
  'article.notJson': 'The file is not valid JSON.',
  'article.tooLargeForBrowser': 'The dataset could not be read: it may be too large for this browser.',
  'article.twoEventLists': 'The file has two "events" lists; a Newsline dataset has one.',
  'article.cutShort': 'The file ends in the middle of its JSON: it was cut short.',
  'article.commaBeforeFirst': 'A comma before the first event.',
  'article.commaAfterLast': 'A comma after the last event.',
  'article.missingComma': 'No comma between event {number} and the next.',
  'article.notADataset':
    'The file holds JSON, but not a Newsline dataset: it must be an object with "schemaVersion", "sources", "actors" and "events".',
  'article.noSchemaVersion': 'The file has no "schemaVersion": it is not a Newsline dataset.',
  'article.otherSchemaVersion':
    'The file uses schemaVersion {found}, but this version of Newsline reads schemaVersion {expected}.',
  'article.notAList': 'missing or not a list (expected an array of {list})',
  'article.missingField': 'missing (expected {expected})',
  'article.duplicateId': 'duplicate id "{id}": only the first is kept',
  'article.andMoreIssues': '{problem} (and {count, number} more)',
  'article.andMoreProblems': '…and {count, number} more',
  'article.noEvents': 'The file has no events.',
  'article.noValidEvent': 'None of the file’s events is valid.',
  'article.invalidDataset':
    'The file is not a valid Newsline dataset ({count, plural, one {# problem} other {# problems}}).',
  // Time tiles
  'article.manifestTooLarge': 'The tiles manifest is over {limit}; Newsline reads manifests up to {limit}.',
  'article.manifestNotJson': 'The tiles manifest is not JSON: {error}.',
  'article.notAManifest':
    'This is not a Newsline tiles manifest ({count, plural, one {one problem} other {# problems}}).',
  'article.tilesAllRead':
    'All {periods, plural, one {# period} other {# periods}} read: {events, plural, one {# dated event} other {# dated events}}.',
  'article.tilesSomeRead':
    '{read, number} of {events, plural, one {# event} other {# events}} read ({readPeriods, number} of {periods, plural, one {# period} other {# periods}}).',
  'article.tilesReading': 'Reading {count, plural, one {# period} other {# periods}}…',
  'article.tilesFailed': '{count, plural, one {# period} other {# periods}} could not be read: {reason}',
  'article.tilesHint': 'Zoom in on a period to read it; search and the actor counts cover the periods read.',
  'article.tileCount':
    '{state, select, searching {{count, plural, one {# event, not searched yet} other {# events, not searched yet}}} unfiltered {{count, plural, one {# event, not filtered yet} other {# events, not filtered yet}}} atMost {{count, plural, one {up to # event} other {up to # events}}} other {{count, plural, one {# event} other {# events}}}}',
};
