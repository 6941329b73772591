// One event of the vertical timeline: its marker on the axis when the run changes ("2024", "after
// 2021"), its dot (a bar for a span, hollow and dashed at a bound) and its card, a button that
// opens it. Undated events are drawn off the axis, with the reason they have no date.
import { memo, useId } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { isUndated } from '../../schema/undated';
import { undatedReason } from '../model/dates/dateProvenance';
import { formatEventDate, isUncertainDate } from '../model/dates/formatDate';
import { useDatasetLookups, useNewslineStore } from '../store/store';
import { Highlighted } from '../ui/Highlighted';
import { axisShapeOf, type AxisMark } from './axisMarks';
import { formatEraDates } from '../model/dates/eras';
import type { EraMark } from './eraMarks';
import { t } from '../model/i18n/intl';

interface VerticalEventProps {
  event: TimelineEvent;
  /** The event's place among the visible events, for keyboard walking and the cue counts. */
  index: number;
  /** The marker drawn before this event, or null when it sits under the one above. */
  mark: AxisMark | null;
  /** The era the event sits in (a heading before it where a run begins), or null. */
  era?: EraMark | null;
}

export const VerticalEvent = memo(function VerticalEvent({
  event,
  index,
  mark,
  era = null,
}: VerticalEventProps) {
  const selected = useNewslineStore((s) => s.selectedEventId === event.id);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const lookups = useDatasetLookups();
  const ids = useId();
  const { date } = event;
  const undated = isUndated(date);
  const shape = undated ? null : axisShapeOf(date);
  const actors = event.actorIds.map((id) => lookups?.actorsById.get(id)?.name ?? id).join(' · ');
  const describedBy = [`${ids}-date`, actors ? `${ids}-actors` : '', undated ? `${ids}-reason` : '']
    .filter(Boolean)
    .join(' ');
  const classes = [
    'vertical__event',
    shape ? `vertical__event--${shape}` : 'vertical__event--undated',
    selected ? 'vertical__event--selected' : '',
    era ? `vertical__event--era vertical__event--era-${era.tint}` : '',
  ].filter(Boolean);
  return (
    <li className={classes.join(' ')}>
      {era?.begins && (
        <h3 className="vertical__era">
          <span className="vertical__era-title">{era.era.title}</span>{' '}
          <span className="vertical__era-dates">{formatEraDates(era.era)}</span>
        </h3>
      )}
      {mark && (
        <h3 className={`vertical__mark vertical__mark--${mark.kind}`}>
          <span className="vertical__mark-label">{mark.label}</span>
        </h3>
      )}
      <div className="vertical__row">
        {shape && <span className="vertical__dot" aria-hidden="true" />}
        <button
          type="button"
          className="vertical__card"
          data-event-id={event.id}
          data-event-index={index}
          aria-current={selected ? 'true' : undefined}
          aria-labelledby={`${ids}-title`}
          aria-describedby={describedBy}
          onClick={() => selectEvent(event.id)}
        >
          <span id={`${ids}-date`} className="vertical__date">
            {shape === 'point' && date.basis !== 'bounded' ? (
              <time dateTime={date.start}>{formatEventDate(date)}</time>
            ) : (
              <span>{formatEventDate(date)}</span>
            )}
            {isUncertainDate(date) && (
              <span className="badge badge--uncertain">{t('timeline.uncertainBadge')}</span>
            )}
          </span>
          <span id={`${ids}-title`} className="vertical__title" dir="auto">
            <Highlighted text={event.title} />
          </span>
          {actors && (
            <span id={`${ids}-actors`} className="vertical__actors">
              {actors}
            </span>
          )}
          {undated && (
            <span id={`${ids}-reason`} className="vertical__reason">
              {undatedReason(date)}
            </span>
          )}
        </button>
      </div>
    </li>
  );
});
