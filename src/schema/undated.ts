// Whether an event has a date at all: a rule the page reads on every render, kept apart from the
// schema so that the first view does not load the validator (zod) to ask it.
import type { EventDate } from './dataset';

/** An event whose date neither the text nor its article fixes, not even by a bound: it is kept and shown apart, never placed. */
export function isUndated(date: EventDate): boolean {
  return date.basis === 'bounded' && date.after === undefined && date.before === undefined;
}
