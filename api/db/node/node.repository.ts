import type { Executor } from '../executor.js';
import { NODE_LABELS, type NodeLabel } from '../labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';

// One statement per label, written out from the fixed label list so the label
// is never taken from input and each lookup uses that label's id constraint.
const BY_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id AS requested, properties(n) AS props`]),
) as Record<NodeLabel, string>;

// An entity merged into another lives on as an id in the survivor's `mergedIds`
// (api/write/merge.operation.ts). Asked only for ids that matched nothing, so a
// lookup of existing ids costs nothing more; unindexed, so a miss scans the label.
const BY_MERGED_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label}) WHERE id IN n.mergedIds RETURN id AS requested, properties(n) AS props`]),
) as Record<NodeLabel, string>;

const COLUMNS = ['requested', 'props'] as const;

/** A node found for a requested id: itself, or the survivor it was merged into. */
export interface FoundNode {
  requestedId: string;
  row: NodeRow;
}

/** Fetches nodes of any label by their stored ids. */
export class NodeRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(label: NodeLabel, ids: readonly string[]): Promise<FoundNode[]> {
    type Row = { requested: string; props: Record<string, unknown> };
    const direct = await this.executor.coalescedRead<Row>(BY_IDS[label], { ids: [...ids] }, COLUMNS);
    const found = new Set(direct.map((r) => r.requested));
    const missing = ids.filter((id) => !found.has(id));
    const redirected = missing.length > 0 ? await this.executor.coalescedRead<Row>(BY_MERGED_IDS[label], { ids: missing }, COLUMNS) : [];
    return [...direct, ...redirected].map((r) => ({ requestedId: r.requested, row: toNodeRow(label, r.props) }));
  }
}
