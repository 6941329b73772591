// Text to match literally inside a regular expression (an alias, a publisher's name).
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
