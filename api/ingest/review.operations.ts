import type { EntityPayload, StoredProposal } from '../db/ingest/proposal-record.js';
import { ProposalRepository } from '../db/ingest/proposal.repository.js';
import { lockProposals, writeReview } from '../db/ingest/proposal.writes.js';
import { runMutation, type WriteSession } from '../db/write/write-session.js';
import { Checker } from '../write/checker.js';
import { ENTITY_SPECS } from '../write/entity-specs.js';
import { InputError, inputError } from '../write/input-error.js';
import { LIMITS } from '../write/limits.js';
import { mutationMeta, type WriteDeps } from '../write/write-deps.js';
import { acceptanceResult, acceptPlan } from './accept-plan.js';
import { checkCorrections, storedCorrections, type CorrectionValues } from './corrections.js';
import { undoAcceptance } from './undo-plan.js';

/**
 * A review's input as the operations take it: ids decoded and values checked
 * (`correctionValues`, `rejectionReason`) before any transaction, so that a
 * malformed review is refused with all its problems and never reaches the
 * database.
 */
export interface AcceptInput {
  /** The stored id of the proposal (`prp-…`). */
  proposalId: string;
  corrections?: CorrectionValues | null;
}

/** A rejection's reason, checked (one to LIMITS.note characters, NFC, trimmed); throws an InputError naming `field`. */
export function rejectionReason(value: unknown, field = 'input.reason'): string {
  const c = new Checker();
  const reason = c.text(field, value, { max: LIMITS.note, multiline: true });
  if (reason === undefined || reason === null) c.required(field, value);
  c.done();
  return reason!;
}

/** A review that changes nothing (accepting what is accepted, rejecting what is rejected for the same reason) commits nothing and leaves no audit entry. */
class Unchanged extends Error {
  constructor(readonly proposal: StoredProposal) {
    super('unchanged');
  }
}

async function lockedProposal(session: WriteSession, id: string, also: readonly string[] = []): Promise<{ proposal: StoredProposal; all: Map<string, StoredProposal> }> {
  const all = await lockProposals(session, [id, ...also]);
  const proposal = all.get(id);
  if (!proposal) throw inputError('input.proposal', `names no proposal ("${id}")`);
  return { proposal, all };
}

/**
 * Problems a write operation found, renamed to the acceptance's input: the
 * operation names `input.title`; the reviewer fixes it in
 * `input.corrections.title` (for an entity's kind, date, …:
 * `input.corrections.fields.kind`). Fields already named for the review pass through.
 */
function reviewProblems(error: InputError, proposal: StoredProposal): InputError {
  const label = proposal.kind === 'ENTITY' ? (proposal.payload as EntityPayload).label : null;
  const entityFields = new Set(label ? ['description', ...Object.keys(ENTITY_SPECS[label].fields)] : []);
  return new InputError(
    error.problems.map((p) => {
      if (p.field.startsWith('input.corrections') || p.field === 'input.proposal') return p;
      const path = p.field.replace(/^input\./, '');
      const key = /^[A-Za-z]+/.exec(path)?.[0];
      // What the reviewer cannot correct (the citation, the id, the inference) is the proposal's own.
      if (!key || ['sources', 'newSources', 'slug', 'inferred', 'inferenceNote'].includes(key)) return { field: 'input.proposal', message: `${path}: ${p.message}` };
      return { field: entityFields.has(key) ? `input.corrections.fields.${path}` : `input.corrections.${path}`, message: p.message };
    }),
  );
}

/**
 * Accepts one proposal in one write transaction: the proposal and the entity
 * proposals it refers to are locked and read as they are now, the write
 * operation it maps to is checked and run (citing the article, audited as
 * `acceptProposal` under the reviewer's key), and the proposal records what
 * was written. Accepting an accepted proposal changes nothing.
 */
export async function acceptProposal(deps: WriteDeps, input: AcceptInput): Promise<StoredProposal> {
  try {
    return await runMutation(deps.executor, mutationMeta(deps, 'acceptProposal'), async (session) => {
      const first = await lockedProposal(session, input.proposalId);
      const { proposal, all } = first.proposal.refs.length > 0 ? await lockedProposal(session, input.proposalId, first.proposal.refs) : first;
      if (proposal.status === 'ACCEPTED') throw new Unchanged(proposal);
      const label = proposal.kind === 'ENTITY' ? (proposal.payload as EntityPayload).label : null;
      const corrections = checkCorrections(input.corrections, proposal.kind, label);
      session.cites(proposal.sourceId);
      const plan = await acceptPlan(session, proposal, all, corrections);
      try {
        await plan.work(session);
      } catch (error) {
        throw error instanceof InputError ? reviewProblems(error, proposal) : error;
      }
      const result = acceptanceResult(session, plan, proposal.sourceId);
      const stored = storedCorrections(corrections);
      const props: Record<string, unknown> = {
        status: 'ACCEPTED',
        reviewerKeyId: deps.actor.keyId,
        reviewerAccountId: deps.actor.accountId,
        reviewerName: deps.actor.name,
        rejectReason: null,
        corrections: stored === null ? null : JSON.stringify(stored),
        result: JSON.stringify(result),
        dependsOn: plan.dependsOn,
      };
      if (proposal.kind === 'ENTITY') props.choiceId = result.target.id;
      return writeReview(session, proposal, props, true);
    });
  } catch (error) {
    if (error instanceof Unchanged) return error.proposal;
    throw error;
  }
}

