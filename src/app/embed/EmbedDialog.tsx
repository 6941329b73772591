// "Embed" in the full app: a modal dialog with the iframe snippet for the current view, its size,
// a live preview at that size, and copy-to-clipboard. The dialog returns focus to its button.
import { useId, useRef, useState } from 'react';
import { isHttpOrigin } from '../model/url/safeUrl';
import { useNewslineStore, useShallow } from '../store/store';
import { DialogButton, ModalDialog } from '../ui/ModalDialog';
import { embedSnippet, embedUrl, type EmbedSnippetOptions } from './embedSnippet';

const WIDTHS = ['100%', 800, 640, 400] as const;

/** `defaultDataUrl`: the built-in dataset's address, which an embed needs no `data` parameter for. */
export function EmbedButton({ defaultDataUrl }: { defaultDataUrl: string }) {
  return <DialogButton label="Embed" Dialog={EmbedDialog} props={{ defaultDataUrl }} />;
}

function EmbedDialog({ defaultDataUrl, onClose }: { defaultDataUrl: string; onClose: () => void }) {
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const view = useNewslineStore(
    useShallow((s) => ({
      title: s.dataset?.title ?? 'Newsline',
      eventId: s.selectedEventId,
      actorIds: s.selectedActorIds,
      window: s.visibleWindow,
      query: s.searchQuery,
      listView: s.viewMode === 'list',
    })),
  );
  const info = useNewslineStore((s) => s.datasetInfo);
  // An embed fetches its dataset from an address; one opened from a file, or grown on this page, has none.
  const dataAddress = info?.from === 'address' ? new URL(info.url, window.location.href).href : null;
  const dataUrl = dataAddress === new URL(defaultDataUrl, window.location.href).href ? null : dataAddress;
  const noAddress = info !== null && info.from !== 'address';
  const [keep, setKeep] = useState({ event: true, filter: true, window: true });
  const [width, setWidth] = useState<EmbedSnippetOptions['width']>('100%');
  const [height, setHeight] = useState(600);
  const [origin, setOrigin] = useState('');
  const [copyStatus, setCopyStatus] = useState('');

  const originValid = origin === '' || isHttpOrigin(origin);
  const options: EmbedSnippetOptions = {
    appUrl: `${window.location.origin}${window.location.pathname}`,
    title: view.title,
    eventId: keep.event ? view.eventId : null,
    actorIds: keep.filter ? view.actorIds : [],
    window: keep.window ? view.window : null,
    width,
    height: Math.min(1600, Math.max(320, height || 600)),
    parentOrigin: origin !== '' && originValid ? origin : null,
    query: keep.filter ? view.query : '',
    listView: view.listView,
    dataUrl,
  };
  const snippet = embedSnippet(options);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      codeRef.current?.select();
      setCopyStatus('Select-all done: press Ctrl+C (⌘C) to copy.');
    }
  };

  return (
    <ModalDialog title="Embed this timeline" onClose={onClose}>
      {noAddress && (
        <p className="export-dialog__notes" role="note">
          This timeline was{' '}
          {info?.from === 'file' ? `opened from “${info.url}” on this computer` : 'changed on this page'}, and
          an embed can only show a dataset that is on the web. Export it as Newsline JSON, put the file
          online, open it here with <code>?data=</code> and its address, and embed that.
        </p>
      )}
      {!noAddress && (
        <>
          <fieldset className="embed-dialog__options">
            <legend>The embed opens with</legend>
            {(
              [
                ['event', 'the selected event', view.eventId !== null],
                [
                  'filter',
                  'the actor filter and search',
                  view.actorIds.length > 0 || view.query.trim() !== '',
                ],
                ['window', 'the visible time window', view.window !== null],
              ] as const
            ).map(([key, label, available]) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={keep[key] && available}
                  disabled={!available}
                  onChange={(event) => setKeep({ ...keep, [key]: event.target.checked })}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <div className="embed-dialog__size">
            <label>
              Width
              <select
                value={String(width)}
                onChange={(event) =>
                  setWidth(event.target.value === '100%' ? '100%' : Number(event.target.value))
                }
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
                onChange={(event) => setHeight(Number(event.target.value))}
              />
            </label>
          </div>
          <label className="embed-dialog__origin">
            Your site’s origin (optional: lets your page control the timeline)
            <input
              type="url"
              placeholder="https://news.example.org"
              value={origin}
              aria-invalid={!originValid}
              aria-describedby={`${ids}-origin-help`}
              onChange={(event) => setOrigin(event.target.value.trim())}
            />
          </label>
          <p id={`${ids}-origin-help`} className="embed-dialog__help">
            {originValid
              ? 'Messages are exchanged with this origin only.'
              : 'Write an origin like https://news.example.org, with no path.'}
          </p>
          <label className="embed-dialog__code">
            Code to paste into your page
            <textarea
              ref={codeRef}
              readOnly
              rows={5}
              value={snippet}
              onFocus={(event) => event.target.select()}
            />
          </label>
          <div className="embed-dialog__actions">
            <button type="button" className="text-button text-button--primary" onClick={() => void copy()}>
              Copy code
            </button>
            <span role="status">{copyStatus}</span>
          </div>
          <p className="embed-dialog__preview-label">
            Preview at {width === '100%' ? 'full width' : `${width} px`} × {options.height} px
          </p>
          {/* Focusable so keyboard users can scroll a preview larger than the dialog. */}
          <div className="embed-dialog__preview" tabIndex={0} role="region" aria-label="Preview">
            <iframe
              src={embedUrl(options)}
              title="Preview of the embedded timeline"
              width={width === '100%' ? '100%' : width}
              height={options.height}
              loading="lazy"
            />
          </div>
        </>
      )}
    </ModalDialog>
  );
}
