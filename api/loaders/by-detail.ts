/**
 * Loads a batch whose keys each carry a level of detail (what the request
 * reads): one load per level, all started together so that their statements
 * share a round trip (api/db/read-coalescer.ts). The values come back in the
 * order of the keys, as DataLoader expects.
 */
export async function loadByDetail<K, D, V>(
  keys: readonly K[],
  detailOf: (key: K) => D,
  detailKey: (detail: D) => string,
  load: (detail: D, keys: K[]) => Promise<V[]>,
): Promise<V[]> {
  const byDetail = new Map<string, { detail: D; indexes: number[] }>();
  keys.forEach((key, i) => {
    const detail = detailOf(key);
    const name = detailKey(detail);
    const group = byDetail.get(name);
    if (group) group.indexes.push(i);
    else byDetail.set(name, { detail, indexes: [i] });
  });
  const values: V[] = new Array<V>(keys.length);
  await Promise.all(
    [...byDetail.values()].map(async ({ detail, indexes }) => {
      const loaded = await load(detail, indexes.map((i) => keys[i]!));
      indexes.forEach((keyIndex, n) => (values[keyIndex] = loaded[n]!));
    }),
  );
  return values;
}
