// A count of the events out of sight one way, as a button that brings the nearest into view: one
// wording and one markup for the timeline across the page and the one down it. Small frames hide
// the words (styles.css, .more-cue__words); the button's name keeps them.
import type { MouseEvent } from 'react';
import { formatCount } from '../model/formatCount';
import { t, type MessageId } from '../model/i18n/intl';

export type CueDirection = 'earlier' | 'later' | 'above' | 'below';

/** In the order the cues are shown. */
export const CUE_DIRECTIONS: readonly CueDirection[] = ['earlier', 'above', 'below', 'later'];

/**
 * Time runs left to right in every language (timeline.css), so the earlier cue sits on the left
 * and points left, in Arabic too. The arrow always leads the words on the side it points to; the
 * count and its words read in the interface's own direction beside it.
 */
const CUE_WORDS: Record<
  CueDirection,
  { arrow: string; label: MessageId; words: MessageId; arrowFirst: boolean }
> = {
  earlier: { arrow: '←', label: 'shell.cue.earlier', words: 'shell.cue.earlierWords', arrowFirst: true },
  above: { arrow: '↑', label: 'shell.cue.above', words: 'shell.cue.aboveWords', arrowFirst: true },
  below: { arrow: '↓', label: 'shell.cue.below', words: 'shell.cue.belowWords', arrowFirst: true },
  later: { arrow: '→', label: 'shell.cue.later', words: 'shell.cue.laterWords', arrowFirst: false },
};

export function MoreCue({
  direction,
  count,
  onClick,
}: {
  direction: CueDirection;
  count: number;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const { arrow, label, words, arrowFirst } = CUE_WORDS[direction];
  const counted = (
    <span dir="auto">
      {formatCount(count)}
      <span className="more-cue__words"> {t(words, { count })}</span>
    </span>
  );
  return (
    <button
      type="button"
      className={`more-cue more-cue--${direction}`}
      data-count={count}
      aria-label={t(label, { count })}
      onClick={onClick}
    >
      {arrowFirst ? (
        <>
          {arrow} {counted}
        </>
      ) : (
        <>
          {counted} {arrow}
        </>
      )}
    </button>
  );
}
