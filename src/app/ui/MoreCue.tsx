// A count of the events out of sight one way, as a button that brings the nearest into view: one
// wording and one markup for the timeline across the page and the one down it. Small frames hide
// the words (styles.css, .more-cue__words); the button's name keeps them.
import type { MouseEvent } from 'react';
import { formatCount } from '../model/formatCount';

export type CueDirection = 'earlier' | 'later' | 'above' | 'below';

/** In the order the cues are shown. */
export const CUE_DIRECTIONS: readonly CueDirection[] = ['earlier', 'above', 'below', 'later'];

const CUE_WORDS: Record<CueDirection, { arrow: string; words: string; arrowFirst: boolean }> = {
  earlier: { arrow: '←', words: 'earlier', arrowFirst: true },
  above: { arrow: '↑', words: 'more above', arrowFirst: true },
  below: { arrow: '↓', words: 'more below', arrowFirst: true },
  later: { arrow: '→', words: 'later', arrowFirst: false },
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
  const { arrow, words, arrowFirst } = CUE_WORDS[direction];
  const figure = formatCount(count);
  const text = <span className="more-cue__words"> {words}</span>;
  return (
    <button
      type="button"
      className={`more-cue more-cue--${direction}`}
      data-count={count}
      aria-label={`${figure} ${words}`}
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
