import type { EntityLabel } from '../../model/labels.js';

/** What a client (or the extractor) knows of a name it wants matched. */
export interface Mention {
  /** Echoed back unchanged, so a client can pair each answer with its own row. */
  key?: string;
  label: EntityLabel;
  /** The name as written. */
  name: string;
  /** Organisations named with it (for a person: where the article says they hold a title). */
  organizations?: readonly string[];
  /** Places named with it (the province an article is about, an event's venue). */
  places?: readonly string[];
  /** When the mention was true, as a partial date (`2021`, `2021-03`, `2021-03-24`). */
  date?: string;
}

/** An organisation a candidate person held a title at, with the days the observation covers. */
export interface HeldAt {
  names: readonly string[];
  from: string | null;
  to: string | null;
}

/** What the registry holds of one candidate, as far as matching needs it. */
export interface CandidateFacts {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: readonly string[];
  /** For a person: the organisations of their role observations; for an organisation: itself and its parents. */
  organizations: readonly HeldAt[];
  /** Names of the places it is tied to, and of the places those are part of. */
  places: readonly string[];
  /** The days it existed or happened on (a place's validity, an event's date), when the registry knows them. */
  period: { from: string | null; to: string | null } | null;
}

export type ReasonCode =
  | 'SAME_NAME'
  | 'KNOWN_ALIAS'
  | 'SAME_FOLDED_NAME'
  | 'TYPO_VARIANT'
  | 'PARTIAL_NAME'
  | 'SAME_ORGANIZATION'
  | 'OVERLAPPING_DATES'
  | 'SAME_PLACE'
  | 'VALID_AT_DATE'
  | 'CONTEXT_DISAGREES';

/** Why a candidate scored as it did: a code and what it matched ("Lê Thành Công", "Ban Dân vận Tỉnh ủy"). */
export interface Reason {
  code: ReasonCode;
  detail: string;
  /** What the reason added to (or took from) the score. */
  weight: number;
}

export interface ScoredCandidate {
  id: string;
  label: EntityLabel;
  name: string;
  /** 0–1: how sure the registry is that the mention names this entity. */
  score: number;
  /** True when this candidate may be taken without asking anyone (W3C MentionReconciliation's `match`). */
  match: boolean;
  reasons: Reason[];
}

/**
 * MATCHED: one candidate is the mention. AMBIGUOUS: someone must choose (two
 * entities share the name, or the only one's context disagrees). NEW: nothing in
 * the registry is this name.
 */
export type Decision = 'MATCHED' | 'AMBIGUOUS' | 'NEW';

export interface MentionReconciliation {
  mention: Mention;
  decision: Decision;
  candidates: ScoredCandidate[];
}
