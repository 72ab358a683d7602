/**
 * The Cypher that writes rows built by model/rows.ts: one MERGE statement per
 * label and per relationship type and label pair. Label and type names come from
 * the graph model's fixed lists, never from data. The seed loader and the
 * mutations both write through these, so a node looks the same whoever wrote it.
 */
import {
  NODE_DATE_FIELDS,
  NODE_INTEGER_FIELDS,
  NODE_LABELS,
  RELATIONSHIP_DATE_FIELDS,
  RELATIONSHIP_INTEGER_FIELDS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../../model/graph-model.js';

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
