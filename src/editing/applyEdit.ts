// Carries out one edit on a dataset, as a pure function: the dataset it gives is checked by the
// schema's own rules for every record the edit touched, or the edit is refused with what is wrong
// and where. Dropped events are kept beside the dataset, so an editor can bring them back.
import type { z } from 'zod';
import {
  ActorSchema,
  DatasetHeaderSchema,
  SourceSchema,
  eventReferenceIssues,
  TimelineEventSchema,
  type Actor,
  type Dataset,
  type TimelineEvent,
} from '../schema/dataset';
import type { EditOperation } from './editOperation';
import { changeEras } from './eras';
import { foldEvent, splitEvent } from './eventSurgery';
import { mergeArticle } from './mergeArticle';
import { moveStatement } from './statements';

/** A dataset as edited, with the events dropped from it (and where they were) kept to restore. */
export interface EditedDataset {
  dataset: Dataset;
  dropped: readonly DroppedEvent[];
}

export interface DroppedEvent {
  event: TimelineEvent;
  index: number;
}

/** What is wrong with an edit: the field of the record it names (`date.end`), or '' for the edit itself. */
export interface EditProblem {
  field: string;
  message: string;
}

export type EditResult = { ok: true; edited: EditedDataset } | { ok: false; problems: EditProblem[] };

/** What an edit changed, to be checked. */
interface Changed {
  edited: EditedDataset;
  events: readonly string[];
  actors: readonly string[];
  sources?: readonly string[];
  header?: boolean;
}

class EditRefused extends Error {}

export function editedDataset(dataset: Dataset): EditedDataset {
  return { dataset, dropped: [] };
}

export function applyEdit(edited: EditedDataset, op: EditOperation): EditResult {
  let changed: Changed;
  try {
    changed = carryOut(edited, op);
  } catch (error) {
    if (error instanceof EditRefused) return { ok: false, problems: [{ field: '', message: error.message }] };
    throw error;
  }
  return check(changed);
}

