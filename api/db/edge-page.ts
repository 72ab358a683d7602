import type { Executor } from './executor.js';

/** One window of an ordered list of edges (a node with what links it), per page query. */
export interface EdgePage<T> {
  key: string;
  total: number;
  items: T[];
}

/**
 * Like pageStatement (list-query.ts), for lists whose items are more than a
 * node: `item` is a map expression over the variables `bound` names, which
 * `body` leaves bound (`{node: properties(e), rel: properties(r)}` over e and
 * r). `body` binds `q` to the filter and ends with a total order, so offsets
 * are stable. The bound values of every match are collected (references, not
 * properties) and the item maps are built for the window only.
 */
export function edgePageStatement(body: string, item: string, bound: readonly string[]): string {
  const rebind = bound.map((v, i) => `m[${i}] AS ${v}`).join(', ');
  return `UNWIND $queries AS q
CALL (q) {
${body}
  RETURN collect([${bound.join(', ')}]) AS matches
}
CALL (q, matches) {
  UNWIND matches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] AS m
  WITH ${rebind}
  RETURN collect(${item}) AS items
}
RETURN q.key AS key, size(matches) AS total, items`;
}

/** Runs a statement built by edgePageStatement and maps every item. */
export async function readEdgePages<T>(
  executor: Executor,
  statement: string,
  queries: readonly { key: string; offset: number; limit: number }[],
  mapItem: (item: Record<string, unknown>) => T,
): Promise<EdgePage<T>[]> {
  if (queries.length === 0) return [];
  const rows = await executor.coalescedRead<{ key: string; total: number; items: Record<string, unknown>[] }>(statement, { queries: [...queries] }, ['key', 'total', 'items']);
  return rows.map((r) => ({ key: r.key, total: r.total, items: r.items.map(mapItem) }));
}
