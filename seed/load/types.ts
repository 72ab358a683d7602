import type { EntityLabel } from '../../model/graph-model.js';
import type { EntityRecord, ParticipationRecord, RelationRecord, RoleObservationRecord } from '../../model/records.js';

export type { EntityRecord, ParticipationRecord, RelationRecord, RoleObservationRecord };

export interface EntityFileData {
  /** The path shown in messages, e.g. `seed/entities/people.yaml`. */
  file: string;
  label: EntityLabel;
  records: EntityRecord[];
}

export interface FactsFileData {
  file: string;
  source: string;
  roleObservations: RoleObservationRecord[];
  participations: ParticipationRecord[];
  relations: RelationRecord[];
}

/** A dataset whose every record passed the schema (referential checks may still fail). */
export interface Dataset {
  entities: EntityFileData[];
  facts: FactsFileData[];
}
