import { graphql } from '../api/client.js';

/**
 * The writes the curating pages send: the API's own mutations
 * (schema/mutations.graphql, schema/history.graphql), each one transaction.
 * Every answer gives back what the page goes to next (the entity's id).
 */
const ENTITY_PAYLOAD = 'created entity { __typename id }';

export type EntityKindName = 'Person' | 'Organization' | 'Event' | 'Program' | 'Model' | 'Campaign' | 'Document' | 'Award' | 'Place';

interface EntityPayload {
  created: boolean;
  entity: { __typename: string; id: string };
}

export async function createEntity(kind: EntityKindName, input: Record<string, unknown>): Promise<EntityPayload> {
  const data = await graphql<Record<string, EntityPayload>>(`mutation Create${kind}($input: Create${kind}Input!) { create${kind}(input: $input) { ${ENTITY_PAYLOAD} } }`, { input });
  return data[`create${kind}`]!;
}

export async function updateEntity(kind: EntityKindName, input: Record<string, unknown>): Promise<EntityPayload> {
  const data = await graphql<Record<string, EntityPayload>>(`mutation Update${kind}($input: Update${kind}Input!) { update${kind}(input: $input) { ${ENTITY_PAYLOAD} } }`, { input });
  return data[`update${kind}`]!;
}

export async function registerModel(input: Record<string, unknown>): Promise<EntityPayload> {
  const data = await graphql<{ registerModel: EntityPayload }>(`mutation RegisterModel($input: RegisterModelInput!) { registerModel(input: $input) { ${ENTITY_PAYLOAD} } }`, { input });
  return data.registerModel;
}

export async function recordRoleObservation(input: Record<string, unknown>): Promise<void> {
  await graphql('mutation RecordRoleObservation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { created } }', { input });
}

export async function recordParticipation(input: Record<string, unknown>): Promise<void> {
  await graphql('mutation RecordParticipation($input: RecordParticipationInput!) { recordParticipation(input: $input) { created } }', { input });
}

export async function undoChange(entry: string, reason?: string): Promise<void> {
  await graphql('mutation UndoChange($input: UndoChangeInput!) { undoChange(input: $input) { restored } }', { input: { entry, reason } });
}

export async function mergeEntities(input: Record<string, unknown>): Promise<void> {
  await graphql('mutation MergeEntities($input: MergeEntitiesInput!) { mergeEntities(input: $input) { mergedSlug } }', { input });
}
