/**
 * Reconciliation: which entity of the registry, if any, a name means.
 *
 * In: mentions — a kind, a name as written, and what is known around it (the
 * organisations named with a person, the places an article is about, the date it
 * was true). Out, per mention: candidates, each with a score in 0–1, `match`
 * when it may be taken without asking, and the reasons for its score; and a
 * decision:
 *   MATCHED    one candidate is the mention (score ≥ MATCH_SCORE, ahead of the
 *              next by MATCH_MARGIN, nothing in its context disagrees);
 *   AMBIGUOUS  a person must choose: two entities share the name, or the only
 *              one's organisation, place or period disagrees with the mention —
 *              two different people who share a name are never merged silently;
 *   NEW        nothing in the registry is this name.
 *
 * Reasons, and what each adds to the score (name reasons: the strongest one only):
 *   SAME_NAME 1 · KNOWN_ALIAS 0.95 · SAME_FOLDED_NAME 0.9 (diacritics or case differ)
 *   · TYPO_VARIANT 0.8 / 0.7 (1 / 2 edits of the folded name, by its length)
 *   · PARTIAL_NAME 0.6 (a person's family and given names agree, the middle differs)
 *   SAME_ORGANIZATION +0.1 · OVERLAPPING_DATES +0.05 (with the same organisation)
 *   · SAME_PLACE +0.05 · VALID_AT_DATE +0.1 (a place existed, an event happened, then)
 *   · CONTEXT_DISAGREES −0.3 (named organisations and places all differ, or the
 *     date falls outside the candidate's period).
 *
 * The shape follows the W3C MentionReconciliation Service API (candidates with id,
 * name, score, match and features), so a client can map one onto the other.
 * Flow: the `reconcile` query's resolver → a per-request loader (every mention of
 * a request in one statement) → ReconcileRepository → the executor; the scoring
 * here is pure and is also what ingestion uses for every mention it extracts.
 */
import type { CandidateFacts, Mention, MentionReconciliation } from './mention.js';
import { decide } from './decide.js';

export { decide, MATCH_MARGIN, MATCH_SCORE, OFFER_SCORE } from './decide.js';
export type { CandidateFacts, Decision, Mention, Reason, ReasonCode, MentionReconciliation, ScoredCandidate } from './mention.js';

/** Reconciles each mention against the candidates `fetch` finds for it (one batch for all). */
export async function reconcileMentions(
  mentions: readonly Mention[],
  fetch: (mentions: readonly Mention[]) => Promise<ReadonlyArray<readonly CandidateFacts[]>>,
): Promise<MentionReconciliation[]> {
  const candidates = await fetch(mentions);
  return mentions.map((mention, i) => decide(mention, candidates[i] ?? []));
}
