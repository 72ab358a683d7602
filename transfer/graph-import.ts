import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Executor } from '../api/db/executor.js';
import { appliedVersion } from '../api/db/schema-migrations.js';
import { rebuildModelScope } from '../api/db/scope/model-scope.js';
import { GraphFileChecker, type FileCheckResult, type LineIssue } from './graph-file-check.js';
import { decodeLine, type NodeRecord, type RelationshipRecord } from './ndjson-codec.js';
import { emptyLabelsAndTypes, GraphWriter } from './graph-writer.js';
import { missingNodesStatement } from './transfer-cypher.js';

export interface ImportProgress {
  phase: 'nodes' | 'relationships';
  /** Rows written so far, nodes and relationships together. */
  done: number;
  total: number;
}

/**
 * Measured on the 1M-entity file (2 cores, 2 GB heap): 10,000 rows a batch
 * kept so much transaction state alive that Neo4j spent a fifth of its time in
 * garbage collection; 1,000 to 4,000 cost the same, and two transactions in
 * flight keep both cores busy while this process reads the next batch.
 */
export const DEFAULT_BATCH_SIZE = 2_000;
export const DEFAULT_CONCURRENCY = 2;

export interface ImportOptions {
  /** Rows per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once. */
  concurrency?: number;
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

/**
 * Loads an export file: checks every line and the file's references against
 * the database first, and writes nothing unless all is well (ImportValidationError
 * lists the bad lines otherwise). Then writes nodes, then relationships, on
 * their ids, `batchSize` rows per write transaction and `concurrency`
 * transactions at a time (see GraphWriter). Rows are MERGEd, replacing the
 * properties of what already exists with the file's: importing a file twice
 * leaves the database as the first import did. A label or relationship type
 * the database holds nothing of when the import starts is CREATEd instead,
 * which gives the same graph (the file names each id once) for much less work.
 * Nodes and relationships the file does not name are left alone. A run that
 * stops half-way (Neo4j down) leaves the batches written so far; importing the
 * same file again completes it (by MERGE, as those labels are no longer empty).
 */
export async function importGraphFile(executor: Executor, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const check = await checkGraphFile(file);
  if (check.issueCount > 0) throw new ImportValidationError(check.issues, check.issueCount);
  const databaseIssues = await checkAgainstDatabase(executor, check);
  if (databaseIssues.length > 0) throw new ImportValidationError(databaseIssues, databaseIssues.length);
  options.onChecked?.(check);

  const total = check.nodes + check.relationships;
  const writer = new GraphWriter(executor, await emptyLabelsAndTypes(executor), {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    onWritten: ({ phase, done }) => options.onProgress?.({ phase, done, total }),
  });
  try {
    // One more pass when the file's nodes come first (as export and generate write it), two otherwise;
    // memory holds a few batches, never the file.
    for await (const record of recordsOf(file, check.nodesFirst ? ['node', 'relationship'] : ['node'])) {
      await (record.kind === 'node' ? writer.addNode(record) : writer.addRelationship(record));
    }
    if (!check.nodesFirst) {
      for await (const record of recordsOf(file, ['relationship'])) if (record.kind === 'relationship') await writer.addRelationship(record);
    }
    await writer.finish();
  } finally {
    await writer.settle();
  }
  // The places each model is listed under, from the graph as it now is (decision 032): a run stopped
  // half-way leaves them as they were, and importing the file again completes both.
  await rebuildModelScope(executor);
  return { nodes: check.nodes, relationships: check.relationships, schemaVersion: check.header!.schemaVersion };
}

async function* recordsOf(file: string, kinds: ReadonlyArray<(NodeRecord | RelationshipRecord)['kind']>): AsyncGenerator<NodeRecord | RelationshipRecord> {
  for await (const [n, text] of lines(file)) {
    const decoded = decodeLine(text);
    // The file was checked a moment ago; a line that fails now means it changed under us.
    if (!decoded.ok) throw new Error(`${file} changed during the import (line ${n}: ${decoded.message})`);
    const record = decoded.record;
    if ((record.kind === 'node' || record.kind === 'relationship') && kinds.includes(record.kind)) yield record;
  }
}
