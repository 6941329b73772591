// What a printer gets: the timeline's title and the events shown (the actor filter and search
// applied) as a chronological list with their dates, summaries, quotes and sources, since the
// timeline itself is a canvas of one screen. Built only while printing: a list of 100,000 events
// kept hidden in the page would slow every filter down. The page's print.css hides the rest.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Media, Source, TimelineEvent } from '../../schema/dataset';
import { linkLabel, mediaCreditLine } from '../model/media/mediaWords';
import { formatCount } from '../model/formatCount';
import { formatEventDate, formatPartialDate, isUncertainDate } from '../model/dates/formatDate';
import { narrowingWords, shownCountWords } from '../model/filtering/shownWords';
import { useDatasetLookups, useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';

/** Events printed at most: more is a book, which the export makes better. */
export const PRINTED_EVENTS = 1_000;

/** True from the browser's "before print" (or print media emulated) until the printing is done. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    // The browser lays the page out for print right after beforeprint: render before returning.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const onMediaChange = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}

export function PrintableEvents() {
  const printing = usePrinting();
  return <div className="printable">{printing && <PrintedTimeline />}</div>;
}

function PrintedTimeline() {
  const dataset = useNewslineStore((s) => s.dataset);
  const events = useVisibleEvents();
  const summary = useShownSummary();
  if (!dataset) return null;
  const narrowing = narrowingWords(summary);
  const printed = events.slice(0, PRINTED_EVENTS);
  return (
    <article className="printable__timeline">
      <h1>{dataset.title}</h1>
      {dataset.description && <p className="printable__description">{dataset.description}</p>}
      {dataset.media && <PrintedMedia media={dataset.media} />}
      <p className="printable__count">
        {shownCountWords(summary)}, in date order{narrowing ? `, narrowed by ${narrowing}` : ''}.
        {printed.length < events.length &&
          ` The first ${formatCount(printed.length)} are printed; export the rest to keep them.`}
      </p>
      <ol className="printable__events">
        {printed.map((event) => (
          <PrintedEvent key={event.id} event={event} />
        ))}
      </ol>
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
        {isUncertainDate(event.date) && ' (uncertain date)'}
      </p>
      <h2>{event.title}</h2>
      <p>{event.summary}</p>
      {event.media && <PrintedMedia media={event.media} />}
      {event.quotes.length > 0 && (
        <ul className="printable__quotes" aria-label="Quotes">
          {event.quotes.map((quote, index) => (
            <li key={index}>
              <q>{quote.text}</q> — {actorName(quote.speakerId) ?? 'speaker not stated'}
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <ul className="printable__sources" aria-label="Sources">
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

/** Media on paper: what it is, its caption and credit, and its address to look it up. */
function PrintedMedia({ media }: { media: Media }) {
  const what = media.kind === 'image' ? `Image: ${media.alt}` : `Link: ${linkLabel(media)}`;
  const credits = mediaCreditLine(media);
  return (
    <p className="printable__media">
      {what}
      {credits && `. ${credits}`}
      <span className="printable__url"> {media.url}</span>
    </p>
  );
}

/** "CentralasianLIGHT.org, “Headline”, via Khaama.com, 30 Mar 2025": what a reader can look up. */
function sourceWords(source: Source): string {
  return [
    source.publisher ?? 'Publisher not stated',
    source.title !== null ? `“${source.title}”` : null,
    source.via !== undefined ? `via ${source.via}` : null,
    source.published !== null ? formatPartialDate(source.published) : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}
