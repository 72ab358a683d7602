import type { SignInStores } from '../../api/accounts/sign-in.js';
import type { AccountCredentials } from '../../api/db/accounts/account.repository.js';
import type { ActiveSession, SessionCutoffs } from '../../api/db/accounts/session.repository.js';
import type { ThrottleRow } from '../../api/db/accounts/sign-in-attempt.repository.js';

/**
 * The sign-in's stores in memory, as api/db/accounts keeps them in Neo4j:
 * accounts by user name, sessions by token hash (with their clock times),
 * counters by id (gone when back at zero). Counts what each was asked.
 */
export class SignInStoresFake implements SignInStores {
  readonly accountsByName = new Map<string, AccountCredentials>();
  readonly sessionRows = new Map<string, { id: string; accountId: string; createdAt: number; lastSeenAt: number }>();
  readonly counters = new Map<string, ThrottleRow>();
  readonly calls = { credentials: 0, rehash: 0, touch: 0 };

  accounts = {
    credentials: async (userName: string) => {
      this.calls.credentials += 1;
      return this.accountsByName.get(userName) ?? null;
    },
    rehash: async (id: string, previous: string, passwordHash: string) => {
      this.calls.rehash += 1;
      for (const account of this.accountsByName.values()) if (account.id === id && account.passwordHash === previous) account.passwordHash = passwordHash;
    },
  };

  sessions = {
    create: async (session: { id: string; tokenHash: string; accountId: string }, now: number) => {
      this.sessionRows.set(session.tokenHash, { id: session.id, accountId: session.accountId, createdAt: now, lastSeenAt: now });
    },
    active: async (tokenHash: string, cutoffs: SessionCutoffs): Promise<ActiveSession | null> => {
      const row = this.sessionRows.get(tokenHash);
      if (!row || row.lastSeenAt < cutoffs.idleSince || row.createdAt < cutoffs.createdSince) return null;
      const account = [...this.accountsByName.values()].find((a) => a.id === row.accountId);
      if (!account || account.disabled) return null;
      return { sessionId: row.id, accountId: account.id, userName: account.userName, displayName: account.displayName, role: account.role, needsTouch: row.lastSeenAt < cutoffs.touchBefore };
    },
    touch: async (id: string, now: number) => {
      this.calls.touch += 1;
      for (const row of this.sessionRows.values()) if (row.id === id && row.lastSeenAt < now) row.lastSeenAt = now;
    },
  };

  attempts = {
    update: async <T>(ids: readonly string[], decide: (states: ThrottleRow[]) => { states: ThrottleRow[] | null; result: T }): Promise<T> => {
      const decision = decide(ids.map((id) => ({ ...(this.counters.get(id) ?? { failures: 0, lastFailureAt: null, blockedUntil: null }) })));
      decision.states?.forEach((state, i) => {
        if (state.failures === 0) this.counters.delete(ids[i]!);
        else this.counters.set(ids[i]!, { ...state });
      });
      return decision.result;
    },
  };
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public ms = Date.UTC(2026, 0, 5, 8, 0, 0)) {}
  readonly now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}