function carryOut(edited: EditedDataset, op: EditOperation): Changed {
  const { dataset } = edited;
  switch (op.op) {
    case 'dataset.title':
      return {
        edited: withDataset(edited, { ...dataset, title: op.title }),
        events: [],
        actors: [],
        header: true,
      };
    case 'dataset.description': {
      const next: Dataset = { ...dataset, description: op.description };
      if (op.description.trim() === '') delete next.description;
      return { edited: withDataset(edited, next), events: [], actors: [], header: true };
    }
    case 'era.add':
    case 'era.update':
    case 'era.remove': {
      const next = changeEras(dataset, op);
      if (typeof next === 'string') throw new EditRefused(next);
      return { edited: withDataset(edited, next), events: [], actors: [], header: true };
    }
    case 'event.title':
      return changeEvent(edited, op.eventId, (event) => ({ ...event, title: op.title }));
    case 'event.summary':
      return changeEvent(edited, op.eventId, (event) => ({ ...event, summary: op.summary }));
    case 'event.date':
      return changeEvent(edited, op.eventId, (event) => ({ ...event, date: op.date }));
    case 'event.media':
      return changeEvent(edited, op.eventId, (event) => {
        const next: TimelineEvent = { ...event };
        if (op.media === null) delete next.media;
        else next.media = op.media;
        return next;
      });
    case 'event.addActor':
      actorAt(dataset, op.actorId);
      return changeEvent(edited, op.eventId, (event) => {
        if (event.actorIds.includes(op.actorId))
          throw new EditRefused(`the event already has actor "${op.actorId}"`);
        return { ...event, actorIds: [...event.actorIds, op.actorId] };
      });
    case 'event.removeActor':
      return changeEvent(edited, op.eventId, (event) => {
        if (!event.actorIds.includes(op.actorId))
          throw new EditRefused(`the event has no actor "${op.actorId}"`);
        return { ...event, actorIds: event.actorIds.filter((id) => id !== op.actorId) };
      });
    case 'statement.speaker':
      return changeEvent(edited, op.eventId, (event) => {
        const statement = event[op.list][op.index];
        if (!statement) throw new EditRefused(`the event has no ${op.list}[${op.index}]`);
        const list = event[op.list].map((s, i) => (i === op.index ? { ...s, speakerId: op.speakerId } : s));
        return { ...event, [op.list]: list };
      });
    case 'statement.move':
      return changeEvent(edited, op.eventId, (event) => {
        const moved = moveStatement(event, op.from, op.index);
        if (!moved) throw new EditRefused(`the event has no ${op.from}[${op.index}]`);
        return moved;
      });
    case 'event.drop': {
      const index = eventIndex(dataset, op.eventId);
      if (dataset.events.length === 1) throw new EditRefused('a timeline keeps at least one event');
      const event = dataset.events[index] as TimelineEvent;
      return {
        edited: {
          dataset: { ...dataset, events: dataset.events.filter((_, i) => i !== index) },
          dropped: [...edited.dropped, { event, index }],
        },
        events: [],
        actors: [],
      };
    }
    case 'event.restore': {
      const found = edited.dropped.findIndex((d) => d.event.id === op.eventId);
      const drop = edited.dropped[found];
      if (!drop) throw new EditRefused(`no dropped event "${op.eventId}"`);
      if (dataset.events.some((e) => e.id === op.eventId))
        throw new EditRefused(`the timeline already has an event "${op.eventId}"`);
      const events = [...dataset.events];
      events.splice(Math.min(drop.index, events.length), 0, drop.event);
      return {
        edited: { dataset: { ...dataset, events }, dropped: edited.dropped.filter((_, i) => i !== found) },
        // Its actors or sources may have been merged or renamed since it was dropped.
        events: [op.eventId],
        actors: [],
      };
    }
    case 'event.merge': {
      if (op.eventId === op.otherId) throw new EditRefused('an event cannot be merged with itself');
      const other = dataset.events[eventIndex(dataset, op.otherId)] as TimelineEvent;
      const kept = changeEvent(edited, op.eventId, (event) => foldEvent(event, other));
      const events = kept.edited.dataset.events.filter((e) => e.id !== op.otherId);
      return { ...kept, edited: withDataset(kept.edited, { ...kept.edited.dataset, events }) };
    }
    case 'event.split': {
      if (
        dataset.events.some((e) => e.id === op.newId) ||
        edited.dropped.some((d) => d.event.id === op.newId)
      )
        throw new EditRefused(`the timeline already has an event "${op.newId}"`);
      const index = eventIndex(dataset, op.eventId);
      const parts = splitEvent(dataset.events[index] as TimelineEvent, op.newId, op.title, op.sources);
      if (typeof parts === 'string') throw new EditRefused(parts);
      const events = [...dataset.events];
      events.splice(index, 1, parts.kept, parts.split);
      return {
        edited: withDataset(edited, { ...dataset, events }),
        events: [op.eventId, op.newId],
        actors: [],
      };
    }
    case 'event.create': {
      if (
        dataset.events.some((e) => e.id === op.event.id) ||
        edited.dropped.some((d) => d.event.id === op.event.id)
      )
        throw new EditRefused(`the timeline already has an event "${op.event.id}"`);
      const events = [...dataset.events, op.event];
      return { edited: withDataset(edited, { ...dataset, events }), events: [op.event.id], actors: [] };
    }
    case 'article.add': {
      const merged = mergeArticle(dataset, { source: op.source, actors: op.actors, events: op.events });
      const before = {
        actors: new Set(dataset.actors.map((a) => a.id)),
        sources: new Set(dataset.sources.map((s) => s.id)),
      };
      const added = merged.dataset.events.slice(dataset.events.length);
      return {
        edited: withDataset(edited, merged.dataset),
        events: added.map((e) => e.id),
        actors: merged.dataset.actors.filter((a) => !before.actors.has(a.id)).map((a) => a.id),
        sources: merged.dataset.sources.filter((s) => !before.sources.has(s.id)).map((s) => s.id),
      };
    }
    case 'actor.create': {
      if (dataset.actors.some((a) => a.id === op.actor.id))
        throw new EditRefused(`the timeline already has an actor "${op.actor.id}"`);
      return {
        edited: withDataset(edited, { ...dataset, actors: [...dataset.actors, op.actor] }),
        events: [],
        actors: [op.actor.id],
      };
    }
    case 'actor.rename':
      return changeActor(edited, op.actorId, (actor) => {
        const name = op.name.trim();
        const aliases = withNames(actor.aliases, [actor.name], name);
        return { ...actor, name, aliases };
      });
    case 'actor.kind':
      return changeActor(edited, op.actorId, (actor) => ({ ...actor, kind: op.kind }));
    case 'actor.aliases':
      return changeActor(edited, op.actorId, (actor) => ({
        ...actor,
        aliases: withNames([], op.aliases, actor.name),
      }));
    case 'actor.merge':
      return mergeActors(edited, op.actorId, op.otherId);
  }
}

