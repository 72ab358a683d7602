/**
 * Which seed file holds which label. The rest of the graph model (labels,
 * relationship types and the labels they join, date and integer fields) is
 * model/graph-model.ts, shared by every writer.
 */
import type { EntityLabel } from '../../model/graph-model.js';

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
