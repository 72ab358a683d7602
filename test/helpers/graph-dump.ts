import type { Executor } from '../../api/db/executor.js';
import { plain } from '../../api/db/mapping.js';

/** Keys sorted at every level, so equal graphs give equal text whatever order Neo4j returns properties in. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}

/**
 * The whole database as text: every node (labels, properties) and every
 * relationship (type, ends, properties), each line with sorted keys, lines
 * sorted. API keys, audit entries and the migration record are included: a
 * refused request must not leave even an audit entry behind. Two dumps are
 * equal exactly when the data is.
 */
export async function dumpGraph(executor: Executor): Promise<string> {
  const nodes = await executor.read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await executor.read<{ type: string; from: unknown; to: unknown; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, [labels(a), properties(a).id] AS from, [labels(b), properties(b).id] AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => JSON.stringify(sorted({ node: n.labels, props: plain(n.props) }))),
    ...relationships.map((r) => JSON.stringify(sorted({ relationship: r.type, from: r.from, to: r.to, props: plain(r.props) }))),
  ];
  return lines.sort().join('\n');
}
