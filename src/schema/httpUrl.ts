// The schema's test for an address a reader may be sent to: absolute, http or https. The app's
// safeUrl() applies the same rule again where a link is made.

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
