import type { Executor } from '../../api/db/executor.js';
import { nodeStatement, relationshipStatement } from '../../api/db/write/graph-statements.js';
import type { NodeLabel, RelationshipType } from '../../model/graph-model.js';
import type { GraphRows, NodeBatch, RelationshipBatch } from './to-graph.js';

type Transaction = Parameters<Parameters<Executor['writeTransaction']>[0]>[0];

export interface WriteCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
}

/** Rows per statement: small enough for one round trip each, large enough that the seed takes a handful. */
const BATCH_SIZE = 500;

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
