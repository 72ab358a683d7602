import { nodeStatement } from './graph-statements.js';
import { entityRow, nodeRowFromView, roleObservationRows, type NodeWriteRow } from '../../../model/rows.js';
import { INDEX_RELATIONSHIP_TYPES, type EntityLabel } from '../../../model/graph-model.js';
import type { EntityRecord, RoleObservationRecord } from '../../../model/records.js';
import { NODE_LABELS, type NodeLabel } from '../../../model/labels.js';
import { auditedNodeView, recordFromProps } from './entity-record.js';
import type { StatementRunner, WriteSession } from './write-session.js';

// Statements per label, written out from the fixed label list: a label never comes from input.
const perLabel = (statement: (label: NodeLabel) => string) => Object.fromEntries(NODE_LABELS.map((l) => [l, statement(l)])) as Record<NodeLabel, string>;

const EXISTING = perLabel((l) => `UNWIND $ids AS id MATCH (n:${l} {id: id}) RETURN id, n.id AS target`);
// A merged entity's id lives on in the survivor's `mergedIds` (see api/write/merge.operation.ts).
const REDIRECTED = perLabel((l) => `UNWIND $ids AS id MATCH (n:${l}) WHERE id IN n.mergedIds RETURN id, n.id AS target`);
/**
 * Taking the node's write lock before reading it is what keeps read-modify-write
 * mutations from losing updates: a concurrent mutation of the same node waits
 * here until this transaction commits, then reads what it wrote. Setting and
 * removing a marker takes the lock and leaves nothing behind.
 */
const LOCK_OR_CREATE = perLabel((l) => `MERGE (n:${l} {id: $id}) ON CREATE SET n.__created = true SET n.__lock = true REMOVE n.__lock RETURN n.__created IS NOT NULL AS created`);
const LOCK = perLabel((l) => `MATCH (n:${l} {id: $id}) SET n.__lock = true REMOVE n.__lock RETURN false AS created`);
const READ = perLabel((l) => `MATCH (n:${l} {id: $id}) RETURN properties(n) AS props`);
const WRITE = perLabel((l) => nodeStatement(l));

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

const keyOf = (ref: NodeRef) => `${ref.label}:${ref.id}`;

/**
 * The stored id each reference names, following merge redirects; null for a
 * reference to nothing. Reads inside the mutation's transaction, so what was
 * checked is what is written to.
 */
export async function resolveNodes(session: StatementRunner, refs: readonly NodeRef[]): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>(refs.map((r) => [keyOf(r), null]));
  const byLabel = new Map<NodeLabel, string[]>();
  for (const r of refs) byLabel.set(r.label, [...new Set([...(byLabel.get(r.label) ?? []), r.id])]);
  for (const [label, ids] of byLabel) {
    for (const row of await session.run(EXISTING[label], { ids })) found.set(`${label}:${row.id as string}`, row.target as string);
    const missing = ids.filter((id) => found.get(`${label}:${id}`) === null);
    if (missing.length > 0) {
      for (const row of await session.run(REDIRECTED[label], { ids: missing })) found.set(`${label}:${row.id as string}`, row.target as string);
    }
  }
  return found;
}

/** The sources already holding these web addresses, by address (a source's url is unique: migration 006). */
export async function sourcesByUrl(session: StatementRunner, urls: readonly string[]): Promise<Map<string, string>> {
  if (urls.length === 0) return new Map();
  const rows = await session.run('UNWIND $urls AS url MATCH (s:Source {url: url}) RETURN url, s.id AS id', { urls: [...new Set(urls)] });
  return new Map(rows.map((r) => [r.url as string, r.id as string]));
}

/**
 * Locks nodes in a fixed order (label, then id), so two mutations locking the
 * same nodes cannot deadlock. With `create`, a missing node is created (empty
 * but for its id) under the id's uniqueness constraint. Returns which were created.
 */
export async function lockNodes(session: WriteSession, refs: readonly NodeRef[], options: { create: boolean }): Promise<Map<string, boolean | null>> {
  const sorted = [...new Map(refs.map((r) => [keyOf(r), r])).values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  const created = new Map<string, boolean | null>();
  for (const ref of sorted) {
    const rows = await session.run((options.create ? LOCK_OR_CREATE : LOCK)[ref.label], { id: ref.id });
    created.set(keyOf(ref), rows.length === 0 ? null : rows[0]!.created === true);
  }
  return created;
}

export async function readNode(session: StatementRunner, ref: NodeRef): Promise<Record<string, unknown> | null> {
  const rows = await session.run(READ[ref.label], { id: ref.id });
  return (rows[0]?.props as Record<string, unknown> | undefined) ?? null;
}

async function writeRow(session: WriteSession, label: NodeLabel, row: NodeWriteRow): Promise<Record<string, unknown>> {
  const rows = await session.run(WRITE[label], { rows: [row] });
  if (Number(rows[0]?.written ?? 0) !== 1) throw new Error(`writing ${label} ${row.id} wrote nothing`);
  return (await readNode(session, { label, id: row.id }))!;
}

/** Writes an entity record through the seed's entityRow, and records the change for the audit trail. */
export async function writeEntity(session: WriteSession, label: EntityLabel, record: EntityRecord, before: Record<string, unknown> | null): Promise<Record<string, unknown>> {
  const after = await writeRow(session, label, entityRow(label, record));
  session.changed({ kind: 'node', label, id: record.id, before: before && auditedNodeView(label, before), after: auditedNodeView(label, after) });
  return after;
}

/** Writes a role observation's node (its relationships are written by the caller). */
export async function writeRoleObservationNode(session: WriteSession, record: RoleObservationRecord, sourceIds: readonly string[], before: Record<string, unknown> | null) {
  const after = await writeRow(session, 'RoleObservation', roleObservationRows(record, sourceIds).node);
  session.changed({ kind: 'node', label: 'RoleObservation', id: record.id, before: before && auditedNodeView('RoleObservation', before), after: auditedNodeView('RoleObservation', after) });
  return after;
}

/**
 * Writes a node back to a view of it the audit trail recorded (undoing a
 * change), through the same row builders, and records the change.
 */
export async function restoreNode(session: WriteSession, label: NodeLabel, view: Record<string, unknown>, before: Record<string, unknown> | null): Promise<Record<string, unknown>> {
  const after = await writeRow(session, label, nodeRowFromView(label, view));
  session.changed({ kind: 'node', label, id: String(view.id), before: before && auditedNodeView(label, before), after: auditedNodeView(label, after) });
  return after;
}

export { recordFromProps };

// What the database keeps for reading goes with the node (INDEX_RELATIONSHIPS); any fact left makes Neo4j refuse.
const DELETE = perLabel((l) => `MATCH (n:${l} {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[kept:${INDEX_RELATIONSHIP_TYPES.join('|')}]-()
  DELETE kept
}
DELETE n RETURN count(*) AS deleted`);

/** Deletes a node that has no relationship left (Neo4j refuses otherwise, which is the point) and records it. */
export async function deleteNode(session: WriteSession, ref: NodeRef, before: Record<string, unknown>): Promise<void> {
  await session.run(DELETE[ref.label], { id: ref.id });
  session.changed({ kind: 'node', label: ref.label, id: ref.id, before: auditedNodeView(ref.label, before), after: null });
}
