// "Embed" in the full app: a modal dialog with the iframe snippet for the current view, its size,
// a live preview at that size, and copy-to-clipboard. The dialog returns focus to its button.
import { useState } from 'react';
import { isHttpOrigin } from '../model/url/safeUrl';
import { useNewslineStore, useShallow } from '../store/store';
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
  EmbedModeOptions,
  EmbedSizeOptions,
  KeptViewOptions,
  ParentOriginOption,
  type EmbedMode,
  type KeptView,
} from './EmbedViewOptions';
import { useEmbedSource } from './useEmbedSource';

/** `defaultDataUrl`: the built-in dataset's address, which an embed needs no `data` parameter for. */
export function EmbedButton({ defaultDataUrl }: { defaultDataUrl: string }) {
  return <DialogButton label="Embed" Dialog={EmbedDialog} props={{ defaultDataUrl }} />;
}

const DEFAULT_HEIGHT = 600;

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
  // Until the editor picks one, the mode follows the frame's size (and story mode, if on show).
  const [chosenMode, setChosenMode] = useState<EmbedMode | null>(null);

  if (noAddress)
    return (
      <ModalDialog title="Embed this timeline" onClose={onClose}>
        <p className="export-dialog__notes" role="note">
          This timeline was{' '}
          {noAddress.from === 'file'
            ? `opened from “${noAddress.name}” on this computer`
            : 'changed on this page'}
          , and an embed can only show a dataset that is on the web. Export it as Newsline JSON, put the file
          online, open it here with <code>?data=</code> and its address, and embed that.
        </p>
      </ModalDialog>
    );

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
  };
  const available = {
    event: view.eventId !== null,
    filter: view.actorIds.length > 0 || view.query.trim() !== '',
    window: view.window !== null,
  };

  return (
    <ModalDialog title="Embed this timeline" onClose={onClose}>
      <KeptViewOptions keep={keep} available={available} onChange={setKeep} />
      <EmbedSizeOptions width={width} height={height} onWidth={setWidth} onHeight={setHeight} />
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
