// A list's records by id, built once per list: a dataset arriving in parts shares its sources and
// actors between the parts, so their maps are built once for all of them.
const cache = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

export function recordsById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  let byId = cache.get(records) as ReadonlyMap<string, T> | undefined;
  if (!byId) cache.set(records, (byId = new Map(records.map((record) => [record.id, record]))));
  return byId;
}
