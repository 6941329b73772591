import { describe, expect, it } from 'vitest';
import { DatasetSchema, type TimelineEvent } from '../schema/dataset';
import { editingFixture } from '../testing/editingFixture';
import { applyEdit, editedDataset, type EditedDataset, type EditResult } from './applyEdit';
import { EditOperationSchema, type EditOperation } from './editOperation';

const start = () => editedDataset(editingFixture());

function apply(edits: EditOperation[], from: EditedDataset = start()): EditedDataset {
  return edits.reduce((edited, edit) => {
    const result = applyEdit(edited, edit);
    if (!result.ok) throw new Error(`${edit.op}: ${JSON.stringify(result.problems)}`);
    return result.edited;
  }, from);
}

const eventOf = (edited: EditedDataset, id: string): TimelineEvent => {
  const event = edited.dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

const problemsOf = (result: EditResult) => (result.ok ? [] : result.problems);

describe('applyEdit', () => {
  it('changes an event title and summary, trimmed as the loader would', () => {
    const edited = apply([
      { op: 'event.title', eventId: 'late', title: '  Later  ' },
      { op: 'event.summary', eventId: 'late', summary: 'It happened later.' },
    ]);
    expect(eventOf(edited, 'late')).toMatchObject({ title: 'Later', summary: 'It happened later.' });
    expect(DatasetSchema.safeParse(edited.dataset).success).toBe(true);
  });

  it("sets an event's picture and takes it away, and the edits file checks media like the dataset", () => {
    const media = {
      kind: 'image' as const,
      url: 'https://photos.example.net/late.jpg',
      alt: 'The harbour at dusk',
      credit: 'Photo: Ada Quill',
    };
    const set = apply([{ op: 'event.media', eventId: 'late', media }]);
    expect(eventOf(set, 'late').media).toEqual(media);
    const cleared = apply([{ op: 'event.media', eventId: 'late', media: null }], set);
    expect('media' in eventOf(cleared, 'late')).toBe(false);
    const noAlt = EditOperationSchema.safeParse({
      op: 'event.media',
      eventId: 'late',
      media: { kind: 'image', url: media.url },
    });
    expect(noAlt.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    ]);
  });

  it('adds, renames, re-dates and removes an era, trimmed and checked like the rest', () => {
    const era = { id: 'talks', title: '  The talks ', start: '2019', end: '2020-02' };
    const added = apply([{ op: 'era.add', era }]);
    expect(added.dataset.eras).toEqual([{ ...era, title: 'The talks' }]);
    const changed = apply(
      [
        {
          op: 'era.update',
          eraId: 'talks',
          changes: { title: 'Doha', end: '2020-02-29', description: 'Talks.' },
        },
      ],
      added,
    );
    expect(changed.dataset.eras).toEqual([
      { id: 'talks', title: 'Doha', start: '2019', end: '2020-02-29', description: 'Talks.' },
    ]);
    expect(
      apply([{ op: 'era.update', eraId: 'talks', changes: { description: ' ' } }], changed).dataset.eras,
    ).toEqual([{ id: 'talks', title: 'Doha', start: '2019', end: '2020-02-29' }]);
    const removed = apply([{ op: 'era.remove', eraId: 'talks' }], changed);
    expect('eras' in removed.dataset).toBe(false);
    expect(DatasetSchema.safeParse(changed.dataset).success).toBe(true);
  });

  it('refuses an era that ends before it starts, or a second era of one id, saying where', () => {
    const era = { id: 'talks', title: 'The talks', start: '2019', end: '2020' };
    const added = apply([{ op: 'era.add', era }]);
    expect(
      problemsOf(applyEdit(added, { op: 'era.update', eraId: 'talks', changes: { end: '2018-12' } })),
    ).toEqual([{ field: 'eras.0.end', message: 'ends (2018-12) before it starts (2019)' }]);
    expect(
      problemsOf(applyEdit(added, { op: 'era.update', eraId: 'talks', changes: { start: '2019-13' } })),
    ).toEqual([expect.objectContaining({ field: 'eras.0.start' })]);
    expect(problemsOf(applyEdit(added, { op: 'era.add', era }))).toEqual([
      { field: '', message: 'the timeline already has an era "talks"' },
    ]);
    expect(problemsOf(applyEdit(added, { op: 'era.remove', eraId: 'gone' }))).toEqual([
      { field: '', message: 'the timeline has no era "gone"' },
    ]);
  });

  it('keeps the eras through an edit of another kind', () => {
    const eras = [{ id: 'talks', title: 'The talks', start: '2019', end: '2020' }];
    const edited = apply(
      [
        { op: 'dataset.title', title: 'Renamed' },
        { op: 'event.title', eventId: 'late', title: 'Later' },
        { op: 'event.drop', eventId: 'late' },
      ],
      editedDataset({ ...editingFixture(), eras }),
    );
    expect(edited.dataset.eras).toEqual(eras);
  });

  it('refuses an empty title and says which field', () => {
    const result = applyEdit(start(), { op: 'event.title', eventId: 'late', title: '   ' });
    expect(problemsOf(result)).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('refuses a span that ends before it starts, on the end', () => {
    const result = applyEdit(start(), {
      op: 'event.date',
      eventId: 'late',
      date: { basis: 'stated', start: '2025-03', end: '2024', approximate: false, phrase: 'by hand' },
    });
    expect(problemsOf(result)).toEqual([
      { field: 'date.end', message: 'ends (2024) before it starts (2025-03)' },
    ]);
  });

  it('adds and removes actors, and refuses unknown ones', () => {
    const edited = apply([
      { op: 'event.addActor', eventId: 'late', actorId: 'land' },
      { op: 'event.removeActor', eventId: 'late', actorId: 'ann' },
    ]);
    expect(eventOf(edited, 'late').actorIds).toEqual(['land']);
    expect(
      problemsOf(applyEdit(start(), { op: 'event.addActor', eventId: 'late', actorId: 'nobody' })),
    ).toEqual([{ field: '', message: 'the timeline has no actor "nobody"' }]);
  });

  it('sets a speaker, and moves a quote to reported speech and back in article order', () => {
    const edited = apply([
      { op: 'statement.speaker', eventId: 'talks', list: 'quotes', index: 0, speakerId: null },
      { op: 'statement.move', eventId: 'talks', from: 'quotes', index: 0 },
    ]);
    const talks = eventOf(edited, 'talks');
    expect(talks.quotes).toEqual([]);
    expect(talks.paraphrases.map((p) => p.offset)).toEqual([11, 40]);
    expect(talks.paraphrases[0]?.speakerId).toBeNull();
    const back = apply([{ op: 'statement.move', eventId: 'talks', from: 'paraphrases', index: 1 }], edited);
    expect(eventOf(back, 'talks').quotes.map((q) => q.text)).toEqual(['it would reply within a week']);
  });

  it('drops an event and brings it back where it was', () => {
    const dropped = apply([{ op: 'event.drop', eventId: 'early' }]);
    expect(dropped.dataset.events.map((e) => e.id)).not.toContain('early');
    const restored = apply([{ op: 'event.restore', eventId: 'early' }], dropped);
    expect(restored.dataset).toEqual(editingFixture());
    expect(restored.dropped).toEqual([]);
  });

  it('merges two events: every actor, statement and source once', () => {
    const edited = apply([{ op: 'event.merge', eventId: 'talks', otherId: 'middle' }]);
    expect(edited.dataset.events.map((e) => e.id)).not.toContain('middle');
    const talks = eventOf(edited, 'talks');
    expect(talks.actorIds).toEqual(['ann', 'bureau']);
    expect(talks.sources.map((s) => s.excerpt)).toContain('Middle.');
    expect(talks.sources).toHaveLength(3);
  });

  it('splits an event: the new one takes the chosen source and the statements inside it', () => {
    const edited = apply([
      { op: 'event.split', eventId: 'talks', newId: 'reply', title: 'Bureau to reply', sources: [1] },
    ]);
    const ids = edited.dataset.events.map((e) => e.id);
    expect(ids.indexOf('reply')).toBe(ids.indexOf('talks') + 1);
    expect(eventOf(edited, 'talks')).toMatchObject({ quotes: [{ offset: 11 }], paraphrases: [] });
    expect(eventOf(edited, 'reply')).toMatchObject({
      title: 'Bureau to reply',
      summary: 'The Bureau said it would reply within a week.',
      paraphrases: [{ offset: 40 }],
      quotes: [],
    });
    expect(
      problemsOf(
        applyEdit(start(), { op: 'event.split', eventId: 'talks', newId: 'x', title: 'X', sources: [0, 1] }),
      ),
    ).toEqual([{ field: '', message: 'the event would keep no source: leave it at least one' }]);
  });

  it('merges actors: every reference follows, and the other names become aliases', () => {
    const edited = apply([{ op: 'actor.merge', actorId: 'bureau', otherId: 'ann' }]);
    expect(edited.dataset.actors.map((a) => a.id)).toEqual(['bureau', 'land']);
    expect(edited.dataset.actors[0]?.aliases).toEqual(['Ann']);
    const talks = eventOf(edited, 'talks');
    expect(talks.actorIds).toEqual(['bureau']);
    expect(talks.quotes[0]?.speakerId).toBe('bureau');
    expect(JSON.stringify(edited.dataset)).not.toContain('"ann"');
    expect(DatasetSchema.safeParse(edited.dataset).success).toBe(true);
  });

  it('renames an actor, keeping the old name as an alias; sets kind and aliases', () => {
    const edited = apply([
      { op: 'actor.rename', actorId: 'ann', name: 'Ann Lee' },
      { op: 'actor.kind', actorId: 'land', kind: 'group' },
      { op: 'actor.aliases', actorId: 'bureau', aliases: ['The Bureau', 'the bureau', 'Bureau', ' '] },
    ]);
    expect(edited.dataset.actors).toEqual([
      { id: 'ann', name: 'Ann Lee', kind: 'person', aliases: ['Ann'] },
      { id: 'bureau', name: 'Bureau', kind: 'organisation', aliases: ['The Bureau'] },
      { id: 'land', name: 'Land', kind: 'group', aliases: [] },
    ]);
  });

  it('creates an event and an actor, refusing ids already taken', () => {
    const event: TimelineEvent = {
      ...eventOf(start(), 'late'),
      id: 'new-one',
      title: 'New one',
      actorIds: ['newcomer'],
    };
    const edited = apply([
      { op: 'actor.create', actor: { id: 'newcomer', name: 'Newcomer', kind: 'person', aliases: [] } },
      { op: 'event.create', event },
    ]);
    expect(eventOf(edited, 'new-one').actorIds).toEqual(['newcomer']);
    expect(problemsOf(applyEdit(edited, { op: 'event.create', event }))).toEqual([
      { field: '', message: 'the timeline already has an event "new-one"' },
    ]);
  });

  it('keeps at least one event', () => {
    const ids = start().dataset.events.map((e) => e.id);
    const last = apply(ids.slice(1).map((eventId): EditOperation => ({ op: 'event.drop', eventId })));
    expect(problemsOf(applyEdit(last, { op: 'event.drop', eventId: ids[0] as string }))).toEqual([
      { field: '', message: 'a timeline keeps at least one event' },
    ]);
  });
});
