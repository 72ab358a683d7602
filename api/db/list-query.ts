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
 * Wraps a filtered, ordered match into a statement that answers many page
 * queries (`$queries`, each a map `q`) in one round trip: the matches are
 * counted and sliced per query, so a nested connection costs one statement for
 * all its parents. `body` must bind `q` to the filter and end with
 * `WITH <node> ORDER BY …`, a total order (the id last) so offsets are stable.
 */
export function pageStatement(body: string, node: string): string {
  return `UNWIND $queries AS q
CALL (q) {
${body}
  RETURN collect(${node}) AS matches
}
// Nodes are collected, not their properties: only the window's are read.
RETURN q.key AS key, size(matches) AS total, [n IN matches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] | ${nodeProperties('n')}] AS nodes`;
}

/** Runs a statement built by pageStatement and maps its rows. */
export async function readPages(executor: Executor, statement: string, label: NodeLabel, queries: readonly PageSlice[]): Promise<PageRows[]> {
  if (queries.length === 0) return [];
  const rows = await executor.coalescedRead<{ key: string; total: number; nodes: Record<string, unknown>[] }>(statement, { queries: [...queries] }, ['key', 'total', 'nodes']);
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
