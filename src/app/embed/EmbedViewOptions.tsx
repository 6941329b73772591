// What the embed opens with (the selected event, the filter and search, the time window), its
// size, its language, and the origin of the page that may control it.
import { useId } from 'react';
import { t, type MessageId } from '../model/i18n/intl';
import type { Language } from '../model/i18n/locales';
import { LanguageSelect } from '../ui/LanguageSelect';
import type { EmbedSnippetOptions } from '../model/url/embedSnippet';

const WIDTHS = ['100%', 800, 640, 400] as const;

export interface KeptView {
  event: boolean;
  filter: boolean;
  window: boolean;
}

/** Which parts of the view exist to be kept: a box for one that does not is disabled. */
export type AvailableView = KeptView;

const KEPT_LABELS: readonly (readonly [keyof KeptView, MessageId])[] = [
  ['event', 'share.keptEvent'],
  ['filter', 'share.keptFilter'],
  ['window', 'share.keptWindow'],
];

/** An origin as the field wants it: scheme and host, no path. */
const EXAMPLE_ORIGIN = 'https://news.example.org';

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
      <legend>{t('share.keptLegend')}</legend>
      {KEPT_LABELS.map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={keep[key] && available[key]}
            disabled={!available[key]}
            onChange={(event) => onChange({ ...keep, [key]: event.target.checked })}
          />
          {t(label)}
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
        {t('share.width')}
        <select
          value={String(width)}
          onChange={(event) => onWidth(event.target.value === '100%' ? '100%' : Number(event.target.value))}
        >
          {WIDTHS.map((value) => (
            <option key={value} value={String(value)}>
              {value === '100%' ? t('share.widthFull') : t('share.widthPixels', { width: value })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('share.heightPixels')}
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
        {t('share.origin')}
        <input
          type="url"
          placeholder={EXAMPLE_ORIGIN}
          value={origin}
          aria-invalid={!valid}
          aria-describedby={helpId}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </label>
      <p id={helpId} className="embed-dialog__help">
        {valid ? t('share.originHelp') : t('share.originInvalid', { example: EXAMPLE_ORIGIN })}
      </p>
    </>
  );
}

export type EmbedMode = 'timeline' | 'story';

const MODE_LABELS: readonly (readonly [EmbedMode, MessageId])[] = [
  ['timeline', 'share.modeTimeline'],
  ['story', 'share.modeStory'],
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
      <legend>{t('share.viewLegend')}</legend>
      {MODE_LABELS.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onMode(value)}
          />
          {t(label)}
          {value === suggested ? (
            <span className="embed-dialog__help"> {t('share.suggested', { mode: value })}</span>
          ) : null}
        </label>
      ))}
      <label className="embed-dialog__story-below">
        {t('share.storyBelow')}
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

/** The language the embed speaks: each shipped one by its own name, whatever the interface's. */
export function EmbedLanguageOption({
  language,
  onChange,
}: {
  language: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <div className="embed-dialog__size">
      <label>
        {t('share.language')}
        <LanguageSelect value={language} onChange={onChange} />
      </label>
    </div>
  );
}
