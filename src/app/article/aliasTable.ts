// The alias table a pasted article is read with: the CLI's own (data/actors.yaml), so the browser
// finds the actors `npm run extract` finds, plus the actors of the timeline on show that it lacks.
import type { ActorKind } from '../../schema/dataset';
import type { ActorTable } from '../../pipeline/runPipeline';

/** An actor of the timeline on show, as the dialog hands it over. */
export interface TimelineActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
}

/**
 * The shipped entries win (name, kind, aliases). A timeline actor that one of them already names,
 * by its name or an alias (in any case), lends it its other names as aliases; one they lack joins
 * the table. A name another shipped entry goes by is left to that entry.
 */
export function aliasTable(shipped: ActorTable, timeline: readonly TimelineActor[]): ActorTable {
  const entries = shipped.map((entry) => ({ ...entry, aliases: [...entry.aliases] }));
  const owner = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      if (!owner.has(name.toLowerCase())) owner.set(name.toLowerCase(), entry);
    }
  }
  for (const actor of timeline) {
    const names = [actor.name, ...actor.aliases];
    const match = names.map((name) => owner.get(name.toLowerCase())).find((entry) => entry !== undefined);
    if (!match) {
      entries.push({ name: actor.name, kind: actor.kind, aliases: unique(actor.aliases, actor.name) });
      continue;
    }
    const free = names.filter((name) => (owner.get(name.toLowerCase()) ?? match) === match);
    match.aliases = unique([...match.aliases, ...free], match.name);
  }
  return entries;
}

/** The names once each, in order, without the entry's own name. */
function unique(names: readonly string[], except: string): string[] {
  return [...new Set(names)].filter((name) => name !== except);
}
