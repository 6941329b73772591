// One slide of the story: the title slide (the dataset's title and description), or an event with
// its date as the panel words it, title, summary, quotes, reported statements and sources; and the
// picture or link of either (the dataset's media on the title slide), beside the text on wide screens.
import type { Dataset, TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import type { DatasetLookups } from '../model/datasetLookups';
import { formatEventDate, isUncertainDate } from '../model/dates/formatDate';
import { t } from '../model/i18n/intl';
import { Highlighted } from '../ui/Highlighted';
import { MediaFigure } from '../ui/MediaFigure';
import { SourcesSection, StatementsSection } from '../ui/EventDetails';

export const SLIDE_TITLE_ID = 'story-slide-title';

export function TitleSlide({
  dataset,
  eventCount,
  undatedCount,
  narrowing,
}: {
  dataset: Dataset;
  eventCount: number;
  undatedCount: number;
  /** What narrows the slides ("the actor China"), or null. */
  narrowing: string | null;
}) {
  return (
    <article className="story-slide story-slide--title" aria-labelledby={SLIDE_TITLE_ID}>
      {dataset.media && <MediaFigure media={dataset.media} className="story-slide__media" />}
      <div className="story-slide__text">
        <p className="story-slide__kicker">
          {narrowing
            ? t('timeline.storyKickerNarrowed', { count: eventCount, narrowing })
            : t('timeline.storyKicker', { count: eventCount })}
        </p>
        <h2 id={SLIDE_TITLE_ID} className="story-slide__title">
          {dataset.title}
        </h2>
        {dataset.description && <p className="story-slide__summary">{dataset.description}</p>}
        {undatedCount > 0 && (
          <p className="story-slide__note">
            {undatedCount === eventCount
              ? t('timeline.storyAllUndated')
              : t('timeline.storySomeUndated', { count: undatedCount })}
          </p>
        )}
        {eventCount === 0 && <p className="story-slide__note">{t('timeline.storyNoMatch')}</p>}
      </div>
    </article>
  );
}

export function EventSlide({ event, lookups }: { event: TimelineEvent; lookups: DatasetLookups }) {
  const undated = isUndated(event.date);
  return (
    <article className="story-slide" aria-labelledby={SLIDE_TITLE_ID}>
      {event.media && <MediaFigure media={event.media} className="story-slide__media" />}
      <div className="story-slide__text">
        <p className="story-slide__date">
          {undated ? <span>{formatEventDate(event.date)}</span> : <time>{formatEventDate(event.date)}</time>}
          {isUncertainDate(event.date) && (
            <span className="badge badge--uncertain">{t('timeline.uncertainBadge')}</span>
          )}
        </p>
        {undated && <p className="story-slide__note">{t('timeline.storyUndatedEvent')}</p>}
        <h2 id={SLIDE_TITLE_ID} className="story-slide__title" dir="auto">
          <Highlighted text={event.title} />
        </h2>
        <p className="story-slide__summary" dir="auto">
          <Highlighted text={event.summary} />
        </p>
        <StatementsSection event={event} lookups={lookups} kind="quotes" idPrefix="story" />
        <StatementsSection event={event} lookups={lookups} kind="paraphrases" idPrefix="story" />
        <SourcesSection refs={event.sources} lookups={lookups} idPrefix="story" />
      </div>
    </article>
  );
}
