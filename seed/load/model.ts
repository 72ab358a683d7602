/**
 * Which seed file holds which label. The rest of the graph model (relationship
 * types and the labels they join, date and integer fields) is shared by every
 * writer and lives in api/db/graph-model.ts; it is re-exported here for the
 * seed loader's modules.
 */
import type { EntityLabel } from '../../api/db/graph-model.js';

export * from '../../api/db/graph-model.js';

export const ENTITY_FILES = {
  sources: 'Source',
  places: 'Place',
  organizations: 'Organization',
  people: 'Person',
  events: 'Event',
  programs: 'Program',
  models: 'Model',
  campaigns: 'Campaign',
  documents: 'Document',
  awards: 'Award',
} as const satisfies Record<string, EntityLabel>;

export type EntityFile = keyof typeof ENTITY_FILES;
