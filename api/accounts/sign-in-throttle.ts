/**
 * How failed sign-ins slow down and then lock further attempts, per counter (a
 * user name, a client address). Pure: the counters live in the database
 * (api/db/accounts/sign-in-attempt.repository.ts), which applies these rules in
 * one write transaction per attempt, so every API process sees the same counts.
 *
 * - The first `freeFailures` failures cost nothing.
 * - Each failure after them makes the next attempt wait `baseDelayMs`, doubling
 *   with each further failure (1 s, 2 s, 4 s, …), at most `lockMs`.
 * - From `lockAfter` failures the counter is locked for `lockMs`.
 * - A counter without a failure for `lockMs` starts again from zero.
 *
 * Attempts are counted before the password is checked (and given back when it
 * was right), so concurrent attempts cannot all slip in under the limit.
 */
export interface ThrottleRule {
  freeFailures: number;
  baseDelayMs: number;
  lockAfter: number;
  lockMs: number;
}

export interface ThrottleState {
  failures: number;
  /** Epoch milliseconds of the last failure counted, or null. */
  lastFailureAt: number | null;
  /** No attempt before this instant (epoch ms), or null. */
  blockedUntil: number | null;
}

export interface ThrottlePolicy {
  /** Per user name, known or not: guessing one account's password. */
  account: ThrottleRule;
  /** Per client address (an IPv6 /64): one client trying many names. */
  address: ThrottleRule;
}

const MINUTE = 60_000;

/**
 * An account: 3 free failures, then 1 s, 2 s, 4 s…; locked 15 minutes from the
 * tenth. An address: 20 free, locked from the hundredth (several people may
 * share one address, and behind a proxy everyone does).
 */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = Object.freeze({
  account: Object.freeze({ freeFailures: 3, baseDelayMs: 1_000, lockAfter: 10, lockMs: 15 * MINUTE }),
  address: Object.freeze({ freeFailures: 20, baseDelayMs: 1_000, lockAfter: 100, lockMs: 15 * MINUTE }),
});

export const FRESH: ThrottleState = Object.freeze({ failures: 0, lastFailureAt: null, blockedUntil: null });

/**
 * The state as it stands at `now`: failures `lockMs` old are forgotten (any
 * wait they caused, at most `lockMs` long, is over by then).
 */
export function current(state: ThrottleState, rule: ThrottleRule, now: number): ThrottleState {
  if (state.lastFailureAt === null || now - state.lastFailureAt >= rule.lockMs) return FRESH;
  return state;
}

/** How long an attempt must still wait (ms; 0 when it may go ahead). */
export function waitFor(state: ThrottleState, now: number): number {
  return state.blockedUntil !== null && state.blockedUntil > now ? state.blockedUntil - now : 0;
}

export function isLocked(state: ThrottleState, rule: ThrottleRule): boolean {
  return state.failures >= rule.lockAfter;
}

/** How long the attempt after `failures` failures must wait. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures >= rule.lockAfter) return rule.lockMs;
  if (failures <= rule.freeFailures) return 0;
  return Math.min(rule.baseDelayMs * 2 ** (failures - rule.freeFailures - 1), rule.lockMs);
}

/** The state once one more failure is counted at `now`. */
export function withFailure(state: ThrottleState, rule: ThrottleRule, now: number): ThrottleState {
  const failures = current(state, rule, now).failures + 1;
  const delay = delayAfter(failures, rule);
  return { failures, lastFailureAt: now, blockedUntil: delay > 0 ? now + delay : null };
}

/** The state once the failure counted for an attempt that then succeeded is given back. */
export function withoutFailure(state: ThrottleState, rule: ThrottleRule, now: number): ThrottleState {
  const failures = Math.max(current(state, rule, now).failures - 1, 0);
  if (failures === 0) return FRESH;
  const delay = delayAfter(failures, rule);
  return { failures, lastFailureAt: state.lastFailureAt, blockedUntil: delay > 0 ? (state.lastFailureAt ?? now) + delay : null };
}
