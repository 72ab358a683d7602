import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { current, DEFAULT_THROTTLE_POLICY, delayAfter, FRESH, isLocked, waitFor, withFailure, withoutFailure, type ThrottleState } from '../../../api/accounts/sign-in-throttle.js';

const rule = DEFAULT_THROTTLE_POLICY.account;
const MINUTE = 60_000;

/** The state after `n` failures a second apart, starting at t = 0, each made as soon as it was allowed. */
function failures(n: number): { state: ThrottleState; at: number } {
  let state = FRESH;
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = Math.max(at + 1_000, state.blockedUntil ?? 0);
    state = withFailure(state, rule, at);
  }
  return { state, at };
}

describe('sign-in throttling', () => {
  it('an account: three free failures, then 1 s, 2 s, 4 s … and a 15-minute lock from the tenth', () => {
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, rule)),
      [0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 15 * MINUTE, 15 * MINUTE, 15 * MINUTE],
    );
    assert.deepEqual(DEFAULT_THROTTLE_POLICY.address, { freeFailures: 20, baseDelayMs: 1_000, lockAfter: 100, lockMs: 15 * MINUTE });
  });

  it('makes the attempt after a failure wait for its delay, and no longer', () => {
    const { state, at } = failures(5);
    assert.deepEqual(state, { failures: 5, lastFailureAt: at, blockedUntil: at + 2_000 });
    assert.equal(waitFor(state, at + 500), 1_500);
    assert.equal(waitFor(state, at + 2_000), 0);
    assert.equal(isLocked(state, rule), false);
  });

  it('locks from the tenth failure, and forgets every failure 15 minutes after the last', () => {
    const { state, at } = failures(10);
    assert.deepEqual(state, { failures: 10, lastFailureAt: at, blockedUntil: at + 15 * MINUTE });
    assert.equal(isLocked(state, rule), true);
    assert.equal(waitFor(state, at + 15 * MINUTE - 1), 1);
    assert.deepEqual(current(state, rule, at + 15 * MINUTE - 1), state);
    assert.deepEqual(current(state, rule, at + 15 * MINUTE), FRESH);
    assert.deepEqual(withFailure(state, rule, at + 15 * MINUTE), { failures: 1, lastFailureAt: at + 15 * MINUTE, blockedUntil: null });
  });

  it('gives back the failure counted for an attempt that then succeeded', () => {
    assert.deepEqual(withoutFailure(withFailure(FRESH, rule, 5), rule, 6), FRESH);
    const { state, at } = failures(5);
    const counted = withFailure(state, rule, at + 2_000);
    assert.deepEqual(withoutFailure(counted, rule, at + 2_001), { failures: 5, lastFailureAt: at + 2_000, blockedUntil: at + 4_000 });
  });
});
