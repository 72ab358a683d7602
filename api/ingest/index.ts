/**
 * Ingestion and review: an article in, proposed facts out, a person decides,
 * accepted facts go into the graph through the ordinary write operations.
 * No GraphQL here (api/graphql/resolvers/ingest*.ts decode ids and call
 * these); no Cypher either (api/db/ingest).
 *
 * Stages of `ingestArticle(deps, input)`:
 *   1. intake (article-intake.ts): ingest/article reads the HTML page or text
 *      (encodings, ARTICLE_LIMITS: 5 MB in, 100,000 characters of text out, an
 *      article body, no date in the future) into normalised plain text;
 *      every refusal is an InputError naming the field, before anything runs;
 *   2. extraction (ingest/extractor.ts): entities with local keys, role
 *      observations, participations and links, each with evidence ranges in
 *      that text, a confidence and an inferred mark;
 *   3. reconciliation (api/reconcile): every entity matched against the
 *      registry, one statement per hundred entities: MATCHED / AMBIGUOUS / NEW
 *      with scored candidates and their reasons;
 *   4. one write transaction: the article's Source, found again by its URL or
 *      by the SHA-256 of its text (both unique) or created with the text kept
 *      on it; a Proposal per fact, MERGEd on its fingerprint (source, kind,
 *      canonical fields: proposal-drafts.ts); the audit entry (`ingestArticle`).
 *
 * A proposal's lifecycle:
 *
 *        ingest ──► PENDING ──accept──► ACCEPTED ──undo──► PENDING
 *                      │  ▲
 *                   reject│ accept (a reviewer may change their mind)
 *                      ▼  │
 *                    REJECTED
 *
 *   Re-ingesting an article finds every proposal again by its fingerprint and
 *   leaves its status alone: nothing is proposed twice, nothing rejected comes
 *   back. An unreviewed pending entity proposal gets the registry's answer of
 *   the day.
 *
 * What review does (review.operations.ts), each in ONE write transaction that
 * locks the proposal (and the entity proposals it refers to) before reading it:
 * - accept: the proposal becomes the write operation it maps to, checked and
 *   run exactly as the mutation would run it, citing the article — createX
 *   (a new entity; its id made distinct from a namesake's) or attachSources
 *   (an existing entity: the match, another one the reviewer names, a merged
 *   one followed to its survivor, a deleted one refused), recordRoleObservation,
 *   recordParticipation, link. A fact names the entities its entity
 *   proposals stand for: the entity an acceptance wrote, or while pending the
 *   registry's match; a pending NEW or AMBIGUOUS entity, or a rejected one, must
 *   be resolved first (or the reviewer gives the id). Corrections (another
 *   match, a name, a title, a date, a role; corrections.ts) are checked as the
 *   operation checks its input: their values before any transaction, with
 *   the review's ids (a malformed review never reaches the database), what
 *   applies to the proposal's kind once it is read; problems name
 *   `input.corrections.<field>`.
 *   A fact already in the graph gains the article as a source (accepting is
 *   idempotent); an accepted proposal accepted again changes nothing.
 *   The proposal records what was written and whether it was CREATED, only
 *   CITED, or already citing the article (NONE). Audited as `acceptProposal`.
 * - reject: a pending proposal, with a reason; audited as `rejectProposal`.
 * - undo an acceptance: reverses exactly what it did (undo-plan.ts) through
 *   deleteEntity (RESTRICT), unlink or withdrawing the article from a fact's
 *   sources; refused while facts accepted from the article use the entity.
 *   The proposal is pending again. Audited as `undoProposalAcceptance`.
 *
 * Proposals are `(:Proposal)` nodes beside the knowledge graph, like API keys
 * and audit entries: never joined to it by a relationship, not exported.
 * Reading them needs the `editor` role: they hold unreviewed text.
 * Design: docs/decisions/022-ingestion-and-review.md.
 */
export { ARTICLE_LIMITS, takeArticle, type ArticleInput, type TakenArticle } from './article-intake.js';
export { correctionValues, type Corrections, type CorrectionValues } from './corrections.js';
export { ingestArticle, type IngestOutcome } from './ingest.operation.js';
export { acceptProposal, acceptProposals, rejectionReason, rejectProposal, undoProposalAcceptance, type AcceptInput, type AcceptManyOutcome } from './review.operations.js';
export {
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  type AcceptanceResult,
  type Evidence,
  type ProposalKind,
  type ProposalStatus,
  type StoredCandidate,
  type StoredProposal,
  type StoredReconciliation,
} from '../db/ingest/proposal-record.js';
export type { ReviewQueueRow } from '../db/ingest/proposal.repository.js';
