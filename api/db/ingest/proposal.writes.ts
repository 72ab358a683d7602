import type { WriteSession } from '../write/write-session.js';
import { draftProps, proposalFromProps, proposalView, type ProposalDraft, type StoredProposal } from './proposal-record.js';

// A proposal is found again by its fingerprint: its status and review are kept.
// A pending entity proposal nobody has reviewed gets the registry's answer of
// today (an entity accepted from another article since is now a candidate).
const UPSERT = `UNWIND $rows AS row
MERGE (p:Proposal {fingerprint: row.fingerprint})
ON CREATE SET p += row, p.status = 'PENDING', p.proposedAt = datetime(), p.__created = true
WITH p, row
SET p.decision = CASE WHEN p.status = 'PENDING' AND p.reviewedAt IS NULL THEN row.decision ELSE p.decision END,
    p.candidates = CASE WHEN p.status = 'PENDING' AND p.reviewedAt IS NULL THEN row.candidates ELSE p.candidates END,
    p.choiceId = CASE WHEN p.status = 'PENDING' AND p.reviewedAt IS NULL THEN row.choiceId ELSE p.choiceId END,
    p.proposedChoiceId = CASE WHEN p.status = 'PENDING' AND p.reviewedAt IS NULL THEN row.proposedChoiceId ELSE p.proposedChoiceId END
WITH p, p.__created IS NOT NULL AS created
REMOVE p.__created
RETURN p.id AS id, p.kind AS kind, p.status AS status, created`;

// Proposals change one transaction at a time: the lock is taken before the read (as lockNodes does for entities).
const LOCK = `UNWIND $ids AS id
MATCH (p:Proposal {id: id})
SET p.__lock = true REMOVE p.__lock
RETURN properties(p) AS props`;

const SET_REVIEW = `MATCH (p:Proposal {id: $id})
SET p += $props, p.reviewedAt = CASE WHEN $reviewed THEN datetime() ELSE null END
RETURN properties(p) AS props`;

const ACCEPTED_DEPENDENTS = `MATCH (q:Proposal {sourceId: $sourceId, status: 'ACCEPTED'})
WHERE $id IN q.dependsOn
RETURN q.id AS id, q.kind AS kind ORDER BY q.position, q.id`;

export interface UpsertedProposal {
  id: string;
  kind: string;
  status: string;
  created: boolean;
}

/** Stores the drafts of one ingestion (MERGE on the fingerprint); says which were new. */
export async function upsertProposals(session: WriteSession, drafts: readonly ProposalDraft[]): Promise<UpsertedProposal[]> {
  if (drafts.length === 0) return [];
  const rows = await session.run(UPSERT, { rows: drafts.map(draftProps) });
  return rows.map((r) => ({ id: r.id as string, kind: r.kind as string, status: r.status as string, created: r.created === true }));
}

/** Locks the proposals and reads them as they are now; absent ids are missing from the map. */
export async function lockProposals(session: WriteSession, ids: readonly string[]): Promise<Map<string, StoredProposal>> {
  const unique = [...new Set(ids)].sort();
  const rows = await session.run(LOCK, { ids: unique });
  return new Map(rows.map((r) => {
    const p = proposalFromProps(r.props as Record<string, unknown>);
    return [p.id, p];
  }));
}

/**
 * Writes a review's outcome (null removes a property; `reviewed` false clears
 * the review's time, as when an acceptance is undone) and records the change in
 * the audit trail, as the proposal's status and outcome before and after.
 */
export async function writeReview(session: WriteSession, before: StoredProposal, props: Record<string, unknown>, reviewed: boolean): Promise<StoredProposal> {
  const rows = await session.run(SET_REVIEW, { id: before.id, props, reviewed });
  const after = proposalFromProps(rows[0]!.props as Record<string, unknown>);
  session.changed({ kind: 'node', label: 'Proposal', id: before.id, before: proposalView(before), after: proposalView(after) });
  return after;
}

/** The accepted proposals of the source that used the entity proposal `id`'s choice. */
export async function acceptedDependents(session: WriteSession, sourceId: string, id: string): Promise<{ id: string; kind: string }[]> {
  const rows = await session.run(ACCEPTED_DEPENDENTS, { sourceId, id });
  return rows.map((r) => ({ id: r.id as string, kind: r.kind as string }));
}
