import type { EntityLabel } from '../../model/labels.js';
import { toNodeRow, type NodeRow } from '../db/mapping.js';
import { deleteNode, lockNodes, readNode, recordFromProps, writeEntity, type NodeRef } from '../db/write/node.writes.js';
import { repointReferences } from '../db/write/reference.writes.js';
import { deleteRelationship, endsOf, relationshipsOf, rowFromStored, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { inputError } from './input-error.js';
import { mergeRecords, planRelationshipMerge } from './merge-plan.js';
import { mutationMeta, type WriteDeps } from './write-deps.js';

export interface MergeInput {
  survivor: FieldRef;
  merged: FieldRef;
  citation: CitationInput;
}

export interface MergeOutcome {
  survivor: NodeRow;
  mergedId: string;
  movedRelationships: number;
  droppedRelationships: number;
}

/**
 * Merges two entities found to be the same into `survivor` in one transaction:
 * every relationship of the merged entity moves to the survivor (loops and
 * exact duplicates excepted, see merge-plan.ts), role observations with their
 * HAS_ROLE / IN_ORGANIZATION / AT_EVENT, names become aliases, sources are
 * united, references by id (sourceIds, presentedById, bridgePointPlaceId) are
 * repointed, and the merged id is remembered in the survivor's `mergedIds`.
 */
export async function mergeEntities(deps: WriteDeps, input: MergeInput): Promise<MergeOutcome> {
  const c = new Checker();
  if (input.survivor.label !== input.merged.label) c.fail('input.merged', `must be of the same kind as the survivor (${input.survivor.label}), got ${input.merged.label}`);
  if (input.survivor.label === input.merged.label && input.survivor.id === input.merged.id) c.fail('input.merged', 'is the survivor itself');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  const label = input.survivor.label as EntityLabel;
  return runMutation(deps.executor, mutationMeta(deps, 'mergeEntities'), async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const refs = await resolveRefs(session, { survivor: input.survivor, merged: input.merged });
    const survivor = refs.survivor as NodeRef;
    const merged = refs.merged as NodeRef;
    if (survivor.id === merged.id) throw inputError('input.merged', `was already merged into ${survivor.id}`);
    await lockNodes(session, [survivor, merged], { create: false });
    const survivorProps = (await readNode(session, survivor))!;
    const mergedProps = (await readNode(session, merged))!;
    const plan = planRelationshipMerge(survivor.id, await relationshipsOf(session, survivor), await relationshipsOf(session, merged));

    for (const r of [...plan.dropAsLoop, ...plan.dropAsDuplicate.map((d) => d.relationship)]) {
      const ends = endsOf(merged, r);
      await deleteRelationship(session, r.type, r.id, r.props, { from: ends.from.id, to: ends.to.id });
    }
    for (const { relationship: r, sourceIds: extra } of plan.addSources.values()) {
      const ends = endsOf(survivor, r);
      const row = rowFromStored(r.type, r.id, ends.from.id, ends.to.id, { ...r.props, sourceIds: union(stringList(r.props.sourceIds), extra) });
      await writeRelationship(session, r.type, ends.from, ends.to, row, r.props);
    }
    for (const r of plan.move) {
      const old = endsOf(merged, r);
      const ends = endsOf(survivor, r);
      // Same id, new end: the seed's statement deletes the relationship where it was and creates it here.
      await writeRelationship(session, r.type, ends.from, ends.to, rowFromStored(r.type, r.id, ends.from.id, ends.to.id, r.props), r.props, { previousEnds: { from: old.from.id, to: old.to.id } });
    }
    await repointReferences(session, label, merged.id, survivor.id);
    const record = mergeRecords(label, recordFromProps(label, survivorProps), recordFromProps(label, mergedProps), sourceIds);
    await deleteNode(session, merged, mergedProps);
    const props = await writeEntity(session, label, record, survivorProps);
    session.about(survivor.id, merged.id);
    return {
      survivor: toNodeRow(label, props),
      mergedId: merged.id,
      movedRelationships: plan.move.length,
      droppedRelationships: plan.dropAsLoop.length + plan.dropAsDuplicate.length,
    };
  });
}
