import { NODE_DATE_FIELDS, RELATIONSHIP_DATE_FIELDS, type EntityLabel, type NodeLabel, type RelationshipType } from '../../../model/graph-model.js';
import type { EntityRecord } from '../../../model/records.js';
import { plain } from '../mapping.js';

/** Properties every writer derives from others (model/rows.ts): never part of a record, never audited. */
function derivedKeys(dateFields: readonly string[]): Set<string> {
  return new Set(['searchText', 'nameKeys', 'sortKey', ...dateFields.flatMap((f) => [`${f}Precision`, `${f}From`, `${f}To`])]);
}

const NODE_DERIVED = new Map<NodeLabel, Set<string>>(Object.entries(NODE_DATE_FIELDS).map(([label, fields]) => [label as NodeLabel, derivedKeys(fields)]));

/**
 * A node's stored properties as the audit trail shows them: plain JSON values,
 * without what is derived (folded search text and names, sort key, date ranges), keys
 * sorted so that two views of the same node are the same text.
 */
export function nodeView(label: NodeLabel, props: Record<string, unknown>): Record<string, unknown> {
  const derived = NODE_DERIVED.get(label)!;
  const view = plain(props) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(view).filter((k) => !derived.has(k)).sort().map((k) => [k, view[k]]));
}

/**
 * What the audit trail shows of a node: its view without an article's text
 * (up to 100,000 characters on a Source taken in by ingestion), which its
 * `textHash` identifies, so that an entry stays the size of the change.
 */
export function auditedNodeView(label: NodeLabel, props: Record<string, unknown>): Record<string, unknown> {
  const view = nodeView(label, props);
  if (label === 'Source' && 'text' in view) delete view.text;
  return view;
}

export function relationshipView(type: RelationshipType, props: Record<string, unknown>): Record<string, unknown> {
  const derived = derivedKeys(RELATIONSHIP_DATE_FIELDS[type] ?? []);
  const view = plain(props) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(view).filter((k) => !derived.has(k)).sort().map((k) => [k, view[k]]));
}

/**
 * The inverse of the seed's entityRow: stored properties back to the record
 * they were written from (`sourceIds` → `sources`), so a change is made to the
 * record and written through entityRow again, exactly as the seed writes it.
 */
export function recordFromProps(label: EntityLabel, props: Record<string, unknown>): EntityRecord {
  const { sourceIds, ...rest } = nodeView(label, props);
  const record = rest as EntityRecord;
  if (label !== 'Source') record.sources = Array.isArray(sourceIds) ? (sourceIds as string[]) : [];
  return record;
}
