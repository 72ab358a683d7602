/**
 * The records every writer takes: an entity, a role observation, a participation,
 * a relation, as the seed's YAML states them and as the mutations build them.
 * The row builders (rows.ts) turn them into what is stored.
 */
import type { PARTICIPATION_ROLES, RelationType } from './graph-model.js';

/** Fields every entity record may carry (Source records have no `sources`). */
export interface EntityRecord {
  id: string;
  name?: string;
  title?: string;
  aliases?: string[];
  description?: string;
  sources?: string[];
  inferred?: true;
  inferenceNote?: string;
  [field: string]: unknown;
}

interface FactFields {
  id: string;
  alsoSources?: string[];
  inferred?: true;
  inferenceNote?: string;
}

/** One statement of one source: person P was `title` at organisation O on `observedAt`. */
export interface RoleObservationRecord extends FactFields {
  person: string;
  title: string;
  titleAsWritten: string;
  organization: string;
  observedAt: string;
  event?: string;
}

export interface ParticipationRecord extends FactFields {
  person: string;
  event: string;
  role: (typeof PARTICIPATION_ROLES)[number];
  titleAtEvent?: string;
  bridgePoint?: string;
  bridgePointPlace?: string;
}

export interface RelationRecord extends FactFields {
  type: RelationType;
  from: string;
  to: string;
  [property: string]: unknown;
}
