import type { Executor } from '../executor.js';
import { NODE_LABELS, type NodeLabel } from '../labels.js';
import { withPreloadedSources } from '../graph/preloaded.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { nodeFields, nodeProperties } from '../read-projection.js';

/** Cypher: the property maps of the Sources that \`node\` cites, for withSourcesRead. */
export const sourcesOf = (node: string) => `COLLECT { UNWIND coalesce(${node}.sourceIds, []) AS sourceId MATCH (s:Source {id: sourceId}) RETURN ${nodeProperties('s', 'Source')} }`;

// One statement per label, written out from the fixed label list so the label
// is never taken from input and each lookup uses that label's id constraint.
// The node's sources come along: nearly every view of an entity cites them, and
// reading them here saves the statement of a level of their own.
const BY_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [
    label,
    `UNWIND $ids AS id MATCH (n:${label} {id: id})
RETURN id AS requested, ${nodeProperties('n', label)} AS props, ${sourcesOf('n')} AS sources`,
  ]),
) as Record<NodeLabel, string>;

// An entity merged into another lives on as an id in the survivor's `mergedIds`
// (api/write/merge.operation.ts). Asked only for ids that matched nothing, so a
// lookup of existing ids costs nothing more; unindexed, so a miss scans the label.
const BY_MERGED_IDS: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label}) WHERE id IN n.mergedIds RETURN id AS requested, ${nodeProperties('n', label)} AS props`]),
) as Record<NodeLabel, string>;

const projected = new Map<string, [string, string]>();

/** BY_IDS and BY_MERGED_IDS with only some properties, built once per label and set of properties. */
function projectedStatements(label: NodeLabel, properties: readonly string[]): [string, string] {
  const key = `${label}:${properties.join(',')}`;
  let statements = projected.get(key);
  if (!statements) {
    const props = nodeFields('n', label, properties);
    statements = [
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id AS requested, ${props} AS props`,
      `UNWIND $ids AS id MATCH (n:${label}) WHERE id IN n.mergedIds RETURN id AS requested, ${props} AS props`,
    ];
    projected.set(key, statements);
  }
  return statements;
}

/** A node found for a requested id: itself, or the survivor it was merged into. */
export interface FoundNode {
  requestedId: string;
  row: NodeRow;
}

/**
 * The row with its sources (read by sourcesOf) marked as read, in the order of
 * its \`sourceIds\`; left unmarked when one of them was not found (an id merged
 * away), so that the field asks the node loader, which follows merge redirects.
 */
export function withSourcesRead(row: NodeRow, sources: Record<string, unknown>[] | undefined): NodeRow {
  const ids = Array.isArray(row.sourceIds) ? (row.sourceIds as string[]) : [];
  if (!sources || sources.length !== ids.length) return row;
  const byId = new Map(sources.map((s) => [s.id as string, toNodeRow('Source', s)]));
  if (ids.some((id) => !byId.has(id))) return row;
  return withPreloadedSources(row, ids.map((id) => byId.get(id)!));
}

/** Fetches nodes of any label by their stored ids. */
export class NodeRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The nodes with every property and their sources; or, given `properties`,
   * with only those (and the id), for fields that read no more
   * (api/graphql/field-reads.ts).
   */
  async byIds(label: NodeLabel, ids: readonly string[], properties?: readonly string[]): Promise<FoundNode[]> {
    type Row = { requested: string; props: Record<string, unknown>; sources?: Record<string, unknown>[] };
    const [byIds, byMergedIds] = properties ? projectedStatements(label, properties) : [BY_IDS[label], BY_MERGED_IDS[label]];
    const direct = await this.executor.coalescedRead<Row>(byIds, { ids: [...ids] }, properties ? ['requested', 'props'] : ['requested', 'props', 'sources']);
    const found = new Set(direct.map((r) => r.requested));
    const missing = ids.filter((id) => !found.has(id));
    const redirected = missing.length > 0 ? await this.executor.coalescedRead<Row>(byMergedIds, { ids: missing }, ['requested', 'props']) : [];
    return [...direct, ...redirected].map((r) => ({ requestedId: r.requested, row: withSourcesRead(toNodeRow(label, r.props), r.sources) }));
  }
}
