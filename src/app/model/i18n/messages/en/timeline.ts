// The timeline area's words (see README "Languages"). Keys are `timeline.meaning`; values are ICU messages.
// The area: the horizontal and vertical timelines, the event panel, story mode, what an event rests
// on (quotes, sources, media), the printed layout, and the words of dates, media and windows.
export const timeline = {
  // The horizontal timeline
  'timeline.label': 'Timeline',
  'timeline.navigatorLabel': 'Story navigator',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fitAll': 'Fit all',
  /** The Fit button's visible words: the first alone on a narrow screen, then the rest where there is room. */
  'timeline.fitShort': 'Fit',
  'timeline.fitRest': ' all',
  'timeline.keysNavigator':
    'Click an event to show its slide; the left and right arrow keys move between slides, Home and End to the first and last.',
  'timeline.keysTimeline':
    'Use the left and right arrow keys to move between events in date order, Enter to open the first, Escape to close the panel.',
  'timeline.periods': 'Periods',
  /** An era (or a period an event falls in) with its dates. */
  'timeline.eraWithDates': '{title}, {dates}',
  'timeline.outOfSight': 'Events out of sight',
  'timeline.clusterEvents': '{count, plural, one {# event} other {# events}}',
  'timeline.clusterOngoing':
    '{count, plural, one {# longer event under way} other {# longer events under way}}',
  'timeline.clusterBegun': 'begun {dates}',
  'timeline.clusterTitle': '{label}, {dates}. Click to zoom in.',
  'timeline.tileLabel':
    '{countWords} · {status, select, waiting {zoom in to read} reading {reading…} other {could not be read}}',
  /** An event's tooltip on the timeline, where its label may be cut. */
  'timeline.eventTitle': '{date}: {title}',
  'timeline.uncertainDate': 'Uncertain date',
  'timeline.uncertainBadge': 'uncertain date',
  'timeline.laneTitle': '{lane}: {events}',

  // The vertical timeline
  'timeline.verticalLabel': 'Timeline, vertical',
  'timeline.verticalHeading': '{shown}, oldest first',
  'timeline.lanesNote':
    'Lanes {mode, select, actor {by actor} other {by kind}} need a wider screen: here every event is on one line, and each card names its actors.',
  'timeline.noMatch': 'No event matches the filter and search.',
  'timeline.showEarlier': '{count, plural, one {Show # earlier event} other {Show # earlier events}}',
  'timeline.showLater': '{count, plural, one {Show # later event} other {Show # later events}}',
  'timeline.undatedHeading': 'Undated ({count})',
  'timeline.undatedNote': 'No date or bound is known for these, so they are not placed on the timeline.',

  // The event panel
  'timeline.previousEvent': '← Previous',
  'timeline.nextEvent': 'Next →',
  /** The place of the event (or slide) among those shown: "3 of 12". */
  'timeline.position': '{index} of {total}',
  'timeline.hiddenByFilter': 'Hidden by the filter',
  'timeline.closePanel': 'Close panel',
  'timeline.editHeading': 'Edit “{title}”',
  'timeline.periodsOfEvent': '{count, plural, one {Period:} other {Periods:}}',
  /** Between the periods an event falls in. */
  'timeline.periodSeparator': '; ',
  'timeline.actors': 'Actors',
  'timeline.actorKind':
    '{kind, select, person {person} organisation {organisation} country {country} group {group} other {{kind}}}',
  'timeline.stopFilteringBy': 'Stop filtering by {name}',
  'timeline.showOnlyWith': 'Show only events with {name}',

  // Quotes, statements and sources (the panel and story slides)
  'timeline.quotes': 'Quotes',
  'timeline.reportedStatements': 'Reported statements',
  'timeline.reportedNote': 'In the reporter’s words, not the speaker’s.',
  'timeline.openQuote': '“',
  'timeline.closeQuote': '”',
  'timeline.quoted': '“{text}”',
  'timeline.statementCredit': '— {speaker}, according to {source}',
  'timeline.statementCreditNoSource': '— {speaker}',
  'timeline.speakerNotStated': 'Speaker not stated',
  'timeline.articleWithoutPublisher': 'an article with no stated publisher',
  'timeline.sources': 'Sources',
  'timeline.untitledArticle': 'Untitled article',
  'timeline.publisherNotStated': 'Publisher not stated',
  'timeline.via': 'via {via}',
  'timeline.opensInNewTab': '(opens in a new tab)',
  'timeline.published': 'Published {date}',
  'timeline.publicationDateNotStated': 'Publication date not stated',
  'timeline.noLink': 'No link available',

  // Media
  'timeline.imageNotLoaded': 'The image could not be loaded.',
  'timeline.openMedia':
    'Open {type, select, image {the image} youtube {the video on YouTube} vimeo {the video on Vimeo} dailymotion {the video on Dailymotion} twitter {the post on X (Twitter)} instagram {the post on Instagram} flickr {the photo on Flickr} soundcloud {the audio on SoundCloud} spotify {the audio on Spotify} wikipedia {the Wikipedia article} documentcloud {the document} google_maps {the map} other {the link}}',
  'timeline.credit': 'Credit: {credit}',

  // Story mode
  'timeline.story': 'Story',
  'timeline.currentSlide': 'Current slide',
  'timeline.slides': 'Slides',
  'timeline.previousSlide': 'Previous slide',
  'timeline.nextSlide': 'Next slide',
  'timeline.previous': 'Previous',
  'timeline.next': 'Next',
  'timeline.titleSlidePosition': '{count, plural, one {Title, # event} other {Title, # events}}',
  'timeline.storyKicker': '{count, plural, one {A story in # event} other {A story in # events}}',
  'timeline.storyKickerNarrowed':
    '{count, plural, one {A story in # event, narrowed by {narrowing}} other {A story in # events, narrowed by {narrowing}}}',
  'timeline.storyAllUndated': 'None of these events has a date: they are told in order of title.',
  'timeline.storySomeUndated':
    '{count, plural, one {# of them has no date and comes last, after the dated ones.} other {# of them have no date and come last, after the dated ones.}}',
  'timeline.storyNoMatch': 'No event matches the filter and search: change them to see slides.',
  'timeline.storyUndatedEvent': 'This event has no date: the story tells it after the dated ones.',

  // The printed layout
  'timeline.printCount': '{shown}, in date order.',
  'timeline.printCountNarrowed': '{shown}, in date order, narrowed by {narrowing}.',
  'timeline.printFirst':
    '{count, plural, one {The first # is printed; export the rest to keep it.} other {The first # are printed; export the rest to keep them.}}',
  'timeline.printUncertain': '(uncertain date)',
  'timeline.printSpeakerNotStated': 'speaker not stated',
  /** Between the parts of a source on paper: publisher, title, via, date. */
  'timeline.printSeparator': ', ',
  'timeline.printImage': 'Image: {alt}',
  'timeline.printLink': 'Link: {label}',

  // Where an event's date comes from
  'timeline.undatedReason': 'Neither the text nor its article gives a date.',
  'timeline.precisionUndated': 'No date or bound known',
  'timeline.precisionBounded': 'Date not given in the text',
  'timeline.precisionApproximate':
    '{precision, select, year {Approximate, to the year} month {Approximate, to the month} other {Approximate, to the day}}',
  'timeline.precisionExact':
    '{precision, select, year {Precise to the year} month {Precise to the month} other {Precise to the day}}',
  'timeline.originEditor': 'Dated by the editor who added the article.',
  'timeline.originStated': 'Stated in the text: “{phrase}”',
  'timeline.originRelative': '“{phrase}” in an article of {published}',
  'timeline.originRelativeUndated': '“{phrase}” in its article',
  'timeline.originUndated': '{reason} It is listed apart, under Undated, not placed on the timeline.',
  'timeline.originUndatedPhrase':
    '{reason} The words “{phrase}” give no date. It is listed apart, under Undated, not placed on the timeline.',
  'timeline.originBounded':
    'The text gives no date; it is known only to be {bounds, select, after {after {after}} before {before {before}} other {after {after} and before {before}}}.',
  'timeline.originBoundedPhrase':
    'The text gives no date (“{phrase}”); it is known only to be {bounds, select, after {after {after}} before {before {before}} other {after {after} and before {before}}}.',
  'timeline.drawnBack': 'The timeline draws it ending at {before}, reaching back to {after}.',
  'timeline.drawnBackOpen': 'The timeline draws it ending at {before}, reaching back into the past.',
  'timeline.drawnForward': 'The timeline draws it reaching from {after} to when it was reported.',

  // A window a link asks for that shows no event (a clause of the link's notice)
  'timeline.windowTooWide':
    '{years, plural, one {the timeline shows at most # year at once} other {the timeline shows at most # years at once}}',
  'timeline.windowEmpty': 'no event falls between them',
};
