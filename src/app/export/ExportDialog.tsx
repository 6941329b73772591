// The export dialog: the format (Newsline JSON, TimelineJS JSON, CSV in TimelineJS's layout), all
// events or the ones shown, what the format cannot hold, and a download made in this browser; then
// the pictures to share (PictureExport.tsx).
import { useId, useMemo, useState, type RefObject } from 'react';
import type { FileFormat } from '../../formats/fileFormat';
import { t, type MessageId } from '../model/i18n/intl';
import { isNarrowed, narrowingWords, shownCountWords } from '../model/filtering/shownWords';
import { useNewslineStore, useShownSummary, useVisibleEvents } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { downloadFile } from '../ui/downloadFile';
import { exportDataset } from './exportDataset';
import { PictureExport } from './PictureExport';

const FORMATS: { format: FileFormat; name: MessageId; help: MessageId }[] = [
  { format: 'newsline', name: 'share.formatNewsline', help: 'share.formatNewslineHelp' },
  { format: 'timelinejs', name: 'share.formatTimelinejs', help: 'share.formatTimelinejsHelp' },
  { format: 'csv', name: 'share.formatCsv', help: 'share.formatCsvHelp' },
];

/** A format's name for readers: "CSV (TimelineJS spreadsheet)". */
function formatName(format: FileFormat): string {
  const option = FORMATS.find((candidate) => candidate.format === format);
  return option ? t(option.name) : format;
}

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
    setStatus(t('share.downloadedEvents', { fileName: file.fileName, count: events.length }));
  };

  return (
    <ModalDialog title={t('share.exportTitle')} className="export-dialog" onClose={onClose}>
      <fieldset className="embed-dialog__options">
        <legend>{t('share.formatLegend')}</legend>
        {FORMATS.map((option) => (
          <label key={option.format} className="export-dialog__choice">
            <input
              type="radio"
              name={`${ids}-format`}
              checked={format === option.format}
              onChange={() => setFormat(option.format)}
            />
            <span>
              {t(option.name)}
              <span className="export-dialog__help">{t(option.help)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="embed-dialog__options">
        <legend>{t('share.eventsLegend')}</legend>
        <label>
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={!onlyShown || !filtered}
            onChange={() => setOnlyShown(false)}
          />
          {t('share.allEvents', { count: total })}
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
            ? t('share.onlyShown', {
                shown: shownCountWords(summary),
                narrowing: narrowingWords(summary) ?? '',
              })
            : t('share.onlyShownNone')}
        </label>
      </fieldset>
      {file && file.notes.length > 0 && (
        <div className="export-dialog__notes" role="note">
          <p>{t('share.cannotHold', { format: formatName(format) })}</p>
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
          {t('share.download', { fileName: file?.fileName ?? '' })}
        </button>
        <span role="status">{status}</span>
      </div>
      <PictureExport view={view} />
      <p className="embed-dialog__help">{t('share.madeHere')}</p>
    </ModalDialog>
  );
}
