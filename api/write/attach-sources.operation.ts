import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/graph-model.js';
import { toEdgeRow, type EdgeRow } from '../db/graph/graph-edge.js';
import type { EntityLabel } from '../../model/labels.js';
import { toNodeRow, type NodeRow } from '../db/mapping.js';
import { lockRelationship, rowFromStored, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { writeEntityChange } from './entity-write.js';
import { inputError } from './input-error.js';
import { writeObservation } from './role-observation.operations.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

/** What sources are attached to: a node (entity or role observation) or a stored relationship. */
export type AttachTarget = { kind: 'node'; ref: FieldRef } | { kind: 'relationship'; type: string; id: string; field: string };

// The relationships of a role observation carry the observation's sources: attach to the observation.
const DERIVED_FROM_OBSERVATION = new Set(['HAS_ROLE', 'IN_ORGANIZATION', 'AT_EVENT']);

/** Adds sources to what an entity, a role observation or a relationship cites; nothing else changes. */
export async function attachSources(deps: WriteDeps, target: AttachTarget, input: CitationInput): Promise<AttachOutcome> {
  return runMutation(deps.executor, mutationMeta(deps, 'attachSources'), prepareAttachSources(target, input));
}

export interface AttachOutcome {
  node: NodeRow | null;
  relationship: EdgeRow | null;
}

/** attachSources' checks, and its work for a transaction. */
export function prepareAttachSources(target: AttachTarget, input: CitationInput): PreparedWrite<AttachOutcome> {
  const c = new Checker();
  if (target.kind === 'node' && target.ref.label === 'Source') c.fail(target.ref.field, 'a Source cites nothing: it is its own authority');
  if (target.kind === 'relationship' && DERIVED_FROM_OBSERVATION.has(target.type)) c.fail(target.field, `a ${target.type} relationship cites what its role observation cites: attach the sources to the observation`);
  const citation = checkCitation(c, input, 'input');
  c.done();
  return async (session) => {
    const sourceIds = await writeCitation(session, citation);
    if (target.kind === 'node') {
      const ref = (await resolveRefs(session, { target: target.ref })).target!;
      if (ref.label === 'RoleObservation') {
        const { props } = await writeObservation(session, ref.id, null, null, sourceIds, 'input');
        return { node: toNodeRow('RoleObservation', props), relationship: null };
      }
      const label = ref.label as EntityLabel;
      const change = { label, set: {}, addAliases: [], removeAliases: [] };
      const result = await writeEntityChange(session, change, ref.id, sourceIds, { create: false, path: 'input', idField: target.ref.field });
      return { node: toNodeRow(label, result.props), relationship: null };
    }
    const type = RELATIONSHIP_TYPES.find((t) => t === target.type) as RelationshipType;
    const locked = await lockRelationship(session, type, target.id);
    if (!locked) throw inputError(target.field, `names no ${target.type} relationship`);
    const row = rowFromStored(type, target.id, locked.from.id, locked.to.id, { ...locked.props, sourceIds: union(stringList(locked.props.sourceIds), sourceIds) });
    const props = await writeRelationship(session, type, locked.from, locked.to, row, locked.props);
    session.about(locked.from.id, locked.to.id);
    const ends = { from: locked.from as { label: EntityLabel; id: string }, to: locked.to as { label: EntityLabel; id: string } };
    return { node: null, relationship: toEdgeRow({ type, ...ends, props, observations: [] }) };
  };
}
