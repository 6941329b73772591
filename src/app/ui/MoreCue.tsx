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
 * The time axis runs the way the interface reads (vis-timeline follows the page's direction): in
 * Arabic the earlier events are on the right, so the earlier cue points right. The arrow always
 * leads the words on the side it points to.
 */
const CUE_WORDS: Record<
  CueDirection,
  { arrows: { ltr: string; rtl: string }; label: MessageId; words: MessageId; arrowFirst: boolean }
> = {
  earlier: {
    arrows: { ltr: '←', rtl: '→' },
    label: 'shell.cue.earlier',
    words: 'shell.cue.earlierWords',
    arrowFirst: true,
  },
  above: {
    arrows: { ltr: '↑', rtl: '↑' },
    label: 'shell.cue.above',
    words: 'shell.cue.aboveWords',
    arrowFirst: true,
  },
  below: {
    arrows: { ltr: '↓', rtl: '↓' },
    label: 'shell.cue.below',
    words: 'shell.cue.belowWords',
    arrowFirst: true,
  },
  later: {
    arrows: { ltr: '→', rtl: '←' },
    label: 'shell.cue.later',
    words: 'shell.cue.laterWords',
    arrowFirst: false,
  },
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
  const { arrows, label, words, arrowFirst } = CUE_WORDS[direction];
  const arrow = arrows[textDirection(interfaceLanguage())];
  const figure = formatCount(count);
  const text = <span className="more-cue__words"> {t(words, { count })}</span>;
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
