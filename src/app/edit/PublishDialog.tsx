// Publishing from edit mode: the edited dataset as the file a site serves; the edits as a
// curation file that `npm run extract` applies to the same articles, for newsrooms that keep
// their articles in a repository; and, for a small timeline, a link that carries it.
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
  if (!dataset || !history) return null;
  const name = idFromText(dataset.title, 'timeline', 60);
  const edits = editsInForce(history);

  const downloadDataset = () => {
    // As `npm run extract` writes it, with its JSON Schema beside it: the same bytes.
    downloadFile('events.json', 'application/json', datasetToJson(dataset, { alreadyValidated: true }));
    setStatus(`Downloaded events.json: ${formatCount(dataset.events.length)} events.`);
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
