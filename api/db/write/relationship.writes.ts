import neo4j from 'neo4j-driver';
import { relationshipStatement } from './graph-statements.js';
import type { RelationshipWriteRow } from '../../../model/rows.js';
import { RELATIONSHIP_DATE_FIELDS, RELATIONSHIP_INTEGER_FIELDS, RELATIONSHIP_TYPES, type RelationshipType } from '../../../model/graph-model.js';
import { BoundedCache } from '../bounded-cache.js';
import { plain } from '../mapping.js';
import { NODE_LABELS, type NodeLabel } from '../../../model/labels.js';
import { relationshipView } from './entity-record.js';
import type { NodeRef } from './node.writes.js';
import type { StatementRunner, WriteSession } from './write-session.js';

/** A stored relationship seen from one of its ends. */
export interface StoredRelationship {
  type: RelationshipType;
  id: string;
  /** True when it runs from the node asked about to `other`. */
  outgoing: boolean;
  other: NodeRef;
  props: Record<string, unknown>;
}

const perType = (statement: (type: RelationshipType) => string) => Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, statement(t)])) as Record<RelationshipType, string>;

const BY_ID = perType((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN properties(r) AS props`);
const DELETE = perType((t) => `MATCH ()-[r:${t} {id: $id}]->() DELETE r RETURN count(*) AS deleted`);

function checkedLabel(label: NodeLabel): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`not a label of the graph model: ${String(label)}`);
  return label;
}
function checkedType(type: RelationshipType): RelationshipType {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`not a relationship type of the graph model: ${String(type)}`);
  return type;
}

// Built on first use from whitelisted names only, so each lookup starts from an id constraint's index.
// (Types × label pairs of the graph model: a few hundred at most.)
const cache = new BoundedCache<string, string>(2_000);
function cached(key: string, build: () => string): string {
  return cache.get(key) ?? cache.set(key, build());
}
const betweenStatement = (type: RelationshipType, from: NodeLabel, to: NodeLabel) =>
  cached(`between|${type}|${from}|${to}`, () => `MATCH (:${checkedLabel(from)} {id: $from})-[r:${checkedType(type)}]->(:${checkedLabel(to)} {id: $to}) RETURN r.id AS id, properties(r) AS props ORDER BY r.id`);
const ofNodeStatement = (label: NodeLabel) =>
  cached(`of|${label}`, () => `MATCH (n:${checkedLabel(label)} {id: $id})-[r:${RELATIONSHIP_TYPES.join('|')}]-(o)
RETURN type(r) AS type, r.id AS id, startNode(r) = n AS outgoing, labels(o)[0] AS otherLabel, o.id AS otherId, properties(r) AS props
ORDER BY type, id`);
const writeStatement = (type: RelationshipType, from: NodeLabel, to: NodeLabel) => cached(`write|${type}|${from}|${to}`, () => relationshipStatement(type, from, to));

export async function relationshipsBetween(session: WriteSession, type: RelationshipType, from: NodeRef, to: NodeRef) {
  const rows = await session.run(betweenStatement(type, from.label, to.label), { from: from.id, to: to.id });
  return rows.map((r) => ({ id: r.id as string, props: r.props as Record<string, unknown> }));
}

export async function relationshipById(session: WriteSession, type: RelationshipType, id: string): Promise<Record<string, unknown> | null> {
  const rows = await session.run(BY_ID[type], { id });
  return (rows[0]?.props as Record<string, unknown> | undefined) ?? null;
}

/** Every relationship of a node, both directions, in a stable order. */
export async function relationshipsOf(session: StatementRunner, node: NodeRef): Promise<StoredRelationship[]> {
  const rows = await session.run(ofNodeStatement(node.label), { id: node.id });
  return rows.map((r) => ({
    type: r.type as RelationshipType,
    id: r.id as string,
    outgoing: r.outgoing as boolean,
    other: { label: r.otherLabel as NodeLabel, id: r.otherId as string },
    props: r.props as Record<string, unknown>,
  }));
}

/**
 * Writes a relationship row with the seed loader's statement (MERGE on the id;
 * a relationship whose ends changed is moved, not duplicated) and records the change.
 */
export async function writeRelationship(
  session: WriteSession,
  type: RelationshipType,
  from: NodeRef,
  to: NodeRef,
  row: RelationshipWriteRow,
  before: Record<string, unknown> | null,
  options: { previousEnds?: { from: string; to: string } } = {},
) {
  const rows = await session.run(writeStatement(type, from.label, to.label), { rows: [row] });
  if (Number(rows[0]?.written ?? 0) !== 1) throw new Error(`writing ${type} ${row.id} wrote nothing (an end is missing)`);
  const after = (await relationshipById(session, type, row.id))!;
  session.changed({
    kind: 'relationship',
    label: type,
    id: row.id,
    before: before && { ...ends(options.previousEnds ?? { from: from.id, to: to.id }), ...relationshipView(type, before) },
    after: { ...ends({ from: from.id, to: to.id }), ...relationshipView(type, after) },
  });
  return after;
}

/** The audit trail shows a relationship's ends beside its properties, so a moved relationship shows where it moved. */
const ends = (e: { from: string; to: string }) => ({ _from: e.from, _to: e.to });

export async function deleteRelationship(session: WriteSession, type: RelationshipType, id: string, before: Record<string, unknown>, endIds: { from: string; to: string }): Promise<void> {
  await session.run(DELETE[type], { id });
  session.changed({ kind: 'relationship', label: type, id, before: { ...ends(endIds), ...relationshipView(type, before) }, after: null });
}

/** The ends of a relationship seen from `node` (relationshipsOf), as stored ids. */
export function endsOf(node: NodeRef, r: StoredRelationship): { from: NodeRef; to: NodeRef } {
  return r.outgoing ? { from: node, to: r.other } : { from: r.other, to: node };
}

/**
 * A stored relationship's properties as a row for writeRelationship: dates go
 * back through `row.dates` (the statement rebuilds `<f>From` / `<f>To` from
 * them), whole numbers through `row.ints` (the statement sets them with
 * toInteger), everything else is written as it was.
 */
export function rowFromStored(type: RelationshipType, id: string, from: string, to: string, props: Record<string, unknown>): RelationshipWriteRow {
  const dates: Record<string, string | null> = {};
  const rest: Record<string, unknown> = {};
  const ints: Record<string, number | null> = {};
  const dateKeys = new Set((RELATIONSHIP_DATE_FIELDS[type] ?? []).flatMap((f) => [`${f}From`, `${f}To`]));
  const intKeys = new Set(RELATIONSHIP_INTEGER_FIELDS[type] ?? []);
  for (const [key, value] of Object.entries(props)) {
    if (dateKeys.has(key)) dates[key] = neo4j.isDate(value as never) ? String(plain(value)) : null;
    else if (intKeys.has(key)) ints[key] = typeof plain(value) === 'number' ? (plain(value) as number) : null;
    else rest[key] = value;
  }
  for (const key of dateKeys) dates[key] ??= null;
  for (const key of intKeys) ints[key] ??= null;
  return { id, from, to, props: { ...rest, id }, dates, ints };
}

const LOCK_RELATIONSHIP = perType(
  (t) => `MATCH (a)-[r:${t} {id: $id}]->(b) SET r.__lock = true REMOVE r.__lock
RETURN labels(a)[0] AS fromLabel, a.id AS fromId, labels(b)[0] AS toLabel, b.id AS toId`,
);

/** Takes a relationship's write lock (as lockNodes does for nodes) and returns its ends and its properties read after the lock. */
export async function lockRelationship(session: WriteSession, type: RelationshipType, id: string): Promise<{ from: NodeRef; to: NodeRef; props: Record<string, unknown> } | null> {
  const rows = await session.run(LOCK_RELATIONSHIP[type], { id });
  const row = rows[0];
  if (!row) return null;
  const props = (await relationshipById(session, type, id))!;
  return { from: { label: row.fromLabel as NodeLabel, id: row.fromId as string }, to: { label: row.toLabel as NodeLabel, id: row.toId as string }, props };
}
