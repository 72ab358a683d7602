import type { Executor } from '../../api/db/executor.js';
import {
  NODE_DATE_FIELDS,
  NODE_INTEGER_FIELDS,
  NODE_LABELS,
  RELATIONSHIP_DATE_FIELDS,
  RELATIONSHIP_INTEGER_FIELDS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from './model.js';
import type { GraphRows, NodeBatch, RelationshipBatch } from './to-graph.js';

type Transaction = Parameters<Parameters<Executor['writeTransaction']>[0]>[0];

export interface WriteCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
}

/** Rows per statement: small enough for one round trip each, large enough that the seed takes a handful. */
const BATCH_SIZE = 500;

function assertLabel(label: string): asserts label is NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) throw new Error(`not a label of the graph model: ${label}`);
}
function assertType(type: string): asserts type is RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`not a relationship type of the graph model: ${type}`);
}

/** Date and integer fields are converted in Cypher, so no driver type leaks into the rows. */
function conversions(variable: string, dateFields: readonly string[], intFields: readonly string[]): string {
  const sets = [
    ...dateFields.flatMap((f) => [`${variable}.${f}From = date(row.dates.${f}From)`, `${variable}.${f}To = date(row.dates.${f}To)`]),
    ...intFields.map((f) => `${variable}.${f} = toInteger(row.ints.${f})`),
  ];
  return sets.length ? `SET ${sets.join(', ')}` : '';
}

/**
 * MERGE on the id, then replace the properties with the record's (`SET n = …`),
 * so a field removed from a record is removed from the node, and a record that
 * did not change is written with the values it already has.
 */
export function nodeStatement(label: NodeLabel): string {
  assertLabel(label);
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${label} {id: row.id})`,
    'SET n = row.props',
    conversions('n', NODE_DATE_FIELDS[label], NODE_INTEGER_FIELDS[label]),
    'RETURN count(n) AS written',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A relationship whose record now names other endpoints is deleted first, so
 * editing `from` or `to` moves it instead of leaving a second one with the same id.
 */
export function relationshipStatement(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  assertType(type);
  assertLabel(fromLabel);
  assertLabel(toLabel);
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${fromLabel} {id: row.from})`,
    `MATCH (b:${toLabel} {id: row.to})`,
    `OPTIONAL MATCH (x)-[moved:${type} {id: row.id}]->(y)`,
    'WHERE x <> a OR y <> b',
    'DELETE moved',
    'WITH DISTINCT row, a, b',
    `MERGE (a)-[r:${type} {id: row.id}]->(b)`,
    'SET r = row.props',
    conversions('r', RELATIONSHIP_DATE_FIELDS[type] ?? [], RELATIONSHIP_INTEGER_FIELDS[type] ?? []),
    'RETURN count(r) AS written',
  ]
    .filter(Boolean)
    .join('\n');
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

async function run(tx: Transaction, cypher: string, rows: unknown[], what: string): Promise<number> {
  const result = await tx.run(cypher, { rows });
  const written = Number(result.records[0]?.get('written') ?? 0);
  // A row whose endpoint is missing matches nothing and would vanish silently; fail the whole load instead.
  if (written !== rows.length) throw new Error(`${what}: wrote ${written} of ${rows.length} rows (an endpoint is missing from the database)`);
  return written;
}

async function writeNodes(tx: Transaction, batch: NodeBatch, counts: WriteCounts) {
  const cypher = nodeStatement(batch.label);
  for (const rows of chunks(batch.rows)) {
    counts.nodes[batch.label] = (counts.nodes[batch.label] ?? 0) + (await run(tx, cypher, rows, `${batch.label} nodes`));
  }
}

async function writeRelationships(tx: Transaction, batch: RelationshipBatch, counts: WriteCounts) {
  const cypher = relationshipStatement(batch.type, batch.fromLabel, batch.toLabel);
  for (const rows of chunks(batch.rows)) {
    const written = await run(tx, cypher, rows, `${batch.type} relationships (${batch.fromLabel} → ${batch.toLabel})`);
    counts.relationships[batch.type] = (counts.relationships[batch.type] ?? 0) + written;
  }
}

/** Writes every row in one write transaction: the whole graph is written, or nothing is. */
export async function writeGraph(executor: Executor, graph: GraphRows): Promise<WriteCounts> {
  return executor.writeTransaction(async (tx) => {
    // Counted afresh on each attempt: the driver may retry the transaction function.
    const counts: WriteCounts = { nodes: {}, relationships: {} };
    for (const batch of graph.nodes) await writeNodes(tx, batch, counts);
    for (const batch of graph.relationships) await writeRelationships(tx, batch, counts);
    return counts;
  });
}
