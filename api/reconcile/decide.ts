import { contextEvidence } from './context-evidence.js';
import type { CandidateFacts, Mention, MentionReconciliation, ScoredCandidate } from './mention.js';
import { nameEvidence } from './name-evidence.js';

/** A candidate at or above this score may be taken without asking, if nothing disagrees and no other is close. */
export const MATCH_SCORE = 0.8;
/** How far the best candidate must lead the next one to be taken without asking. */
export const MATCH_MARGIN = 0.1;
/** Candidates scoring below this are not offered. */
export const OFFER_SCORE = 0.5;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores every candidate of a mention and decides: one match, a question for the reviewer, or a new entity. */
export function decide(mention: Mention, candidates: readonly CandidateFacts[]): MentionReconciliation {
  // Ranked by the raw sum, so that context still separates two candidates whose names both score 1.
  const scored: Array<ScoredCandidate & { raw: number }> = [];
  for (const candidate of candidates) {
    if (candidate.label !== mention.label) continue;
    const name = nameEvidence(mention.name, candidate.name, candidate.aliases, candidate.label === 'Person');
    if (!name) continue;
    const reasons = [name, ...contextEvidence(mention, candidate)];
    const raw = round(reasons.reduce((sum, r) => sum + r.weight, 0));
    if (raw >= OFFER_SCORE) scored.push({ id: candidate.id, label: candidate.label, name: candidate.name, score: Math.max(0, Math.min(1, raw)), raw, match: false, reasons });
  }
  scored.sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const [best, next] = scored;
  const candidatesOut = scored.map(({ raw, ...candidate }) => (void raw, candidate));
  if (!best) return { mention, decision: 'NEW', candidates: [] };
  const disagrees = best.reasons.some((r) => r.code === 'CONTEXT_DISAGREES');
  if (best.raw >= MATCH_SCORE && !disagrees && (!next || best.raw - next.raw >= MATCH_MARGIN - 1e-9)) {
    candidatesOut[0]!.match = true;
    return { mention, decision: 'MATCHED', candidates: candidatesOut };
  }
  return { mention, decision: 'AMBIGUOUS', candidates: candidatesOut };
}
