// Stable JSON: the same data always gives the same bytes, so files diff well and tests can compare them.

export interface StableJsonOptions {
  /** Top-level keys written after all the others (in this order) instead of in sorted place. */
  lastAtTop?: readonly string[];
}

/** JSON with object keys sorted, so regenerating unchanged input gives identical bytes. */
export function stableStringify(value: unknown, { lastAtTop = [] }: StableJsonOptions = {}): string {
  const rank = (key: string) => lastAtTop.indexOf(key);
  const byRankThenName = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  const sortKeys = (node: unknown, top: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => sortKeys(item, false));
    if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      return Object.fromEntries(
        (top ? keys.sort(byRankThenName) : keys.sort()).map((key) => [
          key,
          sortKeys((node as Record<string, unknown>)[key], false),
        ]),
      );
    }
    return node;
  };
  return `${JSON.stringify(sortKeys(value, true), null, 2)}\n`;
}
