import { NODE_LABELS, RELATIONSHIP_TYPES, type EntityLabel, type NodeLabel, type RelationshipType } from '../../model/graph-model.js';
import { entityRow, participationRow, relationRow, roleObservationRows, type NodeWriteRow, type RelationshipWriteRow } from '../../model/rows.js';
import type { Dataset, FactsFileData } from './types.js';

export interface NodeBatch {
  label: NodeLabel;
  rows: NodeWriteRow[];
}

/** Relationships of one type between one pair of labels (PART_OF joins places and organisations). */
export interface RelationshipBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipWriteRow[];
}

export interface GraphRows {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
}

/** The sources a fact of a facts file cites: the file's source, then its `alsoSources`. */
const factSources = (facts: FactsFileData, fact: { alsoSources?: string[] }) => [facts.source, ...(fact.alsoSources ?? [])];

/**
 * The dataset as rows to write: nodes per label, relationships per type and
 * label pair. Pure: no database, same input → same rows, in a stable order.
 * Role observations become RoleObservation nodes with HAS_ROLE, IN_ORGANIZATION
 * and AT_EVENT relationships whose ids derive from the observation's id.
 */
export function toGraph(dataset: Dataset): GraphRows {
  const labelOf = new Map<string, EntityLabel>();
  const nodes = new Map<NodeLabel, NodeWriteRow[]>();
  const relationships = new Map<string, RelationshipBatch>();
  const addNode = (label: NodeLabel, row: NodeWriteRow) => nodes.set(label, [...(nodes.get(label) ?? []), row]);
  const addRelationship = (type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, row: RelationshipWriteRow) => {
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
