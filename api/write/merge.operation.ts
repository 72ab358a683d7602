import type { EntityLabel } from '../../model/labels.js';
import { toNodeRow, type NodeRow } from '../db/mapping.js';
import { deleteNode, lockNodes, readNode, recordFromProps, writeEntity, type NodeRef } from '../db/write/node.writes.js';
import { repointReferences } from '../db/write/reference.writes.js';
import { deleteRelationship, endsOf, relationshipsOf, rowFromStored, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation, runPreview, type StatementRunner } from '../db/write/write-session.js';
import type { Executor } from '../db/executor.js';
import type { EntityRecord } from '../../model/records.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { inputError } from './input-error.js';
import { mergeRecords, planRelationshipMerge, type RelationshipMergePlan } from './merge-plan.js';
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
 * previewMerge reads and plans the same way, in a read transaction, writing nothing.
 */
export async function mergeEntities(deps: WriteDeps, input: MergeInput): Promise<MergeOutcome> {
  const c = new Checker();
  checkPair(c, input, 'input.');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  const label = input.survivor.label as EntityLabel;
  return runMutation(deps.executor, mutationMeta(deps, 'mergeEntities'), async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const { survivor, merged } = await mergeEnds(session, input, 'input.');
    await lockNodes(session, [survivor, merged], { create: false });
    const { plan, survivorProps, mergedProps } = await readMerge(session, survivor, merged);

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

/** What a merge of the two would do, read in one read transaction and planned as mergeEntities plans it; nothing is written. */
export interface MergePreview {
  survivor: NodeRow;
  merged: NodeRow;
  plan: RelationshipMergePlan;
  /** The survivor's record as the merge would write it (without the merge's own citation). */
  result: EntityRecord;
  /** The records before: what the preview compares. */
  survivorRecord: EntityRecord;
  mergedRecord: EntityRecord;
}

export async function previewMerge(executor: Executor, input: Omit<MergeInput, 'citation'>): Promise<MergePreview> {
  const c = new Checker();
  checkPair(c, input, '');
  c.done();
  const label = input.survivor.label as EntityLabel;
  return runPreview(executor, async (session) => {
    const { survivor, merged } = await mergeEnds(session, input, '');
    const { plan, survivorProps, mergedProps } = await readMerge(session, survivor, merged);
    const survivorRecord = recordFromProps(label, survivorProps);
    const mergedRecord = recordFromProps(label, mergedProps);
    return {
      survivor: toNodeRow(label, survivorProps),
      merged: toNodeRow(label, mergedProps),
      plan,
      result: mergeRecords(label, survivorRecord, mergedRecord, []),
      survivorRecord,
      mergedRecord,
    };
  });
}

/** `at`: where the two ids are in the request (`input.` for the mutation, nothing for the preview's arguments). */
function checkPair(c: Checker, input: Pick<MergeInput, 'survivor' | 'merged'>, at: string): void {
  if (input.survivor.label !== input.merged.label) c.fail(`${at}merged`, `must be of the same kind as the survivor (${input.survivor.label}), got ${input.merged.label}`);
  if (input.survivor.label === input.merged.label && input.survivor.id === input.merged.id) c.fail(`${at}merged`, 'is the survivor itself');
}

/** The two entities as stored now (an id merged away before finds its survivor); the same one twice is refused. */
async function mergeEnds(session: StatementRunner, input: Pick<MergeInput, 'survivor' | 'merged'>, at: string): Promise<{ survivor: NodeRef; merged: NodeRef }> {
  const refs = await resolveRefs(session, { survivor: input.survivor, merged: input.merged });
  const survivor = refs.survivor as NodeRef;
  const merged = refs.merged as NodeRef;
  if (survivor.id === merged.id) throw inputError(`${at}merged`, `was already merged into ${survivor.id}`);
  return { survivor, merged };
}

async function readMerge(session: StatementRunner, survivor: NodeRef, merged: NodeRef) {
  const survivorProps = (await readNode(session, survivor))!;
  const mergedProps = (await readNode(session, merged))!;
  const plan = planRelationshipMerge(survivor.id, await relationshipsOf(session, survivor), await relationshipsOf(session, merged));
  return { plan, survivorProps, mergedProps };
}
