import { NODE_DATE_FIELDS, RELATIONSHIP_DATE_FIELDS, type RelationshipType } from '../../model/graph-model.js';
import { NODE_LABELS, type NodeLabel } from '../../model/labels.js';

/**
 * How read statements return a node's or a relationship's properties: every
 * stored property, as `properties(x)` would, except
 * - the keys kept for matching only (folded search text, folded name words),
 *   which no reader uses and which are the longest values a node holds: sent as
 *   null instead;
 * - the bounds of partial dates (`dateFrom`, `dateTo`, …), sent as ISO text
 *   (`toString` of a Cypher date is `2021-03-24`), which is what
 *   api/db/mapping.ts makes of them anyway. Decoding a Date costs the driver
 *   its 64-bit Integer arithmetic per value; at 1M entities that and the two
 *   long keys were a third of the API's time on registry pages (BENCHMARKS.md).
 * Writes and the audit trail read `properties(x)`: they need the stored values.
 */
const MATCH_ONLY_KEYS = ['searchText', 'nameKeys'] as const;

const boundsOf = (fields: readonly string[]) => fields.flatMap((f) => [`${f}From`, `${f}To`]);

function projection(variable: string, dateKeys: readonly string[], hide: readonly string[]): string {
  const entries = [...hide.map((k) => `${k}: null`), ...dateKeys.map((k) => `${k}: toString(${variable}.${k})`)];
  return entries.length === 0 ? `properties(${variable})` : `${variable} {.*, ${entries.join(', ')}}`;
}

/**
 * An article's text, kept on its Source by ingestion, is read only by the
 * field that shows it (Source.text, through a projected read): a Source is
 * read whole wherever a fact cites it, and the text is a hundred times the rest.
 */
const READ_ON_REQUEST: Partial<Record<NodeLabel, readonly string[]>> = { Source: ['text'] };

const ofLabel = (variable: string, label: NodeLabel) => projection(variable, boundsOf(NODE_DATE_FIELDS[label]), [...MATCH_ONLY_KEYS, ...(READ_ON_REQUEST[label] ?? [])]);

/**
 * Cypher for the readable properties of node `variable`. With its label known
 * the projection names that label's date bounds only; otherwise it picks the
 * projection by label, so that no node gains keys of another label's dates.
 */
export function nodeProperties(variable: string, label?: NodeLabel): string {
  if (label) return ofLabel(variable, label);
  const cases = NODE_LABELS.map((l) => `WHEN ${variable}:${l} THEN ${ofLabel(variable, l)}`).join(' ');
  return `CASE ${cases} ELSE properties(${variable}) END`;
}

/** Cypher for the readable properties of relationship `variable`, of `type` when known. */
export function relationshipProperties(variable: string, type?: RelationshipType): string {
  if (type) return projection(variable, boundsOf(RELATIONSHIP_DATE_FIELDS[type] ?? []), []);
  const dated = Object.entries(RELATIONSHIP_DATE_FIELDS) as [RelationshipType, readonly string[]][];
  const cases = dated.map(([t, fields]) => `WHEN '${t}' THEN ${projection(variable, boundsOf(fields), [])}`).join(' ');
  return `CASE type(${variable}) ${cases} ELSE properties(${variable}) END`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Cypher for some stored properties of node `variable` of `label`: the id and
 * the given keys (the properties the fields a request asks for read:
 * api/graphql/field-reads.ts), date bounds as ISO text as above (those of any
 * label when the label is not known). The keys are
 * names of the code's own resolvers or of schema fields, never request text;
 * anything else is refused.
 */
export function nodeFields(variable: string, label: NodeLabel | undefined, keys: readonly string[]): string {
  const entries = fieldReads(variable, label, fieldKeys(keys)).map(([key, value]) => (value === `${variable}.${key}` ? `.${key}` : `${key}: ${value}`));
  return `${variable} {${entries.join(', ')}}`;
}

/**
 * The same properties as a list of values, in the order of fieldKeys(keys):
 * a map would carry every key's name again in every row, and the driver
 * decodes each name every time (about a fifth of its CPU on a timeline's
 * statement: decision 013).
 * fieldsRow makes the row an object again.
 */
export function nodeValues(variable: string, label: NodeLabel, keys: readonly string[]): string {
  return `[${fieldReads(variable, label, fieldKeys(keys)).map(([, value]) => value).join(', ')}]`;
}

function fieldReads(variable: string, label: NodeLabel | undefined, keys: readonly string[]): [string, string][] {
  const bounds = new Set(boundsOf(label ? NODE_DATE_FIELDS[label] : Object.values(NODE_DATE_FIELDS).flat()));
  return keys.map((key) => {
    if (!IDENTIFIER.test(key)) throw new Error(`not a property name: ${JSON.stringify(key)}`);
    return [key, bounds.has(key) ? `toString(${variable}.${key})` : `${variable}.${key}`];
  });
}

// The key lists are the field-reads answers kept per query document, so the
// same array comes back request after request.
const KEY_ORDERS = new WeakMap<readonly string[], readonly string[]>();

/** The keys nodeFields and nodeValues read for `keys`, in their order: the id first, each key once. */
export function fieldKeys(keys: readonly string[]): readonly string[] {
  let order = KEY_ORDERS.get(keys);
  if (!order) KEY_ORDERS.set(keys, (order = [...new Set(['id', ...keys])]));
  return order;
}

/** The object of a row nodeValues(…, keys) returned. */
export function fieldsRow(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const order = fieldKeys(keys);
  const row: Record<string, unknown> = {};
  for (let i = 0; i < order.length; i++) row[order[i]!] = values[i];
  return row;
}

/** What a statement reads of a node: every readable property, or the id and the given keys. */
export type Projection = 'all' | readonly string[];

/** nodeProperties for 'all' (a map), nodeValues for a list of keys (a list): read back with projectedRow. */
export function projectedNode(variable: string, label: NodeLabel, projection: Projection): string {
  return projection === 'all' ? nodeProperties(variable, label) : nodeValues(variable, label, projection);
}

/** The properties a projectedNode(…, projection) column returned, as an object. */
export function projectedRow(projection: Projection, value: unknown): Record<string, unknown> {
  return projection === 'all' ? (value as Record<string, unknown>) : fieldsRow(projection, value as unknown[]);
}

/** A projection as text, for keying the statements and loads that use it. */
export const projectionKey = (projection: Projection) => (typeof projection === 'string' ? projection : projection.join(','));

/** Cypher: the readable properties of the Sources that node `node` cites, in no order (withSourcesRead orders them). */
export const citedSources = (node: string) =>
  `COLLECT { UNWIND coalesce(${node}.sourceIds, []) AS sourceId MATCH (s:Source {id: sourceId}) RETURN ${nodeProperties('s', 'Source')} }`;
