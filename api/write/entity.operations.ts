import type { EntityLabel } from '../../model/labels.js';
import { toNodeRow, type NodeRow } from '../db/mapping.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { checkEntityChange } from './entity-change.js';
import { ENTITY_SPECS } from './entity-specs.js';
import { writeEntityChange } from './entity-write.js';
import { slugFromName } from './slug.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

export interface EntityWriteOutcome {
  entity: NodeRow;
  created: boolean;
}

export interface CreateEntityInput {
  /** The id to give the entity; derived from the name when absent. */
  slug?: unknown;
  /** The entity's fields as the input gives them (name, aliases, kind, …). */
  fields: Record<string, unknown>;
  citation: CitationInput;
}

export interface UpdateEntityInput {
  /** The stored id of the entity to change (a merged entity's id finds its survivor). */
  id: string;
  fields: Record<string, unknown>;
  citation: CitationInput;
}

/**
 * Creates an entity, or, when one with the same id exists, applies the input
 * to it (an upsert: the same create sent twice names one node, its aliases and
 * sources the union of both). A Source cites nothing; every other kind must cite.
 */
export async function createEntity(deps: WriteDeps, label: EntityLabel, input: CreateEntityInput): Promise<EntityWriteOutcome> {
  return runMutation(deps.executor, mutationMeta(deps, `create${label}`), prepareCreateEntity(label, input));
}

/** createEntity's checks, and its work for a transaction. */
export function prepareCreateEntity(label: EntityLabel, input: CreateEntityInput): PreparedWrite<EntityWriteOutcome> {
  const spec = ENTITY_SPECS[label];
  const c = new Checker();
  const change = checkEntityChange(c, label, input.fields, 'input', 'create');
  const name = change.set[spec.nameField];
  const id = c.slug('input.slug', input.slug, spec.prefix) ?? (typeof name === 'string' ? slugFromName(spec.prefix, name) : null);
  if (id === null && typeof name === 'string') c.fail('input.slug', `is required: the ${spec.nameField} has no ASCII letter or digit to derive an id from`);
  const citation = spec.cited ? checkCitation(c, input.citation, 'input') : null;
  c.done();
  return async (session) => {
    const sourceIds = citation ? await writeCitation(session, citation) : [];
    const result = await writeEntityChange(session, change, id!, sourceIds, { create: true, path: 'input', idField: 'input.slug' });
    return { entity: toNodeRow(label, result.props), created: result.created };
  };
}

/** Changes an existing entity: given fields are set, null clears an optional one, the cited sources are added. */
export async function updateEntity(deps: WriteDeps, label: EntityLabel, input: UpdateEntityInput): Promise<EntityWriteOutcome> {
  const spec = ENTITY_SPECS[label];
  const c = new Checker();
  const change = checkEntityChange(c, label, input.fields, 'input', 'update');
  const citation = spec.cited ? checkCitation(c, input.citation, 'input') : null;
  c.done();
  return runMutation(deps.executor, mutationMeta(deps, `update${label}`), async (session) => {
    const sourceIds = citation ? await writeCitation(session, citation) : [];
    const result = await writeEntityChange(session, change, input.id, sourceIds, { create: false, path: 'input', idField: 'input.id' });
    return { entity: toNodeRow(label, result.props), created: false };
  });
}