export interface AcceptManyOutcome {
  proposalId: string;
  /** The proposal as it now stands (null when the id names none). */
  proposal: StoredProposal | null;
  error: InputError | null;
}

/**
 * Accepts several proposals, each in its own transaction (as acceptProposal),
 * entities first so that the facts after them can use what they wrote. One
 * that cannot be accepted is reported with its problems and changes nothing;
 * the others go ahead.
 */
export async function acceptProposals(deps: WriteDeps, inputs: readonly AcceptInput[]): Promise<AcceptManyOutcome[]> {
  const repository = new ProposalRepository(deps.executor);
  const kinds = new Map((await repository.byIds(inputs.map((i) => i.proposalId))).map((p) => [p.id, p.kind]));
  const order = inputs.map((input, i) => ({ input, i, entity: kinds.get(input.proposalId) === 'ENTITY' ? 0 : 1 })).sort((a, b) => a.entity - b.entity || a.i - b.i);
  const outcomes: AcceptManyOutcome[] = new Array(inputs.length);
  for (const { input, i } of order) {
    try {
      outcomes[i] = { proposalId: input.proposalId, proposal: await acceptProposal(deps, input), error: null };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const [current] = await repository.byIds([input.proposalId]);
      outcomes[i] = { proposalId: input.proposalId, proposal: current ?? null, error };
    }
  }
  return outcomes;
}

/** Rejects a pending proposal, with the reviewer's reason (as `rejectionReason` returns it); it is never proposed again. An accepted one must be undone first. */
export async function rejectProposal(deps: WriteDeps, input: { proposalId: string; reason: string }): Promise<StoredProposal> {
  const { reason } = input;
  try {
    return await runMutation(deps.executor, mutationMeta(deps, 'rejectProposal'), async (session) => {
      const { proposal } = await lockedProposal(session, input.proposalId);
      if (proposal.status === 'ACCEPTED') throw inputError('input.proposal', `was accepted (${proposal.result?.target.id ?? ''}): undo the acceptance first`);
      if (proposal.status === 'REJECTED' && proposal.rejectReason === reason) throw new Unchanged(proposal);
      session.cites(proposal.sourceId);
      return writeReview(session, proposal, { status: 'REJECTED', rejectReason: reason, reviewerKeyId: deps.actor.keyId, reviewerAccountId: deps.actor.accountId, reviewerName: deps.actor.name, corrections: null }, true);
    });
  } catch (error) {
    if (error instanceof Unchanged) return error.proposal;
    throw error;
  }
}

/**
 * Undoes an acceptance in one write transaction, through the write
 * operations (audited as `undoProposalAcceptance`): what the acceptance
 * created is deleted (unlinked, for a relationship), or, when it only added
 * the article to an existing fact's sources, the article is withdrawn from
 * them. The proposal is pending again, with the registry's match as its
 * choice. Refused while facts accepted from the same article use the entity.
 */
export async function undoProposalAcceptance(deps: WriteDeps, input: { proposalId: string }): Promise<StoredProposal> {
  return runMutation(deps.executor, mutationMeta(deps, 'undoProposalAcceptance'), async (session) => {
    const { proposal } = await lockedProposal(session, input.proposalId);
    if (proposal.status !== 'ACCEPTED' || !proposal.result) throw inputError('input.proposal', `is ${proposal.status}: only an accepted proposal can be undone`);
    session.cites(proposal.sourceId);
    await undoAcceptance(session, proposal);
    const props: Record<string, unknown> = { status: 'PENDING', result: null, dependsOn: null, corrections: null, reviewerKeyId: null, reviewerAccountId: null, reviewerName: null, rejectReason: null };
    if (proposal.kind === 'ENTITY') props.choiceId = proposal.reconciliation?.proposedChoiceId ?? null;
    return writeReview(session, proposal, props, false);
  });
}
