import { ENTITY_LABELS } from '../../../model/labels.js';

/**
 * Cypher fragments the graph statements are assembled from. Every label and
 * relationship type in them comes from the fixed lists below, never from input;
 * request values travel as parameters ($types, $entityLabels, ...).
 */

/** The stored relationship types between two entities: every type of the graph model except the role-observation chain. */
export const STORED_TYPES = [
  'PARTICIPATED_IN',
  'AUTHORED',
  'PART_OF',
  'LOCATED_IN',
  'ORGANIZED',
  'ATTENDED',
  'PARTY_TO',
  'ISSUED',
  'GRANTED',
  'PUBLISHED',
  'HELD_IN',
  'SIGNED_AT',
  'REVIEWED_AT',
  'APPLIES_IN',
  'BACKS',
  'PRESENTED_AT',
  'ORIGINATED_IN',
  'ADOPTED_IN',
  'PART_OF_CAMPAIGN',
  'IMPLEMENTS',
  'AWARDED_AT',
  'AWARDED_FOR',
  'PRESENTED',
  'ABOUT',
  'SUCCEEDED_BY',
  'CONTACT_FOR',
] as const;

/** Person -HAS_ROLE-> RoleObservation -IN_ORGANIZATION-> Organization, seen as one edge per (title, organisation). */
export const HELD_ROLE = 'HELD_ROLE';

export const GRAPH_EDGE_TYPES = [HELD_ROLE, ...STORED_TYPES] as const;
export type GraphEdgeType = (typeof GRAPH_EDGE_TYPES)[number];

/** The given types that are relationship types of the entity graph; all of them when the argument is omitted. */
export function graphEdgeTypes(types: readonly string[] | null | undefined): GraphEdgeType[] {
  if (!types) return [...GRAPH_EDGE_TYPES];
  return GRAPH_EDGE_TYPES.filter((t) => types.includes(t));
}

/** The stored types as a relationship-type expression, `A|B|...`: patterns name them, $types narrows them. */
export const STORED_PATTERN = STORED_TYPES.join('|');

/** The entity label of a node variable (needs $entityLabels). */
export const labelOf = (node: string) => `[l IN labels(${node}) WHERE l IN $entityLabels][0]`;

/** A node as a `{label, id}` key. */
export const keyOf = (node: string) => `{label: ${labelOf(node)}, id: ${node}.id}`;

/**
 * Binds `node` to the entity a `{label, id}` key names, through that label's
 * id constraint. One branch per label, written out from the fixed list.
 */
export function matchEntity(key: string, node: string): string {
  const branches = ENTITY_LABELS.map((label) => `MATCH (${node}:${label} {id: ${key}.id}) WHERE ${key}.label = '${label}' RETURN ${node}`);
  return `CALL (${key}) {\n  ${branches.join('\n  UNION\n  ')}\n}`;
}

/** Binds `b` to every entity one edge away from `a`, the HELD_ROLE chain counting as one edge (needs $types). */
export const NEIGHBOURS_OF_A = `CALL (a) {
  MATCH (a)-[r:${STORED_PATTERN}]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE '${HELD_ROLE}' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE '${HELD_ROLE}' IN $types RETURN b
}`;

/**
 * How much of each edge a graph statement returns: `cited` edges carry their
 * provenance (sources, inference), `bare` ones only their type, ends, key and
 * label, for requests that ask nothing more (api/graphql/selection.ts).
 */
export type EdgeDetail = 'cited' | 'bare';

// Only the properties an edge row reads (graph-edge.ts: id, provenance, the short label),
// not whole property maps: a neighbourhood returns hundreds of edges, and decoding
// their dates and unused text was most of what it cost the API.
const PROVENANCE = '.sourceIds, .inferred, .inferenceNote';

/** A stored relationship `r` as an edge map (see EdgeRecord). */
export const storedEdge = (detail: EdgeDetail = 'cited') =>
  `{type: type(r), from: ${keyOf('startNode(r)')}, to: ${keyOf('endNode(r)')}, props: r {.id, ${detail === 'cited' ? `${PROVENANCE}, ` : ''}.role, .since, .date}, observations: []}`;

/**
 * Groups role observations (rows of p, h, ro, i, o: the chain below) into one
 * HELD_ROLE edge map per person, organisation and title; `extra` adds columns
 * that may use p and o. A bare edge leaves the observations, its provenance, out.
 */
export const heldRoleEdges = (extra = '', detail: EdgeDetail = 'cited') =>
  detail === 'cited'
    ? `WITH p, o, ro.title AS title, collect({observation: ro {.id, ${PROVENANCE}}, hasRole: h {${PROVENANCE}}, inOrganization: i {${PROVENANCE}}}) AS observations
RETURN {type: '${HELD_ROLE}', from: ${keyOf('p')}, to: ${keyOf('o')}, props: {title: title}, observations: observations} AS edge${extra}`
    : `WITH DISTINCT p, o, ro.title AS title
RETURN {type: '${HELD_ROLE}', from: ${keyOf('p')}, to: ${keyOf('o')}, props: {title: title}, observations: []} AS edge${extra}`;

/** The role-observation chain; bind p or o first so that it is walked from there. */
export const ROLE_CHAIN = '(p:Person)-[h:HAS_ROLE]->(ro:RoleObservation)-[i:IN_ORGANIZATION]->(o:Organization)';
