// What an embedded timeline accepts from its host page: one versioned, namespaced schema, and the
// decision on each incoming message. Parsed, never cast. Kept apart from messages.ts so the
// validator loads only when a host page actually talks to the timeline.
import { z } from 'zod';
import { IdSchema } from '../../schema/dataset';
import { NAMESPACE, PROTOCOL_VERSION } from './messages';

const Envelope = { namespace: z.literal(NAMESPACE), version: z.literal(PROTOCOL_VERSION) };
const IsoDate = z.iso.date().or(z.iso.datetime());

/** From the host page to the timeline. */
export const HostMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...Envelope, type: z.literal('select-event'), eventId: IdSchema.nullable() }).strict(),
  z.object({ ...Envelope, type: z.literal('set-filter'), actorIds: z.array(IdSchema).max(100) }).strict(),
  z
    .object({ ...Envelope, type: z.literal('set-window'), start: IsoDate, end: IsoDate })
    .strict()
    .refine((message) => Date.parse(message.start) < Date.parse(message.end), 'start must come before end'),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

export type Verdict = { accept: true; message: HostMessage } | { accept: false; reason: string };

/** Decides on one incoming message: only from the allowed origin, and only if it fits the schema. */
export function judgeHostMessage(origin: string, data: unknown, allowedOrigin: string | null): Verdict {
  if (allowedOrigin === null)
    return { accept: false, reason: 'no parentOrigin was given, so no page may control this timeline' };
  if (origin !== allowedOrigin) return { accept: false, reason: `origin ${origin} is not ${allowedOrigin}` };
  const parsed = HostMessageSchema.safeParse(data);
  if (!parsed.success)
    return { accept: false, reason: `malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { accept: true, message: parsed.data };
}