/** The aliases with the new names added once each (ignoring case), never the actor's own name. */
function withNames(aliases: readonly string[], names: readonly string[], ownName: string): string[] {
  const seen = new Set([ownName.trim().toLowerCase()]);
  const result: string[] = [];
  for (const alias of [...aliases, ...names].map((a) => a.trim())) {
    if (alias === '' || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    result.push(alias);
  }
  return result;
}

function mergeActors(edited: EditedDataset, actorId: string, otherId: string): Changed {
  if (actorId === otherId) throw new EditRefused('an actor cannot be merged with itself');
  const { dataset } = edited;
  const other = actorAt(dataset, otherId);
  const kept = actorAt(dataset, actorId);
  const follow = (id: string) => (id === otherId ? actorId : id);
  const rewrite = (event: TimelineEvent): TimelineEvent => {
    const mentions =
      event.actorIds.includes(otherId) ||
      event.quotes.some((q) => q.speakerId === otherId) ||
      event.paraphrases.some((p) => p.speakerId === otherId);
    if (!mentions) return event;
    return {
      ...event,
      actorIds: [...new Set(event.actorIds.map(follow))],
      quotes: event.quotes.map((q) => (q.speakerId === otherId ? { ...q, speakerId: actorId } : q)),
      paraphrases: event.paraphrases.map((p) => (p.speakerId === otherId ? { ...p, speakerId: actorId } : p)),
    };
  };
  const events = dataset.events.map(rewrite);
  const changedEvents = events.filter((e, i) => e !== dataset.events[i]).map((e) => e.id);
  const merged: Actor = {
    ...kept,
    aliases: withNames(kept.aliases, [other.name, ...other.aliases], kept.name),
  };
  const actors = dataset.actors.filter((a) => a.id !== otherId).map((a) => (a.id === actorId ? merged : a));
  return {
    edited: {
      dataset: { ...dataset, actors, events },
      // A dropped event that named the other actor names this one when it comes back.
      dropped: edited.dropped.map((d) => ({ ...d, event: rewrite(d.event) })),
    },
    events: changedEvents,
    actors: [actorId],
  };
}

function withDataset(edited: EditedDataset, dataset: Dataset): EditedDataset {
  return { ...edited, dataset };
}

function eventIndex(dataset: Dataset, eventId: string): number {
  const index = dataset.events.findIndex((e) => e.id === eventId);
  if (index < 0) throw new EditRefused(`the timeline has no event "${eventId}"`);
  return index;
}

function actorAt(dataset: Dataset, actorId: string): Actor {
  const actor = dataset.actors.find((a) => a.id === actorId);
  if (!actor) throw new EditRefused(`the timeline has no actor "${actorId}"`);
  return actor;
}

function changeEvent(
  edited: EditedDataset,
  eventId: string,
  change: (event: TimelineEvent) => TimelineEvent,
): Changed {
  const { dataset } = edited;
  const index = eventIndex(dataset, eventId);
  const events = dataset.events.map((event, i) => (i === index ? change(event) : event));
  return { edited: withDataset(edited, { ...dataset, events }), events: [eventId], actors: [] };
}

function changeActor(edited: EditedDataset, actorId: string, change: (actor: Actor) => Actor): Changed {
  const { dataset } = edited;
  actorAt(dataset, actorId);
  const actors = dataset.actors.map((actor) => (actor.id === actorId ? change(actor) : actor));
  return { edited: withDataset(edited, { ...dataset, actors }), events: [], actors: [actorId] };
}

/**
 * The schema's rules for each record the edit touched; the checked (trimmed) records replace the
 * edited ones, so the dataset in the browser is the one a file would give back.
 */
function check(changed: Changed): EditResult {
  const { dataset } = changed.edited;
  const problems: EditProblem[] = [];
  const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.');
  const collect = <T>(result: z.ZodSafeParseResult<T>): T | null => {
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      problems.push({ field: fieldOf(issue.path), message: issue.message });
    return null;
  };
  let next = dataset;
  if (changed.header) {
    const { $schema, schemaVersion, title, description, media, eras } = dataset;
    const header = {
      schemaVersion,
      title,
      ...($schema === undefined ? {} : { $schema }),
      ...(description === undefined ? {} : { description }),
      ...(media === undefined ? {} : { media }),
      ...(eras === undefined ? {} : { eras }),
    };
    const parsed = collect(DatasetHeaderSchema.safeParse(header));
    if (parsed) next = { ...next, ...parsed };
  }
  if (changed.sources && changed.sources.length > 0) {
    const ids = new Set(changed.sources);
    next = {
      ...next,
      sources: next.sources.map((source) =>
        ids.has(source.id) ? (collect(SourceSchema.safeParse(source)) ?? source) : source,
      ),
    };
  }
  if (changed.actors.length > 0) {
    const ids = new Set(changed.actors);
    next = {
      ...next,
      actors: next.actors.map((actor) =>
        ids.has(actor.id) ? (collect(ActorSchema.safeParse(actor)) ?? actor) : actor,
      ),
    };
  }
  if (changed.events.length > 0) {
    const ids = new Set(changed.events);
    const known = {
      actorIds: new Set(next.actors.map((a) => a.id)),
      sourceIds: new Set(next.sources.map((s) => s.id)),
    };
    next = {
      ...next,
      events: next.events.map((event) => {
        if (!ids.has(event.id)) return event;
        const parsed = collect(TimelineEventSchema.safeParse(event));
        if (!parsed) return event;
        for (const issue of eventReferenceIssues(parsed, known))
          problems.push({ field: fieldOf(issue.path), message: issue.message });
        return parsed;
      }),
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, edited: { ...changed.edited, dataset: next } };
}
