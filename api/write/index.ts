/**
 * The write side: each operation validates its input without the database,
 * then runs as exactly one write transaction that re-checks references, takes
 * the locks it needs, writes through the seed's own row builders and records
 * its audit entry. No GraphQL here; the resolvers decode ids and call these.
 * Each operation is `runMutation(prepareX(input))`: `prepareX` checks the input
 * and returns the transaction's work, which ingestion composes with its own.
 */
export { attachSources, prepareAttachSources, type AttachOutcome, type AttachTarget } from './attach-sources.operation.js';
export type { CitationInput } from './citation.js';
export { deleteEntity, prepareDelete, type DeleteInput, type DeleteOutcome, type DeleteRule } from './delete.operation.js';
export { createEntity, prepareCreateEntity, updateEntity, type CreateEntityInput, type EntityWriteOutcome, type UpdateEntityInput } from './entity.operations.js';
export { ENTITY_SPECS } from './entity-specs.js';
export type { FieldRef } from './fact-refs.js';
export { InputError, type Problem } from './input-error.js';
export { LIMITS } from './limits.js';
export { link, prepareLink, prepareUnlink, unlink, type LinkInput, type UnlinkInput } from './link.operations.js';
export { mergeEntities, previewMerge, type MergeInput, type MergeOutcome, type MergePreview } from './merge.operation.js';
export { recordMergeEffect, type RecordMergeEffect } from './merge-plan.js';
export { prepareParticipation, recordParticipation, type ParticipationInput } from './participation.operations.js';
export { prepareRegisterModel, registerModel, type ModelPlaceInput, type RegisterModelInput } from './register-model.operation.js';
export { prepareRoleObservation, recordRoleObservation, type RoleObservationInput } from './role-observation.operations.js';
export { isUndoable, prepareUndo, undoChange, type UndoInput, type UndoOutcome } from './undo.operation.js';
export { WriteConflictError, type Conflict } from './write-conflict.js';
export { prepareWithdrawSource } from './withdraw-source.operation.js';
export type { PreparedWrite, WriteDeps } from './write-deps.js';
