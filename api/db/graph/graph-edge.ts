import type { EntityLabel } from '../../../model/labels.js';
import { plain } from '../mapping.js';
import { HELD_ROLE } from './graph.cypher.js';

/** An entity named by its label and stored id. */
export interface EntityKey {
  label: EntityLabel;
  id: string;
}

/** An edge as the graph statements return it: a stored relationship, or a HELD_ROLE with the observations behind it. */
export interface EdgeRecord {
  type: string;
  from: EntityKey;
  to: EntityKey;
  props: Record<string, unknown>;
  observations: { observation: Record<string, unknown>; hasRole: Record<string, unknown>; inOrganization: Record<string, unknown> }[];
}

/** A relationship of the entity graph, shaped as the GraphEdge type reads it. */
export interface EdgeRow {
  __typename: 'GraphEdge';
  /** Stable within the data: the stored relationship id, or person, organisation and title for HELD_ROLE. */
  key: string;
  type: string;
  from: EntityKey;
  to: EntityKey;
  label: string | null;
  sourceIds: string[];
  inferred: boolean;
  inferenceNote: string | null;
}

/**
 * What an edge row read `bare` (graph.cypher.ts) holds as it would read cited:
 * its provenance (`sourceIds`, `inferred`, `inferenceNote`) is left out and
 * would answer empty, so a request reading any of it needs cited edges.
 */
export const BARE_EDGE_PROPERTIES: ReadonlySet<string> = new Set<keyof EdgeRow>(['__typename', 'key', 'type', 'from', 'to', 'label']);

export const entityKeyString = (key: EntityKey) => `${key.label}:${key.id}`;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The short detail the SDL promises per type. */
function labelOf(type: string, props: Record<string, unknown>): string | null {
  switch (type) {
    case HELD_ROLE:
      return text(props.title);
    case 'PARTICIPATED_IN':
      return text(props.role);
    case 'ADOPTED_IN':
      return text(props.since);
    case 'SUCCEEDED_BY':
      return text(props.date);
    default:
      return null;
  }
}

/**
 * A HELD_ROLE edge is as sourced as all its observations together (each
 * observation node and both relationships of the chain), and inferred only
 * when every observation is: one stated observation is enough to state it.
 */
function heldRole(record: EdgeRecord): Pick<EdgeRow, 'sourceIds' | 'inferred' | 'inferenceNote'> {
  const observations = [...record.observations].sort((a, b) => String(a.observation.id).localeCompare(String(b.observation.id)));
  const sourceIds = new Set<string>();
  const notes = new Set<string>();
  let inferred = observations.length > 0;
  for (const { observation, hasRole, inOrganization } of observations) {
    const parts = [observation, hasRole, inOrganization];
    for (const part of parts) for (const id of strings(part.sourceIds)) sourceIds.add(id);
    const partsInferred = parts.filter((p) => p.inferred === true);
    if (partsInferred.length === 0) inferred = false;
    for (const p of partsInferred) if (text(p.inferenceNote)) notes.add(p.inferenceNote as string);
  }
  return { sourceIds: [...sourceIds], inferred, inferenceNote: inferred && notes.size > 0 ? [...notes].join('; ') : null };
}

export function toEdgeRow(record: EdgeRecord): EdgeRow {
  const props = plain(record.props) as Record<string, unknown>;
  const isHeldRole = record.type === HELD_ROLE;
  const provenance = isHeldRole
    ? heldRole({ ...record, observations: plain(record.observations) as EdgeRecord['observations'] })
    : { sourceIds: strings(props.sourceIds), inferred: props.inferred === true, inferenceNote: props.inferred === true ? text(props.inferenceNote) : null };
  return {
    __typename: 'GraphEdge',
    key: isHeldRole ? `${record.from.id}/${record.to.id}/${String(props.title)}` : String(props.id),
    type: record.type,
    from: record.from,
    to: record.to,
    label: labelOf(record.type, props),
    ...provenance,
  };
}

/** Edges in one total order, so lists of them are stable: type, ends, key. */
export function compareEdges(a: EdgeRow, b: EdgeRow): number {
  return (
    a.type.localeCompare(b.type) ||
    entityKeyString(a.from).localeCompare(entityKeyString(b.from)) ||
    entityKeyString(a.to).localeCompare(entityKeyString(b.to)) ||
    a.key.localeCompare(b.key)
  );
}
