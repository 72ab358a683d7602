import neo4j from 'neo4j-driver';
import type { Executor } from '../api/db/executor.js';
import { appliedVersion } from '../api/db/schema-migrations.js';
import { decodeLine, encodeRecord, type GraphRecord } from './ndjson-codec.js';
import type { PropertyValue, ScalarValue } from './property-codec.js';
import {
  allowedTriples,
  DANGLING_SOURCE_IDS,
  nodePageStatement,
  relationshipPageStatement,
  UNEXPORTABLE_NODES,
  UNEXPORTABLE_RELATIONSHIPS,
} from './transfer-cypher.js';
import { knownLabel, NODE_LABELS, SORTED_RELATIONSHIP_TYPES, SLUG, SORTED_NODE_LABELS, type NodeLabel } from './transfer-model.js';

export interface ExportCounts {
  nodes: number;
  relationships: number;
}

export interface ExportOptions {
  /** Rows per read transaction; memory stays at one page whatever the size of the graph. */
  pageSize?: number;
}

/** The graph holds something the export format cannot carry, or that the importer would refuse. */
export class ExportError extends Error {
  override name = 'ExportError';
}

type Entry = [name: string, value: unknown, integerText: string | string[] | null];

/** A property as read by the page statements (integers as text) → the value the codec encodes. */
function propertyValue([, value, integerText]: Entry): PropertyValue {
  if (value instanceof Int8Array) return value;
  if (typeof integerText === 'string') return neo4j.int(integerText);
  if (Array.isArray(integerText)) return integerText.map((text) => neo4j.int(text));
  return value as PropertyValue | ScalarValue[];
}

function props(entries: Entry[]): Record<string, PropertyValue> {
  return Object.fromEntries(entries.map((entry) => [entry[0], propertyValue(entry)]));
}

async function assertExportable(executor: Executor): Promise<void> {
  const problems: string[] = [];
  const slug = SLUG.source;
  const nodes = await executor.read<{ labels: string[]; id: unknown; elementId: string }>(UNEXPORTABLE_NODES, { labels: NODE_LABELS, slug });
  for (const n of nodes) problems.push(`node :${n.labels.join(':')} ${JSON.stringify(n.id ?? null)} (${n.elementId}): needs exactly one label of the graph model and a slug id`);
  const relationships = await executor.read<{ type: string; id: unknown; startLabels: string[]; startId: unknown; endLabels: string[]; endId: unknown }>(
    UNEXPORTABLE_RELATIONSHIPS,
    { allowed: allowedTriples(SORTED_RELATIONSHIP_TYPES, NODE_LABELS), slug },
  );
  for (const r of relationships) {
    problems.push(
      `relationship ${r.type} ${JSON.stringify(r.id ?? null)} from :${r.startLabels.join(':')} ${JSON.stringify(r.startId ?? null)} to :${r.endLabels.join(':')} ${JSON.stringify(r.endId ?? null)}: not a type and label pair of the graph model, or no slug id`,
    );
  }
  const dangling = await executor.read<{ sourceId: unknown; holder: string }>(DANGLING_SOURCE_IDS);
  for (const d of dangling) problems.push(`${d.holder} cites source ${JSON.stringify(d.sourceId)}, which is not a Source node`);
  if (problems.length > 0) {
    throw new ExportError(`the graph cannot be exported as it is (first problems shown):\n  ${problems.join('\n  ')}`);
  }
}

/** Encodes a record and checks that the importer would read it back; a graph the importer refuses is not exported. */
function line(record: GraphRecord): string {
  const text = encodeRecord(record);
  const decoded = decodeLine(text);
  if (!decoded.ok) {
    const what = record.kind === 'node' ? `${record.label} "${record.id}"` : record.kind === 'relationship' ? `${record.type} "${record.id}"` : record.kind;
    throw new ExportError(`${what} cannot be exported: ${decoded.message}`);
  }
  return text;
}

/**
 * Writes the whole graph, one line at a time, to `write`: the header with the
 * schema version, every node by label then id, every relationship by type then
 * id, the end line with the counts. Reads page by page (keyset on the id,
 * one read transaction per page) and awaits `write` before reading on, so
 * memory stays constant and a slow consumer slows the export down. The same
 * graph gives the same bytes. Pages are separate transactions, so writes made
 * while the export runs may or may not be in it.
 */
export async function exportGraph(executor: Executor, write: (line: string) => void | Promise<void>, options: ExportOptions = {}): Promise<ExportCounts> {
  const limit = neo4j.int(options.pageSize ?? 1000);
  await assertExportable(executor);
  await write(line({ kind: 'header', schemaVersion: await appliedVersion(executor) }));

  const counts: ExportCounts = { nodes: 0, relationships: 0 };
  for (const label of SORTED_NODE_LABELS) {
    const statement = nodePageStatement(label);
    for (let after = ''; ; ) {
      const rows = await executor.read<{ id: string; props: Entry[] }>(statement, { after, limit });
      for (const row of rows) await write(line({ kind: 'node', label, id: row.id, props: props(row.props) }));
      counts.nodes += rows.length;
      if (rows.length < limit.toNumber()) break;
      after = rows.at(-1)!.id;
    }
  }
  for (const type of SORTED_RELATIONSHIP_TYPES) {
    const statement = relationshipPageStatement(type);
    for (let after = ''; ; ) {
      const rows = await executor.read<{ id: string; startLabel: string; startId: string; endLabel: string; endId: string; props: Entry[] }>(statement, { after, limit });
      for (const row of rows) {
        const start = { label: knownLabel(row.startLabel) as NodeLabel, id: row.startId };
        const end = { label: knownLabel(row.endLabel) as NodeLabel, id: row.endId };
        await write(line({ kind: 'relationship', type, id: row.id, start, end, props: props(row.props) }));
      }
      counts.relationships += rows.length;
      if (rows.length < limit.toNumber()) break;
      after = rows.at(-1)!.id;
    }
  }
  await write(line({ kind: 'end', ...counts }));
  return counts;
}
