import { nameKeysOf, searchTextOf, vietnameseSortKey } from '../../api/db/text.js';
import { derivedRelationshipIds } from './check-dataset.js';
import {
  NODE_DATE_FIELDS,
  NODE_INTEGER_FIELDS,
  NODE_LABELS,
  RELATION_REFERENCE_FIELDS,
  RELATIONSHIP_DATE_FIELDS,
  RELATIONSHIP_INTEGER_FIELDS,
  RELATIONSHIP_TYPES,
  type EntityLabel,
  type NodeLabel,
  type RelationshipType,
} from './model.js';
import { isPartialDate, parsePartialDate } from '../../api/db/partial-date.js';
import type { Dataset, EntityRecord, FactsFileData, ParticipationRecord, RelationRecord, RoleObservationRecord } from './types.js';

/** One node to MERGE: its plain properties, the ISO dates to store as Neo4j dates, the integers to store as integers. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  dates: Record<string, string | null>;
  ints: Record<string, number | null>;
}

export interface RelationshipRow extends NodeRow {
  from: string;
  to: string;
}

export interface NodeBatch {
  label: NodeLabel;
  rows: NodeRow[];
}

/** Relationships of one type between one pair of labels (PART_OF joins places and organisations). */
export interface RelationshipBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphRows {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
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
export function entityRow(label: EntityLabel, record: EntityRecord): NodeRow {
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
  // What full-text search matches: the name, every other spelling, the description — folded (see api/db/text.ts).
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

/** The sources a fact of a facts file cites: the file's source, then its `alsoSources`. */
const factSources = (facts: FactsFileData, fact: { alsoSources?: string[] }) => [facts.source, ...(fact.alsoSources ?? [])];

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
  const rel = (id: string, from: string, to: string): RelationshipRow => ({ id, from, to, props: { ...base, id }, dates: {}, ints: {} });
  return {
    node: { id: ro.id, props, dates, ints: {} } as NodeRow,
    hasRole: rel(ids.HAS_ROLE, ro.person, ro.id),
    inOrganization: rel(ids.IN_ORGANIZATION, ro.id, ro.organization),
    atEvent: ro.event !== undefined ? rel(ids.AT_EVENT, ro.id, ro.event) : null,
  };
}

/** A participation as its PARTICIPATED_IN relationship row. */
export function participationRow(pa: ParticipationRecord, sourceIds: readonly string[]): RelationshipRow {
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
export function relationRow(relation: RelationRecord, sourceIds: readonly string[]): RelationshipRow {
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

/**
 * The dataset as rows to write: nodes per label, relationships per type and
 * label pair. Pure: no database, same input → same rows, in a stable order.
 * Role observations become RoleObservation nodes with HAS_ROLE, IN_ORGANIZATION
 * and AT_EVENT relationships whose ids derive from the observation's id.
 */
export function toGraph(dataset: Dataset): GraphRows {
  const labelOf = new Map<string, EntityLabel>();
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const relationships = new Map<string, RelationshipBatch>();
  const addNode = (label: NodeLabel, row: NodeRow) => nodes.set(label, [...(nodes.get(label) ?? []), row]);
  const addRelationship = (type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, row: RelationshipRow) => {
    const key = `${type}|${fromLabel}|${toLabel}`;
    const batch = relationships.get(key) ?? { type, fromLabel, toLabel, rows: [] };
    batch.rows.push(row);
    relationships.set(key, batch);
  };

  for (const file of dataset.entities) {
    for (const record of file.records) {
      labelOf.set(record.id, file.label);
      addNode(file.label, entityRow(file.label, record));
    }
  }
  const label = (id: string): EntityLabel => {
    const l = labelOf.get(id);
    if (!l) throw new Error(`toGraph: "${id}" is not a record of the dataset (validate the dataset first)`);
    return l;
  };

  for (const facts of dataset.facts) {
    for (const ro of facts.roleObservations) {
      const rows = roleObservationRows(ro, factSources(facts, ro));
      addNode('RoleObservation', rows.node);
      addRelationship('HAS_ROLE', 'Person', 'RoleObservation', rows.hasRole);
      addRelationship('IN_ORGANIZATION', 'RoleObservation', 'Organization', rows.inOrganization);
      if (rows.atEvent) addRelationship('AT_EVENT', 'RoleObservation', 'Event', rows.atEvent);
    }
    for (const pa of facts.participations) {
      addRelationship('PARTICIPATED_IN', 'Person', 'Event', participationRow(pa, factSources(facts, pa)));
    }
    for (const relation of facts.relations) {
      addRelationship(relation.type, label(relation.from), label(relation.to), relationRow(relation, factSources(facts, relation)));
    }
  }

  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodes: NODE_LABELS.filter((l) => nodes.has(l)).map((l) => ({ label: l, rows: byId(nodes.get(l)!) })),
    relationships: [...relationships.values()]
      .sort((a, b) => RELATIONSHIP_TYPES.indexOf(a.type) - RELATIONSHIP_TYPES.indexOf(b.type) || a.fromLabel.localeCompare(b.fromLabel) || a.toLabel.localeCompare(b.toLabel))
      .map((batch) => ({ ...batch, rows: byId(batch.rows) })),
  };
}
