// Opening a dataset from the reader's computer: a button that picks a file, and a drop anywhere on
// the page. Newsline JSON, TimelineJS JSON and CSV in TimelineJS's layout; read in this browser only.
import { useEffect, useRef, useState } from 'react';
import { t } from '../model/i18n/intl';
import { loadDatasetFile } from './loadDataset';

const ACCEPT = '.json,.csv,application/json,text/csv';

export function OpenDatasetButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="text-button"
        title={t('article.openTitle')}
        onClick={() => input.current?.click()}
      >
        {t('article.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('article.openLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be opened again
          if (file) void loadDatasetFile(file);
        }}
      />
    </>
  );
}

/** While files are dragged over the page, says what dropping does; a drop opens the first file. */
export function DropZone() {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // the browser would otherwise open the file itself
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void loadDatasetFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="drop-zone" role="status">
      <p className="drop-zone__message">
        {t('article.dropHere')}
        <span className="drop-zone__formats">{t('article.dropFormats')}</span>
      </p>
    </div>
  );
}
