import type { NodeLabel } from '../../model/labels.js';
import { deleteNode, lockNodes, readNode, resolveNodes, type NodeRef } from '../db/write/node.writes.js';
import { countReferences, dropReferences } from '../db/write/reference.writes.js';
import { deleteRelationship, endsOf, relationshipsOf, type StoredRelationship } from '../db/write/relationship.writes.js';
import { runMutation, type WriteSession } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import type { FieldRef } from './fact-refs.js';
import { inputError } from './input-error.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

/**
 * - RESTRICT: delete only an entity nothing refers to: no relationship, no
 *   role observation, no property naming it by id; fails otherwise, naming what remains.
 * - DETACH: delete it with its relationships. Role observations *of* a deleted
 *   person, or *in* a deleted organisation, are deleted with it (an observation
 *   without its person or organisation states nothing); observations made *at*
 *   a deleted event stay, without their AT_EVENT link. References by id
 *   (PRESENTED_AT's presentedById, a participation's bridgePointPlaceId) are removed.
 * Under either rule a Source still cited by any fact is not deleted (that
 * would leave facts without provenance): merge it into another Source instead.
 * A role observation is one fact: deleting it removes its own three
 * relationships under either rule.
 */
export type DeleteRule = 'RESTRICT' | 'DETACH';

export interface DeleteInput {
  target: FieldRef;
  rule: DeleteRule;
  citation: CitationInput;
}

export interface DeleteOutcome {
  deletedId: string;
  removedRelationships: number;
  removedObservations: number;
}

const OWN_OBSERVATIONS: Partial<Record<NodeLabel, string>> = { Person: 'HAS_ROLE', Organization: 'IN_ORGANIZATION' };

async function deleteObservation(session: WriteSession, observation: NodeRef): Promise<number> {
  await lockNodes(session, [observation], { create: false });
  const relationships = await relationshipsOf(session, observation);
  for (const r of relationships) {
    const ends = endsOf(observation, r);
    await deleteRelationship(session, r.type, r.id, r.props, { from: ends.from.id, to: ends.to.id });
  }
  const before = await readNode(session, observation);
  if (before) await deleteNode(session, observation, before);
  return relationships.length;
}

function summary(relationships: readonly StoredRelationship[]): string {
  const counts = new Map<string, number>();
  for (const r of relationships) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${type} ×${n}`).join(', ');
}

export async function deleteEntity(deps: WriteDeps, input: DeleteInput): Promise<DeleteOutcome> {
  return runMutation(deps.executor, mutationMeta(deps, 'deleteEntity'), prepareDelete(input));
}

/** deleteEntity's checks, and its work for a transaction. */
export function prepareDelete(input: DeleteInput): PreparedWrite<DeleteOutcome> {
  const c = new Checker();
  c.oneOf('input.rule', input.rule, ['RESTRICT', 'DETACH']);
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  return async (session) => {
    await writeCitation(session, citation);
    const target: NodeRef = { label: input.target.label, id: input.target.id };
    const resolved = (await resolveNodes(session, [target])).get(`${target.label}:${target.id}`) ?? null;
    if (resolved === null) throw inputError(input.target.field, `names no ${target.label}`);
    // A merged id resolves to its survivor for reads; deleting through it would delete the survivor by surprise.
    if (resolved !== target.id) throw inputError(input.target.field, `was merged into ${resolved}; delete ${resolved} itself if that is meant`);
    await lockNodes(session, [target], { create: false });
    session.about(target.id);
    if (target.label === 'RoleObservation') {
      const removed = await deleteObservation(session, target);
      return { deletedId: target.id, removedRelationships: removed, removedObservations: 1 };
    }
    const label = target.label;
    const relationships = await relationshipsOf(session, target);
    const references = await countReferences(session, label, target.id);
    if (label === 'Source' && references > 0) {
      throw inputError(input.target.field, `is cited by ${references} facts; a cited source is never deleted (merge it into another source instead)`);
    }
    if (input.rule === 'RESTRICT' && (relationships.length > 0 || references > 0)) {
      const what = [relationships.length > 0 ? `relationships (${summary(relationships)})` : '', references > 0 ? `${references} references by id` : ''].filter(Boolean).join(' and ');
      throw inputError('input.rule', `RESTRICT: ${target.id} still has ${what}; use DETACH to remove them with it`);
    }
    let removedRelationships = 0;
    let removedObservations = 0;
    for (const r of relationships) {
      if (r.type === OWN_OBSERVATIONS[label]) {
        removedRelationships += await deleteObservation(session, r.other);
        removedObservations += 1;
      } else {
        const ends = endsOf(target, r);
        await deleteRelationship(session, r.type, r.id, r.props, { from: ends.from.id, to: ends.to.id });
        removedRelationships += 1;
      }
    }
    await dropReferences(session, label, target.id);
    const before = (await readNode(session, target))!;
    await deleteNode(session, target, before);
    return { deletedId: target.id, removedRelationships, removedObservations };
  };
}
