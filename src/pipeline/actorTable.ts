// The alias table (data/actors.yaml): known actors, their kinds and the other names they go by.
import { z } from 'zod';
import { ActorKindSchema, type ActorKind } from '../schema/dataset';
import { idFromText } from '../schema/id';

export const ActorTableSchema = z.array(
  z
    .object({
      name: z.string().trim().min(1).max(300),
      kind: ActorKindSchema,
      aliases: z.array(z.string().trim().min(1).max(300)).default([]),
    })
    .strict(),
);

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export function actorId(name: string): string {
  return idFromText(name, 'actor', 128);
}

export function knownActors(table: z.infer<typeof ActorTableSchema>): KnownActor[] {
  return table.map((entry) => ({ id: actorId(entry.name), ...entry }));
}
