// A Newsline dataset larger than the 200 MB a file read whole may be, written as it is sent (never
// held whole): a few thousand events with long summaries and excerpts, so the browser checks few
// records but receives many bytes. `eventsFirst` puts the events list before the sources and actors,
// which a reader can only check once the whole file has come.

const LONG = 'The harbour board met again on the quay and said the ferry would keep its winter timetable. ';

export function* largeDataset({ count, eventsFirst }) {
  const text = LONG.repeat(Math.floor(4_000 / LONG.length)).trim();
  const head = {
    schemaVersion: 1,
    title: `Harbour archive: ${count.toLocaleString('en-US')} long events`,
    sources: [{ id: 'desk', publisher: 'Harbour Desk', title: null, url: null, published: '2024-01-01' }],
    actors: [
      { id: 'harbour-board', name: 'Harbour board', kind: 'organisation', aliases: [] },
      { id: 'ferry-crew', name: 'Ferry crew', kind: 'group', aliases: [] },
    ],
  };
  const fields = JSON.stringify(head).slice(1, -1);
  yield eventsFirst ? '{"events":[' : `{${fields},"events":[`;
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const event = {
      id: `meeting-${i}`,
      title: `Harbour board meeting ${i + 1}`,
      summary: text,
      date: { basis: 'stated', start: day, approximate: false, phrase: day },
      actorIds: [i % 3 === 0 ? 'ferry-crew' : 'harbour-board'],
      quotes: [],
      paraphrases: [],
      sources: [{ sourceId: 'desk', excerpt: text }],
    };
    yield `${i > 0 ? ',' : ''}${JSON.stringify(event)}`;
  }
  yield eventsFirst ? `],${fields}}` : ']}';
}
