import type { EntityLabel } from '../../../model/labels.js';
import type { ScoredCandidate } from '../../reconcile/index.js';
import { plain } from '../mapping.js';

/**
 * A proposal is one fact an article proposes, waiting for a person: an entity
 * to match or create, a role observation, a participation or a link. What it
 * would write is its `payload`, in the terms of the write operation accepting
 * it calls; the entities a fact names are other proposals of the same article
 * (their ids), whose choice gives the entity's id. Stored as `(:Proposal)`
 * nodes beside the graph, never joined to it by a relationship (the export
 * and the graph's invariants see only the graph); maps and lists of maps are
 * stored as JSON text, which a Neo4j property cannot otherwise hold.
 */
export const PROPOSAL_KINDS = ['ENTITY', 'ROLE_OBSERVATION', 'PARTICIPATION', 'LINK'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A range of the Source's text and the text it covers. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export interface EntityPayload {
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** The create input's fields besides name and aliases (kind, level, date, …); null where the article gives no value. */
  fields: Record<string, string | number | boolean | null>;
}

/** Facts name their entities by the ids of the entity proposals of the same article. */
export interface RoleObservationPayload {
  person: string;
  organization: string;
  event: string | null;
  title: string;
  titleAsWritten: string;
  observedAt: string | null;
}

export interface ParticipationPayload {
  person: string;
  event: string;
  role: string;
  titleAtEvent: string | null;
  bridgePoint: string | null;
  bridgePointPlace: string | null;
}

export interface LinkPayload {
  type: string;
  from: string;
  to: string;
  since: string | null;
  presentedBy: string | null;
}

export type ProposalPayload = EntityPayload | RoleObservationPayload | ParticipationPayload | LinkPayload;

/** A registry entity the mention may be, as reconciliation scored it (api/reconcile), stored as it was scored. */
export type StoredCandidate = ScoredCandidate;

export interface StoredReconciliation {
  decision: 'MATCHED' | 'AMBIGUOUS' | 'NEW';
  candidates: StoredCandidate[];
  /** The entity the proposal stands for now: the match, or a reviewer's choice; null for a new entity. */
  choiceId: string | null;
  /** The choice as proposed (the match, if any), restored when an acceptance is undone. */
  proposedChoiceId: string | null;
}

/** What ingestion stores for a proposal before anyone reviews it. */
export interface ProposalDraft {
  id: string;
  fingerprint: string;
  sourceId: string;
  kind: ProposalKind;
  /** Where its first evidence starts: proposals are listed in the article's order. */
  position: number;
  payload: ProposalPayload;
  /** The entity proposals it refers to. */
  refs: string[];
  evidence: Evidence[];
  confidence: number;
  inferred: boolean;
  inferenceNote: string | null;
  /** ENTITY: the registry's answer when the article was taken in. */
  reconciliation: StoredReconciliation | null;
}

export type ResultTarget =
  | { kind: 'node'; label: string; id: string }
  | { kind: 'relationship'; type: string; id: string; from: { label: string; id: string }; to: { label: string; id: string }; role: string | null };

/**
 * What an acceptance wrote: the node or relationship, and whether the
 * acceptance CREATED it, only added the article to its sources (CITED), or
 * found it already citing the article (NONE). Undoing reverses exactly that.
 */
export interface AcceptanceResult {
  target: ResultTarget;
  effect: 'CREATED' | 'CITED' | 'NONE';
}

/** A stored proposal as the service and the API read it. */
export interface StoredProposal extends ProposalDraft {
  status: ProposalStatus;
  proposedAt: string;
  reviewedAt: string | null;
  reviewerKeyId: string | null;
  reviewerAccountId: string | null;
  reviewerName: string | null;
  rejectReason: string | null;
  corrections: Record<string, unknown> | null;
  result: AcceptanceResult | null;
  /** ACCEPTED facts: the entity proposals whose choice they used (those cannot be undone before them). */
  dependsOn: string[];
}

const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : fallback);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The stored properties of a proposal node as the service's record. */
export function proposalFromProps(stored: Record<string, unknown>): StoredProposal {
  const props = plain(stored) as Record<string, unknown>;
  const reconciliation: StoredReconciliation | null =
    props.kind === 'ENTITY'
      ? { decision: props.decision as StoredReconciliation['decision'], candidates: json(props.candidates, []), choiceId: text(props.choiceId), proposedChoiceId: text(props.proposedChoiceId) }
      : null;
  return {
    id: props.id as string,
    fingerprint: props.fingerprint as string,
    sourceId: props.sourceId as string,
    kind: props.kind as ProposalKind,
    position: Number(props.position ?? 0),
    payload: json(props.payload, {} as ProposalPayload),
    refs: (props.refs as string[] | null) ?? [],
    evidence: json(props.evidence, []),
    confidence: Number(props.confidence ?? 0),
    inferred: props.inferred === true,
    inferenceNote: text(props.inferenceNote),
    reconciliation,
    status: props.status as ProposalStatus,
    proposedAt: String(props.proposedAt),
    reviewedAt: text(props.reviewedAt),
    reviewerKeyId: text(props.reviewerKeyId),
    reviewerAccountId: text(props.reviewerAccountId),
    reviewerName: text(props.reviewerName),
    rejectReason: text(props.rejectReason),
    corrections: json(props.corrections, null),
    result: json(props.result, null),
    dependsOn: (props.dependsOn as string[] | null) ?? [],
  };
}

/** A draft as the properties MERGE sets on a new proposal node. */
export function draftProps(draft: ProposalDraft): Record<string, unknown> {
  const entity = draft.kind === 'ENTITY' ? (draft.payload as EntityPayload) : null;
  return {
    id: draft.id,
    fingerprint: draft.fingerprint,
    sourceId: draft.sourceId,
    kind: draft.kind,
    position: draft.position,
    payload: JSON.stringify(draft.payload),
    refs: draft.refs,
    evidence: JSON.stringify(draft.evidence),
    confidence: draft.confidence,
    inferred: draft.inferred,
    inferenceNote: draft.inferenceNote,
    label: entity?.label ?? null,
    name: entity?.name ?? null,
    decision: draft.reconciliation?.decision ?? null,
    candidates: draft.reconciliation ? JSON.stringify(draft.reconciliation.candidates) : null,
    choiceId: draft.reconciliation?.choiceId ?? null,
    proposedChoiceId: draft.reconciliation?.proposedChoiceId ?? null,
  };
}

/** What the audit trail records of a proposal's review: its status and outcome, not its text. */
export function proposalView(p: StoredProposal | null): Record<string, unknown> | null {
  if (!p) return null;
  return {
    kind: p.kind,
    sourceId: p.sourceId,
    status: p.status,
    choiceId: p.reconciliation?.choiceId ?? null,
    corrections: p.corrections,
    rejectReason: p.rejectReason,
    result: p.result,
  };
}
