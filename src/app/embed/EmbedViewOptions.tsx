// What the embed opens with (the selected event, the filter and search, the time window), its
// size, and the origin of the page that may control it.
import { useId } from 'react';
import type { EmbedSnippetOptions } from '../model/url/embedSnippet';

const WIDTHS = ['100%', 800, 640, 400] as const;

export interface KeptView {
  event: boolean;
  filter: boolean;
  window: boolean;
}

/** Which parts of the view exist to be kept: a box for one that does not is disabled. */
export type AvailableView = KeptView;

const KEPT_LABELS: readonly (readonly [keyof KeptView, string])[] = [
  ['event', 'the selected event'],
  ['filter', 'the actor filter and search'],
  ['window', 'the visible time window'],
];

export function KeptViewOptions({
  keep,
  available,
  onChange,
}: {
  keep: KeptView;
  available: AvailableView;
  onChange: (keep: KeptView) => void;
}) {
  return (
    <fieldset className="embed-dialog__options">
      <legend>The embed opens with</legend>
      {KEPT_LABELS.map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={keep[key] && available[key]}
            disabled={!available[key]}
            onChange={(event) => onChange({ ...keep, [key]: event.target.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function EmbedSizeOptions({
  width,
  height,
  onWidth,
  onHeight,
}: {
  width: EmbedSnippetOptions['width'];
  height: number;
  onWidth: (width: EmbedSnippetOptions['width']) => void;
  onHeight: (height: number) => void;
}) {
  return (
    <div className="embed-dialog__size">
      <label>
        Width
        <select
          value={String(width)}
          onChange={(event) => onWidth(event.target.value === '100%' ? '100%' : Number(event.target.value))}
        >
          {WIDTHS.map((value) => (
            <option key={value} value={String(value)}>
              {value === '100%' ? 'Full width (100%)' : `${value} px`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Height (px)
        <input
          type="number"
          min={320}
          max={1600}
          step={10}
          value={height}
          onChange={(event) => onHeight(Number(event.target.value))}
        />
      </label>
    </div>
  );
}

export function ParentOriginOption({
  origin,
  valid,
  onChange,
}: {
  origin: string;
  valid: boolean;
  onChange: (origin: string) => void;
}) {
  const helpId = `${useId()}-origin-help`;
  return (
    <>
      <label className="embed-dialog__origin">
        Your site’s origin (optional: lets your page control the timeline)
        <input
          type="url"
          placeholder="https://news.example.org"
          value={origin}
          aria-invalid={!valid}
          aria-describedby={helpId}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </label>
      <p id={helpId} className="embed-dialog__help">
        {valid
          ? 'Messages are exchanged with this origin only.'
          : 'Write an origin like https://news.example.org, with no path.'}
      </p>
    </>
  );
}

export type EmbedMode = 'timeline' | 'story';

const MODE_LABELS: readonly (readonly [EmbedMode, string])[] = [
  ['timeline', 'Timeline'],
  ['story', 'Story, one event at a time'],
];

/**
 * Timeline or Story. Story is offered first for frames smaller than a size the editor sets (a
 * whole timeline reads poorly in a small box); a choice made here stays whatever the size.
 */
export function EmbedModeOptions({
  mode,
  suggested,
  storyBelow,
  onMode,
  onStoryBelow,
}: {
  mode: EmbedMode;
  suggested: EmbedMode;
  storyBelow: number;
  onMode: (mode: EmbedMode) => void;
  onStoryBelow: (px: number) => void;
}) {
  const name = `${useId()}-mode`;
  return (
    <fieldset className="embed-dialog__options">
      <legend>View</legend>
      {MODE_LABELS.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onMode(value)}
          />
          {label}
          {value === suggested ? <span className="embed-dialog__help"> (suggested)</span> : null}
        </label>
      ))}
      <label className="embed-dialog__story-below">
        Suggest Story for frames narrower or shorter than (px)
        <input
          type="number"
          min={200}
          max={1600}
          step={10}
          value={storyBelow}
          onChange={(event) => onStoryBelow(Number(event.target.value) || 0)}
        />
      </label>
    </fieldset>
  );
}
