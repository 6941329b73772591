// The page: header, actor filter, timeline and the panel of the selected event.
import { useEffect, useState } from 'react';
import { LoadErrorView, LoadingView } from './data/LoadStatus';
import { DEFAULT_DATASET_URL, loadDataset } from './data/loadDataset';
import { ActorFilter } from './filter/ActorFilter';
import { EventPanel } from './panel/EventPanel';
import { useNewslineStore } from './store/store';
import { Timeline } from './timeline/Timeline';
import { useUrlSync } from './url/useUrlSync';

export function App() {
  const load = useNewslineStore((s) => s.load);
  const title = useNewslineStore((s) => s.dataset?.title);
  const description = useNewslineStore((s) => s.dataset?.description);
  const panelOpen = useNewslineStore((s) => s.selectedEventId !== null && s.dataset !== null);
  // Phones start with the actor list folded so the timeline gets the screen.
  const [filtersOpenAtStart] = useState(() => !window.matchMedia('(max-width: 760px)').matches);
  useUrlSync();

  useEffect(() => {
    void loadDataset(DEFAULT_DATASET_URL);
  }, []);

  useEffect(() => {
    if (title) document.title = `${title} · Newsline`;
  }, [title]);

  return (
    <div className={`app${panelOpen ? ' app--panel-open' : ''}`}>
      <header className="app__header">
        <p className="app__brand">Newsline</p>
        {title && <h1 className="app__title">{title}</h1>}
        {description && <p className="app__description">{description}</p>}
      </header>
      {load.status === 'ready' ? (
        <div className="app__body">
          <details className="app__filters" open={filtersOpenAtStart}>
            <summary>Actors</summary>
            <ActorFilter />
          </details>
          <main className="app__main">
            <Timeline />
          </main>
          <EventPanel />
        </div>
      ) : (
        <main className="app__main app__main--status">
          {load.status === 'failed' ? <LoadErrorView load={load} /> : null}
          {load.status === 'loading' ? <LoadingView load={load} /> : null}
        </main>
      )}
    </div>
  );
}
