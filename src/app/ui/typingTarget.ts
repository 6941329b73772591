// Where a key belongs to what the reader is typing or choosing (a field, a modal dialog), not to the
// page's own shortcuts: the panel's and the story's arrow keys leave those alone.
const TEXT_ENTRY =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable="true"]';

export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`${TEXT_ENTRY}, dialog`) !== null;
}
