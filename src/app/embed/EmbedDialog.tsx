// "Embed" in the full app: a modal dialog with the iframe snippet for the current view, its size
// and language, a live preview at that size in that language, and copy-to-clipboard. The dialog
// returns focus to its button.
import { useState } from 'react';
import { interfaceLanguage, t } from '../model/i18n/intl';
import type { Language } from '../model/i18n/locales';
import { isHttpOrigin } from '../model/url/safeUrl';
import { useNewslineStore, useShallow } from '../store/store';
import { CodeMessage } from '../ui/CodeMessage';
import { DialogButton, ModalDialog } from '../ui/ModalDialog';
import { EmbedCode, EmbedPreview } from './EmbedCode';
import {
  DEFAULT_STORY_BELOW_PX,
  embedSnippet,
  embedUrl,
  suggestedEmbedMode,
  type EmbedSnippetOptions,
} from '../model/url/embedSnippet';
import {
  EmbedLanguageOption,
  EmbedModeOptions,
  EmbedSizeOptions,
  KeptViewOptions,
  ParentOriginOption,
  type EmbedMode,
  type KeptView,
} from './EmbedViewOptions';
import { useEmbedSource } from './useEmbedSource';
import './embed.css';

/** `defaultDataUrl`: the built-in dataset's address, which an embed needs no `data` parameter for. */
export function EmbedButton({ defaultDataUrl }: { defaultDataUrl: string }) {
  return <DialogButton label={t('share.embed')} Dialog={EmbedDialog} props={{ defaultDataUrl }} />;
}

const DEFAULT_HEIGHT = 600;

/** The link parameter an embed of a dataset on the web needs: code, in any language. */
const DATA_PARAMETER = '?data=';

function EmbedDialog({ defaultDataUrl, onClose }: { defaultDataUrl: string; onClose: () => void }) {
  const view = useNewslineStore(
    useShallow((s) => ({
      title: s.dataset?.title ?? 'Newsline',
      eventId: s.selectedEventId,
      actorIds: s.selectedActorIds,
      window: s.visibleWindow,
      query: s.searchQuery,
      listView: s.viewMode === 'list',
      story: s.appMode === 'story',
      lanes: s.laneMode,
    })),
  );
  const { dataUrl, tilesUrl, noAddress } = useEmbedSource(defaultDataUrl);
  const [keep, setKeep] = useState<KeptView>({ event: true, filter: true, window: true });
  const [width, setWidth] = useState<EmbedSnippetOptions['width']>('100%');
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [origin, setOrigin] = useState('');
  const [storyBelow, setStoryBelow] = useState(DEFAULT_STORY_BELOW_PX);
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  // Until the editor picks one, the mode follows the frame's size (and story mode, if on show).
  const [chosenMode, setChosenMode] = useState<EmbedMode | null>(null);

  if (noAddress) {
    return (
      <ModalDialog title={t('share.embedTitle')} onClose={onClose}>
        <p className="export-dialog__notes" role="note">
          <CodeMessage
            id="share.embedNoAddress"
            code={{ parameter: DATA_PARAMETER }}
            values={{ from: noAddress.from, name: noAddress.from === 'file' ? noAddress.name : '' }}
          />
        </p>
      </ModalDialog>
    );
  }

  const originValid = origin === '' || isHttpOrigin(origin);
  const frameHeight = Math.min(1600, Math.max(320, height || DEFAULT_HEIGHT));
  const suggestedMode = view.story ? 'story' : suggestedEmbedMode({ width, height: frameHeight }, storyBelow);
  const mode = chosenMode ?? suggestedMode;
  const options: EmbedSnippetOptions = {
    appUrl: `${window.location.origin}${window.location.pathname}`,
    title: view.title,
    eventId: keep.event ? view.eventId : null,
    actorIds: keep.filter ? view.actorIds : [],
    window: keep.window ? view.window : null,
    width,
    height: frameHeight,
    parentOrigin: origin !== '' && originValid ? origin : null,
    query: keep.filter ? view.query : '',
    listView: mode === 'timeline' && view.listView,
    story: mode === 'story',
    lanes: view.lanes,
    dataUrl,
    tilesUrl,
    language,
  };
  const available = {
    event: view.eventId !== null,
    filter: view.actorIds.length > 0 || view.query.trim() !== '',
    window: view.window !== null,
  };

  return (
    <ModalDialog title={t('share.embedTitle')} onClose={onClose}>
      <KeptViewOptions keep={keep} available={available} onChange={setKeep} />
      <EmbedSizeOptions width={width} height={height} onWidth={setWidth} onHeight={setHeight} />
      <EmbedLanguageOption language={language} onChange={setLanguage} />
      <EmbedModeOptions
        mode={mode}
        suggested={suggestedMode}
        storyBelow={storyBelow}
        onMode={setChosenMode}
        onStoryBelow={setStoryBelow}
      />
      <ParentOriginOption origin={origin} valid={originValid} onChange={setOrigin} />
      <EmbedCode snippet={embedSnippet(options)} />
      <EmbedPreview src={embedUrl(options)} width={width} height={options.height} />
    </ModalDialog>
  );
}
