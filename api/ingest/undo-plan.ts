import type { NodeLabel } from '../../model/labels.js';
import { acceptedDependents } from '../db/ingest/proposal.writes.js';
import type { StoredProposal } from '../db/ingest/proposal-record.js';
import { readNode, resolveNodes } from '../db/write/node.writes.js';
import { relationshipById } from '../db/write/relationship.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import { stringList } from '../write/fact-refs.js';
import { InputError, inputError } from '../write/input-error.js';
import { prepareDelete, prepareUnlink, prepareWithdrawSource } from '../write/index.js';
import type { RelationshipType } from '../../model/graph-model.js';

const FIELD = 'input.proposal';

/**
 * Reverses what an acceptance did, inside the undo's transaction:
 * - it only added the article to a fact or entity's sources (CITED): withdraw it;
 * - it found the article already cited (NONE): nothing;
 * - it CREATED the node or relationship: delete it (deleteEntity RESTRICT,
 *   unlink) — unless other sources cite it since, in which case only the
 *   article is withdrawn; a node merged into another since keeps living in
 *   its survivor, which only loses the article; one deleted since is gone already.
 * An entity used by facts accepted from the same article stays until they are undone.
 */
export async function undoAcceptance(session: WriteSession, proposal: StoredProposal): Promise<void> {
  const result = proposal.result!;
  const sourceId = proposal.sourceId;
  if (proposal.kind === 'ENTITY') {
    const dependents = await acceptedDependents(session, sourceId, proposal.id);
    if (dependents.length > 0) {
      throw inputError(FIELD, `accepted facts of this article use this entity: undo them first (${dependents.map((d) => `${d.id} ${d.kind}`).join(', ')})`);
    }
  }
  if (result.effect === 'NONE') return;
  const citation = { sources: [sourceId] };
  const target = result.target;
  if (target.kind === 'node') {
    const label = target.label as NodeLabel;
    const ref = { label, id: target.id, field: FIELD };
    const current = (await resolveNodes(session, [ref])).get(`${label}:${target.id}`) ?? null;
    if (current === null) return;
    const props = await readNode(session, { label, id: current });
    const others = stringList(props?.sourceIds).filter((s) => s !== sourceId);
    if (result.effect === 'CITED' || current !== target.id || others.length > 0) {
      await prepareWithdrawSource({ kind: 'node', ref: { ...ref, id: current } }, sourceId)(session);
      return;
    }
    try {
      await prepareDelete({ target: ref, rule: 'RESTRICT', citation })(session);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw inputError(FIELD, `the ${label} ${target.id} that the acceptance created cannot be removed: ${error.problems.map((p) => p.message).join('; ')}`);
    }
    return;
  }
  const type = target.type as RelationshipType;
  const props = await relationshipById(session, type, target.id);
  if (props === null) return;
  const others = stringList(props.sourceIds).filter((s) => s !== sourceId);
  if (result.effect === 'CITED' || others.length > 0) {
    await prepareWithdrawSource({ kind: 'relationship', type, id: target.id, field: FIELD }, sourceId)(session);
    return;
  }
  const from = { label: target.from.label as NodeLabel, id: target.from.id, field: FIELD };
  const to = { label: target.to.label as NodeLabel, id: target.to.id, field: FIELD };
  await prepareUnlink({ type, from, to, ...(target.role ? { role: target.role } : {}), citation })(session);
}
