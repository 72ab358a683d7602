import neo4j from 'neo4j-driver';

/** A node as the rest of the code sees it: its label and plain properties. */
export interface NodeRow {
  label: string;
  id: string;
  name?: string;
  [property: string]: unknown;
}

/** Neo4j temporal values become ISO strings; everything else is already plain (lossless integers are off). */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are text, numbers and booleans: answered before the driver's type tests, which cost more.
  if (typeof value !== 'object') return value;
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Maps a `{label, props}` pair returned by Cypher (`labels(n)[0] AS label, properties(n) AS props`). */
export function toNodeRow(label: string, props: Record<string, unknown>): NodeRow {
  return { ...(plain(props) as Record<string, unknown>), label } as NodeRow;
}
