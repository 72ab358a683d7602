import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES, type RelationshipType } from '../../model/graph-model.js';
import { ENTITY_LABELS, isNodeLabel, type EntityLabel, type NodeLabel } from '../../model/labels.js';
import { relationshipRowFromView } from '../../model/rows.js';
import { readAuditEntry, type StoredAuditEntry } from '../db/audit/audit-entry.reads.js';
import type { AuditChange } from '../db/audit/audit-record.js';
import { nodeView, relationshipView } from '../db/write/entity-record.js';
import { deleteNode, lockNodes, readNode, resolveNodes, restoreNode, type NodeRef } from '../db/write/node.writes.js';
import { countReferences } from '../db/write/reference.writes.js';
import { deleteRelationship, lockRelationship, relationshipsOf, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation, type WriteSession } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { inputError } from './input-error.js';
import { LIMITS } from './limits.js';
import { WriteConflictError, type Conflict } from './write-conflict.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

/**
 * The writes an undo can reverse: those an editor makes, each changing nodes
 * and relationships it records whole before and after. Merges and deletions
 * (an admin's, rewriting references across the graph), the commands' writes
 * and undos themselves are not among them (docs/decisions/028).
 */
const UNDOABLE: ReadonlySet<string> = new Set([
  ...ENTITY_LABELS.flatMap((label) => [`create${label}`, `update${label}`]),
  'recordRoleObservation',
  'recordParticipation',
  'link',
  'unlink',
  'attachSources',
  'registerModel',
]);

export function isUndoable(operation: string): boolean {
  return UNDOABLE.has(operation);
}

export interface UndoOutcome {
  /** The id of the entry undone. */
  undone: string;
  /** How many nodes and relationships were written back. */
  restored: number;
}

const FIELD = 'input.entry';

/** Keys sorted at every level: two views of the same state are the same text. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    return v ?? null;
  };
  return JSON.stringify(sorted(value));
}

type NodeChange = AuditChange & { label: NodeLabel };
type RelationshipChange = AuditChange & { label: RelationshipType };

/** The ends a relationship view names, with the labels that make it a relationship of the graph model; null when they are not both there. */
async function endsOf(session: WriteSession, type: RelationshipType, view: Record<string, unknown>): Promise<{ from: NodeRef; to: NodeRef } | null> {
  const from = String(view._from);
  const to = String(view._to);
  const pairs = RELATIONSHIP_ENDPOINTS[type] as ReadonlyArray<readonly [NodeLabel, NodeLabel]>;
  const found = await resolveNodes(session, pairs.flatMap(([a, b]) => [{ label: a, id: from }, { label: b, id: to }]));
  // Exactly these ids: an end merged away since is not the end the entry recorded.
  const pair = pairs.find(([a, b]) => found.get(`${a}:${from}`) === from && found.get(`${b}:${to}`) === to);
  return pair ? { from: { label: pair[0], id: from }, to: { label: pair[1], id: to } } : null;
}

const withoutEnds = ({ _from, _to, ...props }: Record<string, unknown>) => (void _from, void _to, props);

/** Checks the entry can be undone at all, before any lock. */
function undoableChanges(entry: StoredAuditEntry): { nodes: NodeChange[]; relationships: RelationshipChange[] } {
  if (entry.undoes) throw inputError(FIELD, `is itself an undo (of entry ${entry.undoes}); an undo is not undone: make the change again instead`);
  if (!UNDOABLE.has(entry.operation)) throw inputError(FIELD, `is a ${entry.operation}, which cannot be undone from the history`);
  const nodes: NodeChange[] = [];
  const relationships: RelationshipChange[] = [];
  for (const change of entry.changes) {
    if (change.kind === 'node' && isNodeLabel(change.label)) nodes.push(change as NodeChange);
    else if (change.kind === 'relationship' && RELATIONSHIP_TYPES.includes(change.label as RelationshipType)) relationships.push(change as RelationshipChange);
    else throw inputError(FIELD, `changed a ${change.kind} ${change.label}, which an undo does not restore`);
  }
  return { nodes, relationships };
}

/**
 * Undoes one write: every node and relationship it changed goes back to what
 * it was before, in one transaction audited as `undoChange` (naming the entry
 * undone). Only when each is still exactly as the write left it: a node or
 * relationship changed since, a node the write created that has gained a
 * relationship or a citation since, or an entry undone already, is a conflict
 * and nothing is written — no later change is ever overwritten.
 */
export async function undoChange(deps: WriteDeps, input: UndoInput): Promise<UndoOutcome> {
  const checked = checkUndo(input);
  return runMutation(deps.executor, { ...mutationMeta(deps, 'undoChange'), undoes: checked.entry, reason: checked.reason }, prepareUndo(checked.entry));
}

export interface UndoInput {
  /** The audit entry's id. */
  entry: unknown;
  /** Why it is undone, kept on the undo's own entry. */
  reason?: unknown;
}

// Audit entries are named by a random UUID (api/db/audit/audit.writes.ts).
const ENTRY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkUndo(input: UndoInput): { entry: string; reason: string | null } {
  const c = new Checker();
  const entry = c.pattern(FIELD, input.entry, ENTRY_ID, 'the id of an audit entry (HistoryEntry.id)');
  const reason = c.text('input.reason', input.reason, { max: LIMITS.note, multiline: true });
  c.done();
  return { entry: entry!, reason: reason ?? null };
}

