import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Executor } from '../executor.js';
import { appliedVersion } from '../schema-migrations.js';
import { GraphFileChecker, type FileCheckResult, type LineIssue } from './graph-file-check.js';
import { decodeLine, type NodeRecord, type RelationshipRecord } from './ndjson-codec.js';
import { mergeNodesStatement, mergeRelationshipsStatement, missingNodesStatement } from './transfer-cypher.js';
import type { NodeLabel, RelationshipType } from './transfer-model.js';

export interface ImportProgress {
  phase: 'nodes' | 'relationships';
  /** Rows written so far, nodes and relationships together. */
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Rows per write transaction. */
  batchSize?: number;
  /** Called once the file has been checked, before anything is written. */
  onChecked?: (check: FileCheckResult) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  nodes: number;
  relationships: number;
  schemaVersion: number;
}

/** The file or its fit with the database is wrong; nothing was written. */
export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(
    readonly issues: LineIssue[],
    readonly issueCount: number,
  ) {
    super(`${issueCount} problem${issueCount === 1 ? '' : 's'} in the file; nothing was written`);
  }
}

async function* lines(file: string): AsyncGenerator<[number, string]> {
  const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of reader) yield [++n, text];
}

/** Every rule that needs only the file. Reads it once, holding only the keys of its nodes and relationships. */
export async function checkGraphFile(file: string): Promise<FileCheckResult> {
  const checker = new GraphFileChecker();
  for await (const [n, text] of lines(file)) checker.add(n, text);
  return checker.finish();
}

const IDS_PER_QUERY = 1000;

/** The rules that need the database: the schema version matches, and the nodes the file refers to without holding exist. */
async function checkAgainstDatabase(executor: Executor, check: FileCheckResult): Promise<LineIssue[]> {
  const issues: LineIssue[] = [];
  const fileVersion = check.header!.schemaVersion;
  const databaseVersion = await appliedVersion(executor);
  if (databaseVersion !== fileVersion) {
    const advice = databaseVersion < fileVersion ? 'migrate it first (npm run db:migrate)' : `import into a database at version ${fileVersion}, then migrate`;
    issues.push({ line: 1, message: `the file was exported at schema version ${fileVersion}, the database is at ${databaseVersion}: ${advice}` });
  }
  for (const [label, ids] of check.external) {
    const all = [...ids.keys()];
    for (let i = 0; i < all.length; i += IDS_PER_QUERY) {
      const missing = await executor.read<{ id: string }>(missingNodesStatement(label), { ids: all.slice(i, i + IDS_PER_QUERY) });
      for (const { id } of missing) issues.push({ line: ids.get(id)!, message: `${label} "${id}" is neither in the file nor in the database` });
    }
  }
  return issues.sort((a, b) => a.line - b.line);
}

class BatchWriter<K, Row> {
  private readonly buffers = new Map<string, { key: K; rows: Row[] }>();
  written = 0;

  constructor(
    private readonly size: number,
    private readonly flushRows: (key: K, rows: Row[]) => Promise<void>,
  ) {}

  async add(id: string, key: K, row: Row) {
    const buffer = this.buffers.get(id) ?? { key, rows: [] };
    buffer.rows.push(row);
    this.buffers.set(id, buffer);
    if (buffer.rows.length >= this.size) await this.flush(id);
  }

  async flushAll() {
    for (const id of [...this.buffers.keys()]) await this.flush(id);
  }

  private async flush(id: string) {
    const buffer = this.buffers.get(id);
    if (!buffer || buffer.rows.length === 0) return;
    this.buffers.delete(id);
    await this.flushRows(buffer.key, buffer.rows);
    this.written += buffer.rows.length;
  }
}

async function writeBatch(executor: Executor, cypher: string, rows: unknown[], what: string) {
  const result = await executor.write<{ written: number }>(cypher, { rows });
  const written = Number(result[0]?.written ?? 0);
  // Only a node deleted since the check can make a row match nothing; say so instead of losing it silently.
  if (written !== rows.length) throw new Error(`${what}: wrote ${written} of ${rows.length} rows (an endpoint was deleted while the import ran)`);
}

/**
 * Loads an export file: checks every line and the file's references against
 * the database first, and writes nothing unless all is well (ImportValidationError
 * lists the bad lines otherwise). Then MERGEs nodes, then relationships, on
 * their ids, `batchSize` rows per write transaction, replacing the properties
 * of what already exists with the file's: importing a file twice leaves the
 * database as the first import did. Nodes and relationships the file does not
 * name are left alone. A run that stops half-way (Neo4j down) leaves the
 * batches written so far; importing the same file again completes it.
 */
export async function importGraphFile(executor: Executor, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const batchSize = options.batchSize ?? 1000;
  const check = await checkGraphFile(file);
  if (check.issueCount > 0) throw new ImportValidationError(check.issues, check.issueCount);
  const databaseIssues = await checkAgainstDatabase(executor, check);
  if (databaseIssues.length > 0) throw new ImportValidationError(databaseIssues, databaseIssues.length);
  options.onChecked?.(check);

  const total = check.nodes + check.relationships;
  const nodes = new BatchWriter<NodeLabel, { id: string; props: Record<string, unknown> }>(batchSize, async (label, rows) => {
    await writeBatch(executor, mergeNodesStatement(label), rows, `${label} nodes`);
    options.onProgress?.({ phase: 'nodes', done: nodes.written + rows.length, total });
  });
  const relationships = new BatchWriter<[RelationshipType, NodeLabel, NodeLabel], { id: string; start: string; end: string; props: Record<string, unknown> }>(
    batchSize,
    async ([type, start, end], rows) => {
      await writeBatch(executor, mergeRelationshipsStatement(type, start, end), rows, `${type} relationships (${start} → ${end})`);
      options.onProgress?.({ phase: 'relationships', done: check.nodes + relationships.written + rows.length, total });
    },
  );

  // Two more passes over the file, so that memory holds one batch per label or type, never the file.
  for await (const record of recordsOf<NodeRecord>(file, 'node')) {
    await nodes.add(record.label, record.label, { id: record.id, props: { ...record.props, id: record.id } });
  }
  await nodes.flushAll();
  for await (const record of recordsOf<RelationshipRecord>(file, 'relationship')) {
    const { type, start, end } = record;
    await relationships.add(`${type}|${start.label}|${end.label}`, [type, start.label, end.label], {
      id: record.id,
      start: start.id,
      end: end.id,
      props: { ...record.props, id: record.id },
    });
  }
  await relationships.flushAll();
  return { nodes: check.nodes, relationships: check.relationships, schemaVersion: check.header!.schemaVersion };
}

async function* recordsOf<R extends NodeRecord | RelationshipRecord>(file: string, kind: R['kind']): AsyncGenerator<R> {
  for await (const [n, text] of lines(file)) {
    const decoded = decodeLine(text);
    // The file was checked a moment ago; a line that fails now means it changed under us.
    if (!decoded.ok) throw new Error(`${file} changed during the import (line ${n}: ${decoded.message})`);
    if (decoded.record.kind === kind) yield decoded.record as R;
  }
}
