import type { Executor } from '../executor.js';

/** One counter of failed sign-ins, as api/accounts/sign-in-throttle.ts reasons about it. */
export interface ThrottleRow {
  failures: number;
  lastFailureAt: number | null;
  blockedUntil: number | null;
}

// MERGE on the uniquely constrained id takes the node's write lock (or waits for a concurrent
// creator's), and the SET of a marker takes it on a node that exists: attempts on one counter queue.
const LOCK = `UNWIND $ids AS id
MERGE (t:SignInThrottle {id: id})
ON CREATE SET t.failures = 0
SET t.__lock = true REMOVE t.__lock
RETURN t.id AS id, t.failures AS failures, t.lastFailureAt AS lastFailureAt, t.blockedUntil AS blockedUntil`;
// A counter back at zero is deleted: the label holds only counters that count.
const STORE = `UNWIND $rows AS row
MATCH (t:SignInThrottle {id: row.id})
FOREACH (_ IN CASE WHEN row.failures = 0 THEN [1] ELSE [] END | DELETE t)
FOREACH (_ IN CASE WHEN row.failures > 0 THEN [1] ELSE [] END |
  SET t.failures = row.failures, t.lastFailureAt = row.lastFailureAt, t.blockedUntil = row.blockedUntil)`;

/**
 * The failed-sign-in counters (`SignInThrottle`), one per user name and one per
 * client address, each id a hash of what it counts (so the names people mistype,
 * sometimes their password, are not stored). `update` reads the counters and
 * writes their new state in one write transaction, holding their locks, so
 * attempts from every API process are counted one after the other.
 */
export class SignInAttemptRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Locks the counters `ids` (creating those that do not exist), gives their
   * states to `decide`, and stores the states it returns (in the same order), or
   * nothing when it returns null. Returns what `decide` returned.
   */
  async update<T>(ids: readonly string[], decide: (states: ThrottleRow[]) => { states: ThrottleRow[] | null; result: T }): Promise<T> {
    return this.executor.writeTransaction(async (tx) => {
      const records = (await tx.run(LOCK, { ids })).records;
      const byId = new Map(records.map((r) => [r.get('id') as string, { failures: Number(r.get('failures')), lastFailureAt: r.get('lastFailureAt') as number | null, blockedUntil: r.get('blockedUntil') as number | null }]));
      const decision = decide(ids.map((id) => byId.get(id)!));
      const rows = ids.map((id, i) => {
        const state = (decision.states ?? ids.map((key) => byId.get(key)!))[i]!;
        return { id, ...state };
      });
      // Counters created only to be read go again when nothing was counted on them.
      await tx.run(STORE, { rows });
      return decision.result;
    });
  }
}
