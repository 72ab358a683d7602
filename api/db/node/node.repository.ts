import type { Executor } from '../executor.js';
import { NODE_LABELS, type NodeLabel } from '../labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';

// One statement per label, written out from the fixed label list so the label
// is never taken from input and each lookup uses that label's id constraint.
const BY_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN properties(n) AS props`]),
) as Record<NodeLabel, string>;

/** Fetches nodes of any label by their stored ids. */
export class NodeRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(label: NodeLabel, ids: readonly string[]): Promise<NodeRow[]> {
    const rows = await this.executor.read<{ props: Record<string, unknown> }>(BY_IDS[label], { ids: [...ids] });
    return rows.map((r) => toNodeRow(label, r.props));
  }
}
