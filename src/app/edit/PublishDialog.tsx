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
import { useNewslineStore } from '../store/store';
import { downloadFile } from '../ui/downloadFile';
import { ModalDialog } from '../ui/ModalDialog';
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
    setStatus(`Downloaded events.json: ${formatCount(dataset.events.length)} events.`);
  };
  const downloadSite = async () => {
    setPacking(true);
    setSiteError(null);
    setStatus('Packing…');
    let fileCount = 0;
    try {
      // Loaded when asked for: the zip code is of no use to a reader who never publishes.
      const { buildStaticSite } = await import('./staticSite');
      const zip = await buildStaticSite(datasetToJson(dataset, { alreadyValidated: true }), {
        baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
        title: dataset.title,
        onProgress: (packed, total) => {
          fileCount = total;
          setStatus(`Packing… ${formatCount(packed)} of ${formatCount(total)} files`);
        },
      });
      downloadFile(`${name}.zip`, 'application/zip', zip);
      setStatus(`Downloaded ${name}.zip: ${formatCount(fileCount)} files.`);
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
    setStatus(`Downloaded ${name}.edits.yaml: ${formatCount(edits.length)} edits.`);
  };

  return (
    <ModalDialog title="Publish this timeline" className="edit-dialog" onClose={onClose}>
      <div className="edit-dialog__body">
        <section className="edit-group">
          <h3>The dataset</h3>
          <p>
            <code>events.json</code>, as <code>npm run extract</code> writes it: serve it beside the app and
            open it with <code>?data=</code>. Other formats are under Export.
          </p>
          <button type="button" className="text-button text-button--primary" onClick={downloadDataset}>
            Download events.json
          </button>
        </section>
        <section className="edit-group">
          <h3>A static site</h3>
          <p>
            The whole app with this timeline inside, as a zip: unzip it into a folder of any static web host.
            Its <code>README.txt</code> says how, and has the embed code.
          </p>
          <button
            type="button"
            className="text-button"
            onClick={() => void downloadSite()}
            disabled={packing}
          >
            Download the site (.zip)
          </button>
          {siteError && (
            <p role="alert" className="edit-dialog__error">
              {siteError}
            </p>
          )}
        </section>
        <section className="edit-group">
          <h3>The edits, for the command line</h3>
          <p>
            {formatCount(edits.length)} edit{edits.length === 1 ? '' : 's'} as a curation file. Run{' '}
            <code>npm run extract -- --edits {name}.edits.yaml</code> on the same articles to get the same
            dataset, or paste its <code>edits:</code> into <code>data/curation.yaml</code>.
          </p>
          <button type="button" className="text-button" onClick={downloadEdits} disabled={edits.length === 0}>
            Download the edits
          </button>
        </section>
        <section className="edit-group">
          <h3>A link that carries the timeline</h3>
          <LinkWithTimeline dataset={dataset} />
        </section>
        <p role="status" className="edit-dialog__status">
          {status}
        </p>
      </div>
    </ModalDialog>
  );
}
