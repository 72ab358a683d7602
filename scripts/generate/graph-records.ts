import neo4j, { Date as Neo4jDate } from 'neo4j-driver';
import type { NodeRecord, RelationshipRecord } from '../../transfer/ndjson-codec.js';
import type { PropertyValue } from '../../transfer/property-codec.js';
import type { NodeLabel, RelationshipType } from '../../transfer/transfer-model.js';
import { entityRow, participationRow, relationRow, roleObservationRows, type NodeWriteRow, type RelationshipWriteRow } from '../../model/rows.js';
import type { EntityLabel } from '../../model/graph-model.js';
import type { EntityRecord, ParticipationRecord, RelationRecord, RoleObservationRecord } from '../../model/records.js';

/**
 * Seed-shaped records → export-file records. The seed's row builders derive
 * searchText, sortKey and the date ranges; here their ISO dates become Neo4j
 * dates and their whole numbers Neo4j integers, exactly as the seed's Cypher
 * (`date()`, `toInteger()`) would store them, so an imported generated node is
 * indistinguishable from a seeded one.
 */
export type GraphFact = NodeRecord | RelationshipRecord;

function propsOf(row: NodeWriteRow): Record<string, PropertyValue> {
  const props: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(row.props)) if (key !== 'id' && value !== undefined) props[key] = value as PropertyValue;
  for (const [key, iso] of Object.entries(row.dates)) {
    if (iso === null) continue;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    props[key] = new Neo4jDate(y, m, d);
  }
  for (const [key, n] of Object.entries(row.ints)) if (n !== null) props[key] = neo4j.int(n);
  return props;
}

export function node(label: NodeLabel, row: NodeWriteRow): NodeRecord {
  return { kind: 'node', label, id: row.id, props: propsOf(row) };
}

export function relationship(type: RelationshipType, start: NodeLabel, end: NodeLabel, row: RelationshipWriteRow): RelationshipRecord {
  return { kind: 'relationship', type, id: row.id, start: { label: start, id: row.from }, end: { label: end, id: row.to }, props: propsOf(row) };
}

export function entity(label: EntityLabel, record: EntityRecord): NodeRecord {
  return node(label, entityRow(label, record));
}

/** A relation between two entities (`{id, type, from, to, …own}`), citing `sources`. */
export function relation(start: NodeLabel, end: NodeLabel, record: RelationRecord, sources: readonly string[]): RelationshipRecord {
  return relationship(record.type, start, end, relationRow(record, sources));
}

export function roleObservation(ro: RoleObservationRecord, sources: readonly string[]): GraphFact[] {
  const rows = roleObservationRows(ro, sources);
  return [
    node('RoleObservation', rows.node),
    relationship('HAS_ROLE', 'Person', 'RoleObservation', rows.hasRole),
    relationship('IN_ORGANIZATION', 'RoleObservation', 'Organization', rows.inOrganization),
    ...(rows.atEvent ? [relationship('AT_EVENT', 'RoleObservation', 'Event', rows.atEvent)] : []),
  ];
}

export function participation(pa: ParticipationRecord, sources: readonly string[]): RelationshipRecord {
  return relationship('PARTICIPATED_IN', 'Person', 'Event', participationRow(pa, sources));
}
