// The printed layout of a timeline: its title and the events the actor filter and search show, as a
// chronological list with their dates, summaries, quotes and sources, then who published those
// sources and the day it was made. The same layout is printed (print/) and drawn as an SVG (export/),
// since the timeline itself is a canvas of one screen.
import type { Media, Source, TimelineEvent } from '../../schema/dataset';
import { linkLabel, mediaCreditLine } from '../model/media/mediaWords';
import { formatEventDate, formatPartialDate, isUncertainDate } from '../model/dates/formatDate';
import { narrowingWords, shownCountWords } from '../model/filtering/shownWords';
import { creditedPublishers, creditsLine, exportedOnWords } from '../model/picture/pictureWords';
import { useDatasetLookups, useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { t } from '../model/i18n/intl';

/** Events printed at most: more is a book, which the export makes better. */
export const PRINTED_EVENTS = 1_000;

/**
 * The title, the events shown in date order with everything a reader can check, and a footer with
 * their sources' publishers and the day it was made. `exportedAt`: that day (printed or exported).
 */
export function PrintedTimeline({ exportedAt }: { exportedAt: Date }) {
  const dataset = useNewslineStore((s) => s.dataset);
  const events = useVisibleEvents();
  const summary = useShownSummary();
  const lookups = useDatasetLookups();
  if (!dataset) return null;
  const narrowing = narrowingWords(summary);
  const printed = events.slice(0, PRINTED_EVENTS);
  return (
    <article className="printable__timeline">
      <h1>{dataset.title}</h1>
      {dataset.description && <p className="printable__description">{dataset.description}</p>}
      {dataset.media && <PrintedMedia media={dataset.media} />}
      <p className="printable__count">
        {narrowing
          ? t('timeline.printCountNarrowed', { shown: shownCountWords(summary), narrowing })
          : t('timeline.printCount', { shown: shownCountWords(summary) })}
        {printed.length < events.length && ` ${t('timeline.printFirst', { count: printed.length })}`}
      </p>
      <ol className="printable__events">
        {printed.map((event) => (
          <PrintedEvent key={event.id} event={event} />
        ))}
      </ol>
      <footer className="printable__credits">
        <p>{creditsLine(creditedPublishers(printed, lookups?.sourcesById ?? new Map()))}.</p>
        <p>{exportedOnWords(exportedAt)}.</p>
      </footer>
    </article>
  );
}

function PrintedEvent({ event }: { event: TimelineEvent }) {
  const lookups = useDatasetLookups();
  const actorName = (id: string | null) => (id === null ? null : (lookups?.actorsById.get(id)?.name ?? id));
  const sources = event.sources
    .map((ref) => lookups?.sourcesById.get(ref.sourceId))
    .filter((source): source is Source => source !== undefined);
  return (
    <li className="printable__event">
      <p className="printable__date">
        {formatEventDate(event.date)}
        {isUncertainDate(event.date) && ` ${t('timeline.printUncertain')}`}
      </p>
      <h2>{event.title}</h2>
      <p>{event.summary}</p>
      {event.media && <PrintedMedia media={event.media} />}
      {event.quotes.length > 0 && (
        <ul className="printable__quotes" aria-label={t('timeline.quotes')}>
          {event.quotes.map((quote, index) => (
            <li key={index}>
              <q>{quote.text}</q> — {actorName(quote.speakerId) ?? t('timeline.printSpeakerNotStated')}
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <ul className="printable__sources" aria-label={t('timeline.sources')}>
          {[...new Set(sources)].map((source) => (
            <li key={source.id}>
              {sourceWords(source)}
              {source.url !== null && <span className="printable__url"> {source.url}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** "CentralasianLIGHT.org, “Headline”, via Khaama.com, 30 Mar 2025": what a reader can look up. */
function sourceWords(source: Source): string {
  return [
    source.publisher ?? t('timeline.publisherNotStated'),
    source.title !== null ? t('timeline.quoted', { text: source.title }) : null,
    source.via !== undefined ? t('timeline.via', { via: source.via }) : null,
    source.published !== null ? formatPartialDate(source.published) : null,
  ]
    .filter((part) => part !== null)
    .join(t('timeline.printSeparator'));
}

/** Media on paper: what it is, its caption and credit, and its address to look it up. */
function PrintedMedia({ media }: { media: Media }) {
  const what =
    media.kind === 'image'
      ? t('timeline.printImage', { alt: media.alt })
      : t('timeline.printLink', { label: linkLabel(media) });
  const credits = mediaCreditLine(media);
  return (
    <p className="printable__media">
      {what}
      {credits && `. ${credits}`}
      <span className="printable__url"> {media.url}</span>
    </p>
  );
}