/** undoChange's work for a transaction, for an entry id already checked. */
export function prepareUndo(entryId: string): PreparedWrite<UndoOutcome> {
  return async (session) => {
    const found = await readAuditEntry(session, entryId);
    if (!found) throw inputError(FIELD, 'names no audit entry');
    const { nodes, relationships } = undoableChanges(found);

    // Lock what the entry touched (the nodes, the relationships' ends), then read it as it is now.
    const ends = relationships.flatMap((c) => [c.before, c.after]).filter((v): v is Record<string, unknown> => v !== null);
    const candidates = [...nodes.map((c) => ({ label: c.label, id: c.id })), ...relationships.flatMap((c) => (RELATIONSHIP_ENDPOINTS[c.label] as ReadonlyArray<readonly [NodeLabel, NodeLabel]>).flatMap(([a, b]) => ends.flatMap((v) => [{ label: a, id: String(v._from) }, { label: b, id: String(v._to) }])))];
    const existing = await resolveNodes(session, candidates);
    await lockNodes(session, candidates.filter((r) => existing.get(`${r.label}:${r.id}`) === r.id), { create: false });
    // Read again under the locks: an undo of the same entry that committed meanwhile is seen now.
    const entry = (await readAuditEntry(session, entryId))!;
    if (entry.undoneBy) {
      throw new WriteConflictError(FIELD, [{ kind: 'node', label: 'AuditEntry', id: entry.id, message: `was undone already (entry ${entry.undoneBy.id}, ${entry.undoneBy.at})` }]);
    }

    const conflicts: Conflict[] = [];
    const nodesNow = new Map<string, Record<string, unknown> | null>();
    for (const change of nodes) {
      const now = await readNode(session, { label: change.label, id: change.id });
      nodesNow.set(`${change.label}:${change.id}`, now);
      if (canonical(now && nodeView(change.label, now)) !== canonical(change.after)) {
        conflicts.push({ kind: 'node', label: change.label, id: change.id, message: `${change.label} ${change.id} ${now ? 'has changed' : 'is gone'} since this entry` });
      }
    }
    const relationshipsNow = new Map<string, Awaited<ReturnType<typeof lockRelationship>>>();
    for (const change of relationships) {
      const now = await lockRelationship(session, change.label, change.id);
      relationshipsNow.set(`${change.label}:${change.id}`, now);
      const view = now && { _from: now.from.id, _to: now.to.id, ...relationshipView(change.label, now.props) };
      if (canonical(view) !== canonical(change.after)) {
        conflicts.push({ kind: 'relationship', label: change.label, id: change.id, message: `${change.label} ${change.id} ${now ? 'has changed' : change.after ? 'is gone' : 'was made again'} since this entry` });
      }
    }
    if (conflicts.length > 0) throw new WriteConflictError(FIELD, conflicts);

    let restored = 0;
    // 1. What the entry created of relationships goes; 2. nodes and 3. relationships it changed or removed come back.
    for (const change of relationships.filter((c) => c.before === null)) {
      const now = relationshipsNow.get(`${change.label}:${change.id}`)!;
      await deleteRelationship(session, change.label, change.id, now.props, { from: now.from.id, to: now.to.id });
      restored += 1;
    }
    for (const change of nodes.filter((c) => c.before !== null)) {
      await restoreNode(session, change.label, change.before!, nodesNow.get(`${change.label}:${change.id}`) ?? null);
      restored += 1;
    }
    for (const change of relationships.filter((c) => c.before !== null)) {
      const at = await endsOf(session, change.label, change.before!);
      if (!at) throw new WriteConflictError(FIELD, [{ kind: 'relationship', label: change.label, id: change.id, message: `${change.label} ${change.id} cannot come back: an end of it is gone since this entry` }]);
      const now = relationshipsNow.get(`${change.label}:${change.id}`) ?? null;
      const row = relationshipRowFromView(change.label, at.from.id, at.to.id, withoutEnds(change.before!));
      await writeRelationship(session, change.label, at.from, at.to, row, now?.props ?? null, now ? { previousEnds: { from: now.from.id, to: now.to.id } } : {});
      restored += 1;
    }

    // 4. Nodes the entry created go last, sources after the rest (whose citations of them are gone by then),
    // and only when nothing written since holds on to them. A conflict rolls the whole undo back; the
    // others are still looked at, so that the refusal names them all.
    const created = nodes.filter((c) => c.before === null).sort((a, b) => Number(a.label === 'Source') - Number(b.label === 'Source'));
    for (const change of created) {
      const ref = { label: change.label, id: change.id };
      const holding = await relationshipsOf(session, ref);
      const references = change.label === 'RoleObservation' ? 0 : await countReferences(session, change.label as EntityLabel, change.id);
      if (holding.length > 0 || references > 0) {
        const what = [holding.length > 0 ? `relationships (${[...new Set(holding.map((r) => r.type))].join(', ')})` : '', references > 0 ? `${references} citations or references by id` : ''].filter(Boolean).join(' and ');
        conflicts.push({ kind: 'node', label: change.label, id: change.id, message: `${change.label} ${change.id}, which this entry created, has ${what} written since` });
        continue;
      }
      await deleteNode(session, ref, nodesNow.get(`${change.label}:${change.id}`)!);
      restored += 1;
    }
    if (conflicts.length > 0) throw new WriteConflictError(FIELD, conflicts);
    session.about(...entry.entityIds);
    return { undone: entry.id, restored };
  };
}
