// The Export dialog's pictures: a PNG of the current view (what is on screen, with its sources'
// publishers and the day below), an SVG of the whole filtered timeline (the printed layout, drawn
// off screen) and the browser's Print → Save as PDF of that same layout. Says when it is drawing
// and why a drawing failed.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { chronology } from '../model/dates/eventPlacement';
import { t } from '../model/i18n/intl';
import {
  creditedPublishers,
  creditsLine,
  exportedOnWords,
  pictureFileName,
} from '../model/picture/pictureWords';
import { useDatasetLookups, useNewslineStore, useVisibleEvents } from '../store/store';
import { downloadFile } from '../ui/downloadFile';
import { PRINTED_EVENTS, PrintedTimeline } from '../ui/PrintedTimeline';
import { drawSheetSvg, drawViewPng } from './drawPicture';

type Drawing = { kind: 'png' | 'svg'; exportedAt: Date } | null;

export function PictureExport({ view }: { view: RefObject<HTMLElement | null> }) {
  const dataset = useNewslineStore((s) => s.dataset);
  const visibleWindow = useNewslineStore((s) => s.visibleWindow);
  const viewMode = useNewslineStore((s) => s.viewMode);
  const shown = useVisibleEvents();
  const lookups = useDatasetLookups();
  const [drawing, setDrawing] = useState<Drawing>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const sheetRef = useRef<HTMLDivElement>(null);
  const title = dataset?.title ?? '';

  /** The shown events in the timeline's window: the ones a picture of the view can show. */
  const inView = () => {
    if (!dataset || !visibleWindow || viewMode === 'list') return shown;
    const { placements } = chronology(dataset);
    return shown.filter((event) => {
      const placed = placements.get(event.id);
      if (!placed) return false;
      const start = placed.possible?.earliest ?? placed.start;
      return start <= visibleWindow.end && (placed.end ?? placed.start) >= visibleWindow.start;
    });
  };

  const finish = (fileName: string, blob: Blob, downloaded: string) => {
    downloadFile(fileName, blob.type, blob);
    setStatus(downloaded);
    setDrawing(null);
  };
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    setProblem(t('share.drawingFailed', { reason }));
    setStatus('');
    setDrawing(null);
  };

  const start = (kind: 'png' | 'svg') => {
    setProblem('');
    setStatus(t('share.drawing'));
    setDrawing({ kind, exportedAt: new Date() });
  };

  /** The file a request makes; throws what stopped it. */
  const draw = async ({ kind, exportedAt }: NonNullable<Drawing>) => {
    if (kind === 'png') {
      const element = view.current;
      if (!element) throw new Error(t('share.noView'));
      const credits = creditsLine(creditedPublishers(inView(), lookups?.sourcesById ?? new Map()));
      const words = { credits, exportedOn: exportedOnWords(exportedAt) };
      const blob = await drawViewPng(element, words, window.devicePixelRatio || 1);
      const fileName = pictureFileName(title, exportedAt, 'png');
      return { fileName, blob, downloaded: t('share.downloadedView', { fileName }) };
    }
    const sheet = sheetRef.current?.firstElementChild;
    if (!(sheet instanceof HTMLElement)) throw new Error(t('share.noEvents'));
    const blob = await drawSheetSvg(sheet);
    const fileName = pictureFileName(title, exportedAt, 'svg');
    const count = Math.min(shown.length, PRINTED_EVENTS);
    return { fileName, blob, downloaded: t('share.downloadedEvents', { fileName, count }) };
  };

  // Drawn after the render that shows the progress (and, for the SVG, lays the sheet out).
  useEffect(() => {
    if (!drawing) return;
    draw(drawing)
      .then(({ fileName, blob, downloaded }) => finish(fileName, blob, downloaded))
      .catch(fail);
    // Once per request (`drawing` is a new object each time), with that render's view and events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawing]);

  const busy = drawing !== null;
  return (
    <section className="export-dialog__pictures" aria-labelledby="export-pictures-heading" aria-busy={busy}>
      <h3 id="export-pictures-heading">{t('share.pictures')}</h3>
      <div className="export-dialog__picture-actions">
        <button type="button" className="text-button" disabled={busy} onClick={() => start('png')}>
          {t('share.png')}
        </button>
        <button type="button" className="text-button" disabled={busy} onClick={() => start('svg')}>
          {t('share.svg')}
        </button>
        <button type="button" className="text-button" disabled={busy} onClick={() => window.print()}>
          {t('share.print')}
        </button>
      </div>
      <p className="export-dialog__help">
        {shown.length > PRINTED_EVENTS
          ? t('share.picturesHelpFirst', { count: PRINTED_EVENTS, shown: shown.length })
          : t('share.picturesHelp', { count: shown.length })}
      </p>
      <p role="status" className="export-dialog__picture-status">
        {status}
      </p>
      {problem && (
        <p role="alert" className="edit-dialog__error">
          {problem}
        </p>
      )}
      {drawing?.kind === 'svg' &&
        createPortal(
          <div ref={sheetRef} className="picture-sheet" aria-hidden="true">
            <PrintedTimeline exportedAt={drawing.exportedAt} />
          </div>,
          document.body,
        )}
    </section>
  );
}
