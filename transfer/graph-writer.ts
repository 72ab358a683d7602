import type { Executor } from '../api/db/executor.js';
import type { NodeRecord, RelationshipRecord } from './ndjson-codec.js';
import {
  createNodesStatement,
  createRelationshipsStatement,
  labelCountStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  typeCountStatement,
} from './transfer-cypher.js';
import { NODE_LABELS, SORTED_RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './transfer-model.js';
import { BatchBuffers, WritePool } from './write-batches.js';

export interface WriteProgress {
  phase: 'nodes' | 'relationships';
  /** Rows written so far, nodes and relationships together. */
  done: number;
}

export interface GraphWriterOptions {
  batchSize: number;
  concurrency: number;
  onWritten?: (progress: WriteProgress) => void;
}

type Props = Record<string, unknown>;
type RelationshipRow = { start: string; end: string; props: Props };

/**
 * Which labels and relationship types the database holds nothing of, asked
 * once before anything is written (Neo4j answers from its count store).
 */
export async function emptyLabelsAndTypes(executor: Executor): Promise<{ labels: Set<NodeLabel>; types: Set<RelationshipType> }> {
  const isEmpty = async (cypher: string) => Number((await executor.read<{ count: number }>(cypher))[0]?.count ?? 0) === 0;
  const labels = new Set<NodeLabel>();
  const types = new Set<RelationshipType>();
  for (const label of NODE_LABELS) if (await isEmpty(labelCountStatement(label))) labels.add(label);
  for (const type of SORTED_RELATIONSHIP_TYPES) if (await isEmpty(typeCountStatement(type))) types.add(type);
  return { labels, types };
}

async function writeBatch(executor: Executor, cypher: string, params: Record<string, unknown>, rows: number, what: string) {
  const result = await executor.write<{ written: number }>(cypher, params);
  const written = Number(result[0]?.written ?? 0);
  // Only a node deleted since the check can make a row match nothing; say so instead of losing it silently.
  if (written !== rows) throw new Error(`${what}: wrote ${written} of ${rows} rows (an endpoint was deleted while the import ran)`);
}

/**
 * Writes checked records: nodes first, then relationships, in batches of
 * `batchSize` rows per statement, `concurrency` write transactions at a time.
 * The first relationship waits until every node is committed, since it needs
 * both its endpoints. Rows of a label or type the database held nothing of
 * (`empty`) are CREATEd, the others MERGEd on their ids.
 */
export class GraphWriter {
  private readonly pool: WritePool;
  private readonly nodes: BatchBuffers<NodeLabel, Props>;
  private readonly relationships: BatchBuffers<[RelationshipType, NodeLabel, NodeLabel], RelationshipRow>;
  private nodesDone = false;
  private done = 0;

  constructor(
    private readonly executor: Executor,
    private readonly empty: { labels: ReadonlySet<NodeLabel>; types: ReadonlySet<RelationshipType> },
    private readonly options: GraphWriterOptions,
  ) {
    this.pool = new WritePool(options.concurrency);
    // A few batches' worth may wait in the buffers of a file that interleaves labels or types.
    const maxBuffered = options.batchSize * 4;
    this.nodes = new BatchBuffers(options.batchSize, maxBuffered, (label, props) => this.pool.submit(() => this.writeNodes(label, props)));
    this.relationships = new BatchBuffers(options.batchSize, maxBuffered, (key, rows) => this.pool.submit(() => this.writeRelationships(key, rows)));
  }

  async addNode(record: NodeRecord): Promise<void> {
    if (this.nodesDone) throw new Error(`${record.label} "${record.id}" came after the first relationship`);
    await this.nodes.add(record.label, record.label, { ...record.props, id: record.id });
  }

  async addRelationship(record: RelationshipRecord): Promise<void> {
    if (!this.nodesDone) await this.finishNodes();
    const { type, start, end } = record;
    await this.relationships.add(`${type}|${start.label}|${end.label}`, [type, start.label, end.label], {
      start: start.id,
      end: end.id,
      props: { ...record.props, id: record.id },
    });
  }

  /** Writes what is left; throws the first failure of any batch. */
  async finish(): Promise<void> {
    if (!this.nodesDone) await this.finishNodes();
    await this.relationships.flushAll();
    await this.pool.drain();
  }

  /** Waits for the batches in flight whatever becomes of them, so that nothing writes after a failed import has returned. */
  async settle(): Promise<void> {
    await this.pool.settle();
  }

  private async finishNodes() {
    await this.nodes.flushAll();
    await this.pool.drain();
    this.nodesDone = true;
  }

  private async writeNodes(label: NodeLabel, props: Props[]) {
    const cypher = this.empty.labels.has(label) ? createNodesStatement(label) : mergeNodesStatement(label);
    await writeBatch(this.executor, cypher, { props }, props.length, `${label} nodes`);
    this.written('nodes', props.length);
  }

  private async writeRelationships([type, start, end]: [RelationshipType, NodeLabel, NodeLabel], rows: RelationshipRow[]) {
    const cypher = this.empty.types.has(type) ? createRelationshipsStatement(type, start, end) : mergeRelationshipsStatement(type, start, end);
    // Three lists rather than a list of maps: the driver packs (and Neo4j unpacks) no key names per row.
    const params = { starts: rows.map((r) => r.start), ends: rows.map((r) => r.end), props: rows.map((r) => r.props) };
    await writeBatch(this.executor, cypher, params, rows.length, `${type} relationships (${start} → ${end})`);
    this.written('relationships', rows.length);
  }

  private written(phase: WriteProgress['phase'], rows: number) {
    this.done += rows;
    this.options.onWritten?.({ phase, done: this.done });
  }
}
