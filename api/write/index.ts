/**
 * The write side: each operation validates its input without the database,
 * then runs as exactly one write transaction that re-checks references, takes
 * the locks it needs, writes through the seed's own row builders and records
 * its audit entry. No GraphQL here; the resolvers decode ids and call these.
 */
export { attachSources, type AttachTarget } from './attach-sources.operation.js';
export type { CitationInput } from './citation.js';
export { deleteEntity, type DeleteInput, type DeleteOutcome, type DeleteRule } from './delete.operation.js';
export { createEntity, updateEntity, type CreateEntityInput, type EntityWriteOutcome, type UpdateEntityInput } from './entity.operations.js';
export { ENTITY_SPECS } from './entity-specs.js';
export type { FieldRef } from './fact-refs.js';
export { InputError, type Problem } from './input-error.js';
export { LIMITS } from './limits.js';
export { link, unlink, type LinkInput, type UnlinkInput } from './link.operations.js';
export { mergeEntities, type MergeInput, type MergeOutcome } from './merge.operation.js';
export { recordParticipation, type ParticipationInput } from './participation.operations.js';
export { recordRoleObservation, type RoleObservationInput } from './role-observation.operations.js';
export type { WriteDeps } from './write-deps.js';
