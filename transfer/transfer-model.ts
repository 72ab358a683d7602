import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES, type RelationshipType } from '../model/graph-model.js';
import { NODE_LABELS, type NodeLabel } from '../model/labels.js';

/**
 * What an export file may contain: the labels of model/labels.ts, the
 * relationship types of schema/graph-model.md with the label pairs each joins,
 * and the properties every record of a kind must carry. Cypher statements of
 * the importer and the exporter take label and type names from these
 * constants only, never from a file.
 */

export const FORMAT_NAME = 'dvk-graph-ndjson';
export const FORMAT_VERSION = 1;

export { NODE_LABELS, type NodeLabel };

export { RELATIONSHIP_ENDPOINTS };

export type { RelationshipType };

/** Sorted, so that the export's order of sections is fixed. */
export const SORTED_RELATIONSHIP_TYPES: readonly RelationshipType[] = [...RELATIONSHIP_TYPES].sort();
export const SORTED_NODE_LABELS: readonly NodeLabel[] = [...NODE_LABELS].sort();

/**
 * The whitelist's own constant for a name read from a file, or undefined. What
 * reaches Cypher is always the constant, so a file cannot smuggle text into a
 * statement even if a check upstream were wrong.
 */
export function knownLabel(name: unknown): NodeLabel | undefined {
  return NODE_LABELS.find((label) => label === name);
}

export function knownType(name: unknown): RelationshipType | undefined {
  return SORTED_RELATIONSHIP_TYPES.find((type) => type === name);
}

export function joins(type: RelationshipType, start: NodeLabel, end: NodeLabel): boolean {
  return (RELATIONSHIP_ENDPOINTS[type] as ReadonlyArray<readonly [NodeLabel, NodeLabel]>).some(([a, b]) => a === start && b === end);
}

/** Lower-case ASCII words joined by hyphens, as every writer makes them (`per-pham-thien-nghia`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Text properties a node must carry besides `id` and (for all but Source)
 * `sourceIds`: what the seed schema requires, so that an imported node can be
 * shown and searched like a seeded one.
 */
export const REQUIRED_NODE_TEXT: Record<NodeLabel, readonly string[]> = {
  Award: ['name'],
  Campaign: ['name', 'kind'],
  Document: ['name', 'kind', 'number'],
  Event: ['name', 'kind'],
  Model: ['name'],
  Organization: ['name', 'kind', 'line'],
  Person: ['name'],
  Place: ['name', 'kind'],
  Program: ['name', 'kind'],
  RoleObservation: ['title', 'titleAsWritten', 'observedAt'],
  Source: ['title', 'kind'],
};

export const REQUIRED_RELATIONSHIP_TEXT: Partial<Record<RelationshipType, readonly string[]>> = {
  PARTICIPATED_IN: ['role'],
  SUCCEEDED_BY: ['date', 'note'],
};

/** Provenance (docs/decisions/003): every node but a Source, and every relationship, cites sources. */
export function needsSourceIds(label: NodeLabel | null): boolean {
  return label !== 'Source';
}
