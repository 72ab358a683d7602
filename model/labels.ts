/**
 * The node labels an API client can see, each also the name of its GraphQL type.
 * Cypher statements that need a label take it from this fixed list, never from input.
 */
export const ENTITY_LABELS = [
  'Person',
  'Organization',
  'Event',
  'Program',
  'Model',
  'Campaign',
  'Document',
  'Award',
  'Place',
  'Source',
] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** RoleObservation is addressable by id but is not an entity of search or the registry. */
export const NODE_LABELS = [...ENTITY_LABELS, 'RoleObservation'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}
