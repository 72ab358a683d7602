import type { Executor } from './executor.js';
import type { NodeLabel } from '../../model/labels.js';
import { toNodeRow, type NodeRow } from './mapping.js';
import { nodeProperties } from './read-projection.js';
import { foldVietnamese } from '../../model/text.js';

/** One window of an ordered list of nodes: which query asked, how many match in all, the nodes of the window. */
export interface PageRows {
  key: string;
  total: number;
  rows: NodeRow[];
}

/** What every page query carries besides its filter: which one it is and the window it wants. */
export interface PageSlice {
  key: string;
  offset: number;
  limit: number;
}

/**
 * Wraps a filtered match into a statement that answers many page queries
 * (`$queries`, each a map `q`) in one round trip: the matches are counted and
 * ordered per query, so a nested connection costs one statement for all its
 * parents. `match` binds `q`'s matches as `node`, and `carried` the other
 * variables `orderBy` reads (a date computed per match); `orderBy` must be a
 * total order (the id last) so offsets are stable.
 *
 * Only the first `$window` matches in order are sorted out of the rest (a
 * top-k, LIMIT after ORDER BY; readPages passes the furthest end any query of
 * the batch asks for): a province's thousands of models were sorted whole to
 * show twenty (docs/decisions/031). The count is of every match.
 */
export function pageStatement(match: string, node: string, orderBy: string, carried: readonly string[] = []): string {
  const row = carried.length === 0 ? node : `{${[node, ...carried].map((v) => `${v}: ${v}`).join(', ')}}`;
  const unpack = carried.length === 0 ? `found AS ${node}` : [node, ...carried].map((v) => `found.${v} AS ${v}`).join(', ');
  return `UNWIND $queries AS q
CALL (q) {
${match}
  WITH collect(${row}) AS matches
  CALL (matches) {
    UNWIND matches AS found
    WITH ${unpack}
    ORDER BY ${orderBy}
    LIMIT toInteger($window)
    RETURN collect(${node}) AS firstMatches
  }
  RETURN size(matches) AS total, firstMatches
}
// Nodes are collected, not their properties: only the window's are read.
RETURN q.key AS key, total, [n IN firstMatches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] | ${nodeProperties('n')}] AS nodes`;
}

/** Runs a statement built by pageStatement and maps its rows. */
export async function readPages(executor: Executor, statement: string, label: NodeLabel, queries: readonly PageSlice[]): Promise<PageRows[]> {
  if (queries.length === 0) return [];
  const window = Math.max(...queries.map((q) => q.offset + q.limit));
  const rows = await executor.coalescedRead<{ key: string; total: number; nodes: Record<string, unknown>[] }>(statement, { queries: [...queries], window }, ['key', 'total', 'nodes']);
  return rows.map((r) => ({ key: r.key, total: r.total, rows: r.nodes.map((n) => toNodeRow(label, n)) }));
}

/**
 * A text filter as the words every match must contain, folded like the stored
 * `searchText` ("Hội quán" → ["hoi", "quan"]); null when there is nothing to match.
 */
export function foldedWords(text: string | null | undefined): string[] | null {
  const words = foldVietnamese(text ?? '').split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 ? words : null;
}
