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

/**
 * The labels of nodes the database holds beside the knowledge graph, for this
 * deployment alone: the migration record, API keys, the audit trail, and the
 * accounts of people with their sessions and sign-in throttles
 * (docs/decisions/024-accounts-and-sessions.md), and the proposals of
 * ingestion awaiting review (not facts until accepted: docs/decisions/022).
 * None is an entity, none is
 * exported (credentials and hashes never leave the database through an export),
 * and no relationship joins them to anything.
 */
export const ACCOUNT_LABELS = ['UserAccount', 'UserSession', 'SignInThrottle'] as const;
export type AccountLabel = (typeof ACCOUNT_LABELS)[number];

export const OPERATIONAL_LABELS = ['SchemaMigration', 'ApiKey', 'AuditEntry', 'Proposal', ...ACCOUNT_LABELS] as const;
export type OperationalLabel = (typeof OPERATIONAL_LABELS)[number];
