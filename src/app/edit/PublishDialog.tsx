// Publishing from edit mode: the edited dataset as the file a site serves; the whole app with it
// inside as a zip for any static host; the edits as a curation file that `npm run extract`
// applies to the same articles, for newsrooms that keep their articles in a repository; and, for
// a small timeline, a link that carries it.
import { useState } from 'react';
import { datasetToJson } from '../../schema/datasetJson';
import { idFromText } from '../../schema/id';
import { editsInForce } from '../../editing/editHistory';
import { editsFileText } from '../../editing/editsFile';
import { formatCount } from '../model/formatCount';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { downloadFile } from '../ui/downloadFile';
import { ModalDialog } from '../ui/ModalDialog';
import { CodeMessage } from '../ui/CodeMessage';
import { LinkWithTimeline } from './LinkWithTimeline';

export function PublishDialog({ onClose }: { onClose: () => void }) {
  const dataset = useNewslineStore((s) => s.dataset);
  const history = useNewslineStore((s) => s.editSession?.history ?? null);
  const [status, setStatus] = useState('');
  const [packing, setPacking] = useState(false);
  const [siteError, setSiteError] = useState<string | null>(null);
  if (!dataset || !history) return null;
  const name = idFromText(dataset.title, 'timeline', 60);
  const edits = editsInForce(history);

  const downloadDataset = () => {
    // As `npm run extract` writes it, with its JSON Schema beside it: the same bytes.
    downloadFile('events.json', 'application/json', datasetToJson(dataset, { alreadyValidated: true }));
    setStatus(t('edit.publish.downloadedDataset', { file: 'events.json', count: dataset.events.length }));
  };
  const downloadSite = async () => {
    setPacking(true);
    setSiteError(null);
    setStatus(t('edit.publish.packing'));
    let fileCount = 0;
    try {
      // Loaded when asked for: the zip code is of no use to a reader who never publishes.
      const { buildStaticSite } = await import('./staticSite');
      const zip = await buildStaticSite(datasetToJson(dataset, { alreadyValidated: true }), {
        baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
        title: dataset.title,
        onProgress: (packed, total) => {
          fileCount = total;
          setStatus(t('edit.publish.packingFiles', { packed: formatCount(packed), total }));
        },
      });
      downloadFile(`${name}.zip`, 'application/zip', zip);
      setStatus(t('edit.publish.downloadedSite', { file: `${name}.zip`, count: fileCount }));
    } catch (error) {
      setStatus('');
      setSiteError(error instanceof Error ? error.message : String(error));
    } finally {
      setPacking(false);
    }
  };
  const downloadEdits = () => {
    const made = new Date().toISOString().slice(0, 10);
    downloadFile(
      `${name}.edits.yaml`,
      'application/yaml',
      editsFileText(edits, { title: dataset.title, made }),
    );
    setStatus(t('edit.publish.downloadedEdits', { file: `${name}.edits.yaml`, count: edits.length }));
  };

  return (
    <ModalDialog title={t('edit.publish.title')} className="edit-dialog" onClose={onClose}>
      <div className="edit-dialog__body">
        <section className="edit-group">
          <h3>{t('edit.publish.dataset')}</h3>
          <p>
            <CodeMessage
              id="edit.publish.datasetText"
              code={{ file: 'events.json', command: 'npm run extract', param: '?data=' }}
            />
          </p>
          <button type="button" className="text-button text-button--primary" onClick={downloadDataset}>
            {t('edit.publish.downloadDataset')}
          </button>
        </section>
        <section className="edit-group">
          <h3>{t('edit.publish.site')}</h3>
          <p>
            <CodeMessage id="edit.publish.siteText" code={{ readme: 'README.txt' }} />
          </p>
          <button
            type="button"
            className="text-button"
            onClick={() => void downloadSite()}
            disabled={packing}
          >
            {t('edit.publish.downloadSite')}
          </button>
          {siteError && (
            <p role="alert" className="edit-dialog__error">
              {siteError}
            </p>
          )}
        </section>
        <section className="edit-group">
          <h3>{t('edit.publish.edits')}</h3>
          <p>
            <CodeMessage
              id="edit.publish.editsText"
              values={{ count: edits.length }}
              code={{
                command: `npm run extract -- --edits ${name}.edits.yaml`,
                edits: 'edits:',
                file: 'data/curation.yaml',
              }}
            />
          </p>
          <button type="button" className="text-button" onClick={downloadEdits} disabled={edits.length === 0}>
            {t('edit.publish.downloadEdits')}
          </button>
        </section>
        <section className="edit-group">
          <h3>{t('edit.publish.link')}</h3>
          <LinkWithTimeline dataset={dataset} />
        </section>
        <p role="status" className="edit-dialog__status">
          {status}
        </p>
      </div>
    </ModalDialog>
  );
}
