import neo4j from 'neo4j-driver';

/** A node as the rest of the code sees it: its label and plain properties. */
export interface NodeRow {
  label: string;
  id: string;
  name?: string;
  [property: string]: unknown;
}

/**
 * Neo4j temporal values become ISO strings; everything else is already plain
 * (lossless integers are off). Lists and maps are converted in place: they are
 * the driver's fresh copies, owned by the caller, and a registry page holds
 * thousands of them, so copying each showed as garbage collection in profiles.
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are text, numbers and booleans: answered before the driver's type tests, which cost more.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = plain(value[i]);
    return value;
  }
  if (value.constructor === Object) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = plain(map[key]);
    return map;
  }
  if (neo4j.isDate(value as never)) return isoDate(value as unknown as { year: number; month: number; day: number });
  if (neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return (value as { toString(): string }).toString();
  return value;
}

/**
 * A Date as ISO text from its fields (numbers: lossless integers are off). The
 * driver's own toString formats through its 64-bit Integer arithmetic, and a
 * timeline has a dozen dates per row: that showed in profiles.
 */
function isoDate({ year, month, day }: { year: number; month: number; day: number }): string {
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Maps a `{label, props}` pair returned by Cypher (`labels(n)[0] AS label, properties(n) AS props`). */
export function toNodeRow(label: string, props: Record<string, unknown>): NodeRow {
  const row = plain(props) as NodeRow;
  row.label = label;
  return row;
}
