/**
 * Records as the rows every writer stores: the seed loader, the mutations, the
 * synthetic generator and (through the mutations) ingestion all call these, so a
 * node or relationship looks the same whoever wrote it. Pure: no database.
 *
 * A row carries its plain properties, the partial dates' ISO bounds to store as
 * Neo4j dates, and the integers to store as integers (the driver sends numbers as
 * floats); the Cypher that writes rows lives in api/db/write/graph-statements.ts.
 */
import { NODE_DATE_FIELDS, NODE_INTEGER_FIELDS, RELATION_REFERENCE_FIELDS, RELATIONSHIP_DATE_FIELDS, RELATIONSHIP_INTEGER_FIELDS, type EntityLabel } from './graph-model.js';
import { isPartialDate, parsePartialDate } from './partial-date.js';
import type { EntityRecord, ParticipationRecord, RelationRecord, RoleObservationRecord } from './records.js';
import { nameKeysOf, searchTextOf, vietnameseSortKey } from './text.js';

/** One node to MERGE: its plain properties, the ISO dates to store as Neo4j dates, the integers to store as integers. */
export interface NodeWriteRow {
  id: string;
  props: Record<string, unknown>;
  dates: Record<string, string | null>;
  ints: Record<string, number | null>;
}

export interface RelationshipWriteRow extends NodeWriteRow {
  from: string;
  to: string;
}

/** Ids of relationships derived from a role observation; they share the id namespace of the dataset. */
export function derivedRelationshipIds(observationId: string) {
  return {
    HAS_ROLE: `${observationId}-has-role`,
    IN_ORGANIZATION: `${observationId}-in-organization`,
    AT_EVENT: `${observationId}-at-event`,
  } as const;
}

/** `date: "2020"` → `date`, `datePrecision` in props; `dateFrom`, `dateTo` as ISO dates (null when absent, which removes them). */
function expandDates(fields: readonly string[], source: Record<string, unknown>, props: Record<string, unknown>, dates: Record<string, string | null>) {
  for (const field of fields) {
    const value = source[field];
    const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
    if (parsed && isPartialDate(parsed)) {
      props[field] = parsed.text;
      props[`${field}Precision`] = parsed.precision;
      dates[`${field}From`] = parsed.from;
      dates[`${field}To`] = parsed.to;
    } else {
      delete props[field];
      dates[`${field}From`] = null;
      dates[`${field}To`] = null;
    }
  }
}

function withoutUndefined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

/**
 * One entity record as the node row every writer stores (the seed loader and the
 * mutations both call this, so a node looks the same whoever wrote it).
 */
export function entityRow(label: EntityLabel, record: EntityRecord): NodeWriteRow {
  const { sources, aliases, ...rest } = record;
  const props: Record<string, unknown> = { ...rest };
  const dates: Record<string, string | null> = {};
  const ints: Record<string, number | null> = {};
  expandDates(NODE_DATE_FIELDS[label], record, props, dates);
  for (const field of NODE_INTEGER_FIELDS[label]) {
    ints[field] = typeof record[field] === 'number' ? (record[field] as number) : null;
    delete props[field];
  }
  const name = (label === 'Source' ? record.title : record.name) ?? '';
  if (label !== 'Source') {
    props.aliases = aliases ?? [];
    props.sourceIds = sources ?? [];
  }
  // What full-text search matches: the name, every other spelling, the description — folded (see model/text.ts).
  props.searchText = searchTextOf(name, aliases ?? [], record.description);
  // What search ranks by: each name folded to words (see api/db/search/search.repository.ts).
  props.nameKeys = nameKeysOf(name, aliases ?? []);
  props.sortKey = vietnameseSortKey(name);
  return { id: record.id, props: withoutUndefined(props), dates, ints };
}

function factProps(sourceIds: readonly string[], fact: { id: string; inferred?: true; inferenceNote?: string }) {
  return withoutUndefined({
    id: fact.id,
    sourceIds: [...sourceIds],
    inferred: fact.inferred,
    inferenceNote: fact.inferenceNote,
  });
}

/**
 * A role observation as its node and the HAS_ROLE, IN_ORGANIZATION and AT_EVENT
 * relationships whose ids derive from the observation's id; the relationships
 * carry the observation's sources and inference.
 */
export function roleObservationRows(ro: RoleObservationRecord, sourceIds: readonly string[]) {
  const base = factProps(sourceIds, ro);
  const props: Record<string, unknown> = { ...base, title: ro.title, titleAsWritten: ro.titleAsWritten };
  const dates: Record<string, string | null> = {};
  expandDates(NODE_DATE_FIELDS.RoleObservation, ro as unknown as Record<string, unknown>, props, dates);
  const ids = derivedRelationshipIds(ro.id);
  const rel = (id: string, from: string, to: string): RelationshipWriteRow => ({ id, from, to, props: { ...base, id }, dates: {}, ints: {} });
  return {
    node: { id: ro.id, props, dates, ints: {} } as NodeWriteRow,
    hasRole: rel(ids.HAS_ROLE, ro.person, ro.id),
    inOrganization: rel(ids.IN_ORGANIZATION, ro.id, ro.organization),
    atEvent: ro.event !== undefined ? rel(ids.AT_EVENT, ro.id, ro.event) : null,
  };
}

/** A participation as its PARTICIPATED_IN relationship row. */
export function participationRow(pa: ParticipationRecord, sourceIds: readonly string[]): RelationshipWriteRow {
  const props = withoutUndefined({
    ...factProps(sourceIds, pa),
    role: pa.role,
    titleAtEvent: pa.titleAtEvent,
    bridgePoint: pa.bridgePoint,
    bridgePointPlaceId: pa.bridgePointPlace,
  });
  return { id: pa.id, from: pa.person, to: pa.event, props, dates: {}, ints: {} };
}

/** A relation record (`{id, type, from, to, …own properties}`) as its relationship row. */
export function relationRow(relation: RelationRecord, sourceIds: readonly string[]): RelationshipWriteRow {
  // `alsoSources` is the facts file's notation for sources; the caller passes them as `sourceIds`.
  const { id, type, from, to, alsoSources, inferred, inferenceNote, ...own } = relation;
  void alsoSources;
  void inferred;
  void inferenceNote;
  const props: Record<string, unknown> = { ...factProps(sourceIds, relation), ...own };
  for (const field of Object.keys(RELATION_REFERENCE_FIELDS[type] ?? {})) {
    if (field in props) {
      props[`${field}Id`] = props[field];
      delete props[field];
    }
  }
  const dates: Record<string, string | null> = {};
  expandDates(RELATIONSHIP_DATE_FIELDS[type] ?? [], own, props, dates);
  const ints: Record<string, number | null> = {};
  for (const field of RELATIONSHIP_INTEGER_FIELDS[type] ?? []) {
    ints[field] = typeof own[field] === 'number' ? (own[field] as number) : null;
    delete props[field];
  }
  return { id, from, to, props: withoutUndefined(props), dates, ints };
}
