// The export dialog: the format (Newsline JSON, TimelineJS JSON, CSV in TimelineJS's layout), all
// events or the ones shown, what the format cannot hold, and a download made in this browser; then
// the pictures to share (PictureExport.tsx).
import { useId, useMemo, useState, type RefObject } from 'react';
import { FORMAT_NAMES, type FileFormat } from '../../formats/fileFormat';
import { formatCount } from '../model/formatCount';
import { isNarrowed, narrowingWords, shownCountWords } from '../model/filtering/shownWords';
import { useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { downloadFile } from '../ui/downloadFile';
import { exportDataset } from './exportDataset';
import { PictureExport } from './PictureExport';

const FORMATS: { format: FileFormat; help: string }[] = [
  { format: 'newsline', help: 'Everything: dates, actors, quotes, sources and excerpts. Opens in Newsline.' },
  { format: 'timelinejs', help: 'For TimelineJS: events with their dates, headlines and texts.' },
  { format: 'csv', help: 'TimelineJS’s spreadsheet columns: opens in a spreadsheet or TimelineJS.' },
];

const SCHEMA_URL = new URL(`${import.meta.env.BASE_URL}data/events.schema.json`, window.location.href).href;

/** `view`: the element a PNG of the current view draws (the app; later, a story slide). */
export default function ExportDialog({
  view,
  onClose,
}: {
  view: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const ids = useId();
  const dataset = useNewslineStore((s) => s.dataset);
  const shown = useVisibleEvents();
  const summary = useShownSummary();
  const [format, setFormat] = useState<FileFormat>('newsline');
  const [onlyShown, setOnlyShown] = useState(false);
  const [status, setStatus] = useState('');

  const total = dataset?.events.length ?? 0;
  // Narrowed by the actor filter or the search, even when they leave every event: the count says so too.
  const filtered = isNarrowed(summary);
  const events = useMemo(
    () => (onlyShown && filtered ? shown : (dataset?.events ?? [])),
    [onlyShown, filtered, shown, dataset],
  );
  const file = useMemo(
    () => (dataset ? exportDataset(dataset, events, format, SCHEMA_URL) : null),
    [dataset, events, format],
  );

  const download = () => {
    if (!file) return;
    downloadFile(file.fileName, file.mimeType, file.text());
    setStatus(`Downloaded ${file.fileName}: ${formatCount(events.length)} events.`);
  };

  return (
    <ModalDialog title="Export this timeline" className="export-dialog" onClose={onClose}>
      <fieldset className="embed-dialog__options">
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <label key={option.format} className="export-dialog__choice">
            <input
              type="radio"
              name={`${ids}-format`}
              checked={format === option.format}
              onChange={() => setFormat(option.format)}
            />
            <span>
              {FORMAT_NAMES[option.format]}
              <span className="export-dialog__help">{option.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="embed-dialog__options">
        <legend>Events</legend>
        <label>
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={!onlyShown || !filtered}
            onChange={() => setOnlyShown(false)}
          />
          All {formatCount(total)} events
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={onlyShown && filtered}
            disabled={!filtered}
            onChange={() => setOnlyShown(true)}
          />
          {filtered
            ? `${shownCountWords(summary)} shown, narrowed by ${narrowingWords(summary) ?? ''}`
            : 'Only the events shown (no actor filter or search is on: that is all of them)'}
        </label>
      </fieldset>
      {file && file.notes.length > 0 && (
        <div className="export-dialog__notes" role="note">
          <p>{FORMAT_NAMES[format]} cannot hold, and this file leaves out:</p>
          <ul>
            {file.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="embed-dialog__actions">
        <button
          type="button"
          className="text-button text-button--primary"
          onClick={download}
          disabled={!file}
        >
          Download {file?.fileName}
        </button>
        <span role="status">{status}</span>
      </div>
      <PictureExport view={view} />
      <p className="embed-dialog__help">
        Files and pictures are made in this browser; nothing is sent anywhere.
      </p>
    </ModalDialog>
  );
}
