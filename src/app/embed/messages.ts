// The postMessage API between an embedded timeline and the page around it: the envelope, and the
// messages the timeline sends. What it accepts is in hostMessages.ts, loaded only when a message comes.

export const NAMESPACE = 'newsline';
export const PROTOCOL_VERSION = 1;

/**
 * From the timeline to the host page. Without a `parentOrigin` they go to whatever page framed the
 * timeline, so they carry only ids and a height: `ready` comes bare and `window-changed` is not sent.
 */
export type TimelineMessage = { namespace: typeof NAMESPACE; version: typeof PROTOCOL_VERSION } & (
  | { type: 'ready'; eventCount?: number; title?: string }
  | { type: 'selection-changed'; eventId: string | null }
  | { type: 'filter-changed'; actorIds: string[] }
  | { type: 'window-changed'; start: string; end: string }
  | { type: 'resize'; height: number }
);

type Body<T> = T extends unknown ? Omit<T, 'namespace' | 'version'> : never;

export function timelineMessage(body: Body<TimelineMessage>): TimelineMessage {
  return { namespace: NAMESPACE, version: PROTOCOL_VERSION, ...body };
}
