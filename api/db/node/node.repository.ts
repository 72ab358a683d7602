import type { Executor } from '../executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../model/labels.js';
import { withSourcesRead } from '../graph/preloaded.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { citedSources, nodeProperties, nodeValues, projectedRow } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';

// One statement per label, written out from the fixed label list so the label
// is never taken from input and each lookup uses that label's id constraint.
// The node's sources come along: nearly every view of an entity cites them, and
// reading them here saves the statement of a level of their own.
const BY_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [
    label,
    `UNWIND $ids AS id MATCH (n:${label} {id: id})
RETURN id AS requested, ${nodeProperties('n', label)} AS props, ${citedSources('n')} AS sources`,
  ]),
) as Record<NodeLabel, string>;

// An entity merged into another lives on as an id in the survivor's `mergedIds`
// (api/write/merge.operation.ts). Asked only for ids that matched nothing, so a
// lookup of existing ids costs nothing more; unindexed, so a miss scans the label.
const BY_MERGED_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label}) WHERE id IN n.mergedIds RETURN id AS requested, ${nodeProperties('n', label)} AS props`]),
) as Record<NodeLabel, string>;

// BY_IDS and BY_MERGED_IDS with only some properties, as a list of values
// (read-projection.ts nodeValues); the sources come along when `sourceIds` is
// one of them (a field that shows them reads it).
type Projected = { label: NodeLabel; properties: readonly string[] };
const projectedKey = (v: Projected) => `${v.label}:${v.properties.join(',')}`;
const readsSources = (properties: readonly string[]) => properties.includes('sourceIds');
const BY_IDS_WITH = statementVariants<Projected>(
  projectedKey,
  (v) =>
    `UNWIND $ids AS id MATCH (n:${v.label} {id: id}) RETURN id AS requested, ${nodeValues('n', v.label, v.properties)} AS props${readsSources(v.properties) ? `, ${citedSources('n')} AS sources` : ''}`,
);
const BY_MERGED_IDS_WITH = statementVariants<Projected>(
  projectedKey,
  (v) => `UNWIND $ids AS id MATCH (n:${v.label}) WHERE id IN n.mergedIds RETURN id AS requested, ${nodeValues('n', v.label, v.properties)} AS props`,
);

/** A node found for a requested id: itself, or the survivor it was merged into. */
export interface FoundNode {
  requestedId: string;
  row: NodeRow;
}

/** Fetches nodes of any label by their stored ids. */
export class NodeRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The nodes with every property and their sources; or, given `properties`,
   * with only those (and the id, and the sources when `sourceIds` is one of
   * them), for fields that read no more (api/graphql/field-reads.ts).
   */
  async byIds(label: NodeLabel, ids: readonly string[], properties?: readonly string[]): Promise<FoundNode[]> {
    type Row = { requested: string; props: unknown; sources?: Record<string, unknown>[] };
    const [byIds, byMergedIds] = properties ? [BY_IDS_WITH({ label, properties }), BY_MERGED_IDS_WITH({ label, properties })] : [BY_IDS[label], BY_MERGED_IDS[label]];
    const columns: (keyof Row & string)[] = !properties || readsSources(properties) ? ['requested', 'props', 'sources'] : ['requested', 'props'];
    const direct = await this.executor.coalescedRead<Row>(byIds, { ids: [...ids] }, columns);
    const found = new Set(direct.map((r) => r.requested));
    const missing = ids.filter((id) => !found.has(id));
    const redirected = missing.length > 0 ? await this.executor.coalescedRead<Row>(byMergedIds, { ids: missing }, ['requested', 'props']) : [];
    return [...direct, ...redirected].map((r) => ({ requestedId: r.requested, row: withSourcesRead(toNodeRow(label, projectedRow(properties ?? 'all', r.props)), r.sources) }));
  }
}
