import type { Executor } from '../executor.js';

/** A live session with the account it belongs to, as each signed-in request needs it. */
export interface ActiveSession {
  sessionId: string;
  accountId: string;
  userName: string;
  displayName: string;
  role: string;
  /** The session was last seen before the touch cutoff: record this request as its activity. */
  needsTouch: boolean;
}

/** Instants as epoch milliseconds of the API process's clock (injectable in tests). */
export interface SessionCutoffs {
  /** Sessions last seen before this are idle-expired. */
  idleSince: number;
  /** Sessions created before this are past their absolute lifetime. */
  createdSince: number;
  /** Sessions last seen before this get their lastSeenAt moved to now. */
  touchBefore: number;
}

// Numbers arrive as floats (lossless integers are off): toInteger makes them the integer epochMillis needs.
const at = (param: string) => `datetime({epochMillis: toInteger($${param})})`;

// A disabled account's sessions are deleted when it is disabled; the account check here covers a
// session created in the instant before, and any written by other means.
const ACTIVE = `MATCH (s:UserSession {tokenHash: $tokenHash})
WHERE s.lastSeenAt >= ${at('idleSince')} AND s.createdAt >= ${at('createdSince')}
MATCH (a:UserAccount {id: s.accountId})
WHERE a.disabledAt IS NULL
RETURN s.id AS sessionId, a.id AS accountId, a.userName AS userName, a.displayName AS displayName, a.role AS role,
  s.lastSeenAt < ${at('touchBefore')} AS needsTouch`;
// Only forward: two processes touching at once cannot move it back.
const TOUCH = `MATCH (s:UserSession {id: $id}) WHERE s.lastSeenAt < ${at('now')} SET s.lastSeenAt = ${at('now')}`;
const CREATE = `CREATE (s:UserSession {id: $id, tokenHash: $tokenHash, accountId: $accountId, createdAt: ${at('now')}, lastSeenAt: ${at('now')}})`;
// Swept at each sign-in, a bounded batch at a time: an expired session is refused anyway, this only keeps the label small.
const SWEEP = `MATCH (s:UserSession)
WHERE s.lastSeenAt < ${at('idleSince')} OR s.createdAt < ${at('createdSince')}
WITH s LIMIT 500
DELETE s`;
const END = 'MATCH (s:UserSession {tokenHash: $tokenHash}) WITH s, s.accountId AS accountId DELETE s RETURN accountId';

/**
 * Sessions in Neo4j (`UserSession`): the SHA-256 of the token, the account's
 * id, when it was created and last seen. Expiry is decided at each lookup from
 * the cutoffs given, so a changed timeout applies at once to every session.
 */
export class SessionRepository {
  constructor(private readonly executor: Executor) {}

  async active(tokenHash: string, cutoffs: SessionCutoffs): Promise<ActiveSession | null> {
    const rows = await this.executor.read<ActiveSession>(ACTIVE, { tokenHash, ...cutoffs });
    return rows[0] ?? null;
  }

  async touch(id: string, now: number): Promise<void> {
    await this.executor.write(TOUCH, { id, now });
  }

  /** Stores a new session, and sweeps expired ones in the same transaction. */
  async create(session: { id: string; tokenHash: string; accountId: string }, now: number, expired: Omit<SessionCutoffs, 'touchBefore'>): Promise<void> {
    await this.executor.writeTransaction(async (tx) => {
      await tx.run(SWEEP, expired);
      await tx.run(CREATE, { ...session, now });
    });
  }

  /** Ends the session a token names; the account it belonged to, or null when there was none. */
  async end(tokenHash: string): Promise<string | null> {
    const rows = await this.executor.write<{ accountId: string }>(END, { tokenHash });
    return rows[0]?.accountId ?? null;
  }
}
