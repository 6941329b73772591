// A count of the events out of sight one way, as a button that brings the nearest into view: one
// wording and one markup for the timeline across the page and the one down it. Small frames hide
// the words (styles.css, .more-cue__words); the button's name keeps them.
import type { MouseEvent } from 'react';
import { formatCount } from '../model/formatCount';
import { interfaceLanguage, t, type MessageId } from '../model/i18n/intl';
import { textDirection } from '../model/i18n/locales';

export type CueDirection = 'earlier' | 'later' | 'above' | 'below';

/** In the order the cues are shown. */
export const CUE_DIRECTIONS: readonly CueDirection[] = ['earlier', 'above', 'below', 'later'];

/**
 * The arrows point along the time axis, which runs left to right in every language: the earlier
 * cue's arrow stays on its left, the later one's on its right, whichever way the words read.
 */
const CUE_WORDS: Record<
  CueDirection,
  { arrow: string; label: MessageId; words: MessageId; arrowOnLeft: boolean }
> = {
  earlier: { arrow: '←', label: 'shell.cue.earlier', words: 'shell.cue.earlierWords', arrowOnLeft: true },
  above: { arrow: '↑', label: 'shell.cue.above', words: 'shell.cue.aboveWords', arrowOnLeft: true },
  below: { arrow: '↓', label: 'shell.cue.below', words: 'shell.cue.belowWords', arrowOnLeft: true },
  later: { arrow: '→', label: 'shell.cue.later', words: 'shell.cue.laterWords', arrowOnLeft: false },
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
  const { arrow, label, words, arrowOnLeft } = CUE_WORDS[direction];
  const figure = formatCount(count);
  const text = <span className="more-cue__words"> {t(words, { count })}</span>;
  // Up and down arrows lead in either direction; left and right ones keep their side.
  const arrowFirst =
    direction === 'above' ||
    direction === 'below' ||
    arrowOnLeft === (textDirection(interfaceLanguage()) === 'ltr');
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
          {arrow} {figure}
          {text}
        </>
      ) : (
        <>
          {figure}
          {text} {arrow}
        </>
      )}
    </button>
  );
}
