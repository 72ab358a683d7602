import { createHash, randomBytes } from 'node:crypto';
import type { AccountCredentials } from '../db/accounts/account.repository.js';
import type { SessionRepository } from '../db/accounts/session.repository.js';
import type { ThrottleRow } from '../db/accounts/sign-in-attempt.repository.js';
import { isRole, type Role } from '../auth/roles.js';
import { isUserName, normalizeUserName, PASSWORD_MAX, passwordLength } from './account-rules.js';
import type { PasswordHasher } from './password-hash.js';
import type { SessionSettings } from './session-settings.js';
import { csrfTokenFor, newSessionToken } from './session-token.js';
import { isLocked, waitFor, withFailure, withoutFailure, current, type ThrottlePolicy, type ThrottleRule, type ThrottleState } from './sign-in-throttle.js';

/** What the sign-in needs of the database (the repositories of api/db/accounts, or fakes in unit tests). */
export interface SignInStores {
  accounts: {
    credentials(userName: string): Promise<AccountCredentials | null>;
    rehash(id: string, previous: string, passwordHash: string): Promise<void>;
  };
  sessions: Pick<SessionRepository, 'create'>;
  attempts: { update<T>(ids: readonly string[], decide: (states: ThrottleRow[]) => { states: ThrottleRow[] | null; result: T }): Promise<T> };
}

export interface SignedInAccount {
  id: string;
  userName: string;
  displayName: string;
  role: Role;
}

export type SignInOutcome =
  | { kind: 'signed-in'; account: SignedInAccount; sessionId: string; token: string; csrfToken: string }
  /** Unknown user name or wrong password: the same answer, after the same work. */
  | { kind: 'failed' }
  | { kind: 'throttled'; retryAfterMs: number; locked: boolean }
  /** The right password of a disabled account. */
  | { kind: 'disabled' }
  /** Not a request that could ever sign in (no user name, a password longer than any account's). */
  | { kind: 'invalid'; message: string };

export interface SignInRequest {
  userName: unknown;
  password: unknown;
  /** The counter key of the client's address (client-address.ts). */
  address: string;
}

/** A counter's id: a hash of what it counts, so mistyped names (sometimes passwords) are not stored. */
export function throttleId(scope: 'account' | 'address', value: string): string {
  return `thr-${createHash('sha256').update(`${scope}\u0000${value}`, 'utf8').digest('hex')}`;
}

// The domain's state and the stored row are the same three fields.
const stateOf = (row: ThrottleRow): ThrottleState => row;

/**
 * Signing in, in four steps:
 * 1. count the attempt as a failure on the user name's and the address's
 *    counters, in one transaction, unless either makes it wait (throttled);
 * 2. check the password against the account's hash, or against nothing at the
 *    same cost when no account has the name;
 * 3. wrong: the failure stays counted, and the answer is the one an unknown
 *    name gets;
 * 4. right: the failure is given back (the name's counter starts over), a
 *    session is stored, and its token goes to the browser.
 */
export class SignInService {
  constructor(
    private readonly stores: SignInStores,
    private readonly hasher: PasswordHasher,
    private readonly policy: ThrottlePolicy,
    private readonly settings: SessionSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async signIn(request: SignInRequest): Promise<SignInOutcome> {
    if (typeof request.userName !== 'string' || typeof request.password !== 'string' || request.userName.length > 200) {
      return { kind: 'invalid', message: 'userName and password must be given as text.' };
    }
    if (passwordLength(request.password) > PASSWORD_MAX) return { kind: 'invalid', message: `A password is at most ${PASSWORD_MAX} characters.` };
    const userName = normalizeUserName(request.userName);
    const password = request.password.normalize('NFC');
    const ids = [throttleId('account', userName), throttleId('address', request.address)];
    const rules = [this.policy.account, this.policy.address];

    const admitted = await this.stores.attempts.update(ids, (rows) => {
      const now = this.now();
      const states = rows.map((row, i) => current(stateOf(row), rules[i]!, now));
      const waits = states.map((s) => waitFor(s, now));
      const retryAfterMs = Math.max(...waits);
      if (retryAfterMs > 0) {
        const locked = states.some((s, i) => waits[i]! > 0 && isLocked(s, rules[i]!));
        return { states: null, result: { kind: 'throttled' as const, retryAfterMs, locked } };
      }
      return { states: states.map((s, i) => withFailure(s, rules[i]!, now)), result: null };
    });
    if (admitted) return admitted;

    const account = isUserName(userName) ? await this.stores.accounts.credentials(userName) : null;
    const right = account ? await this.hasher.verify(password, account.passwordHash) : await this.hasher.verifyNothing(password);
    if (!right || !account || !isRole(account.role)) return { kind: 'failed' };

    await this.stores.attempts.update(ids, (rows) => {
      const now = this.now();
      const given = (rule: ThrottleRule, row: ThrottleRow) => withoutFailure(stateOf(row), rule, now);
      // The name proved its password: its counter starts over; the address's keeps the other failures.
      return { states: [{ failures: 0, lastFailureAt: null, blockedUntil: null }, given(rules[1]!, rows[1]!)], result: null };
    });
    if (account.disabled) return { kind: 'disabled' };
    if (this.hasher.isOutdated(account.passwordHash)) await this.stores.accounts.rehash(account.id, account.passwordHash, await this.hasher.hash(password));

    const session = newSessionToken();
    const now = this.now();
    await this.stores.sessions.create({ id: session.id, tokenHash: session.tokenHash, accountId: account.id }, now, {
      idleSince: now - this.settings.idleTimeoutMs,
      createdSince: now - this.settings.maxAgeMs,
    });
    return {
      kind: 'signed-in',
      account: { id: account.id, userName: account.userName, displayName: account.displayName, role: account.role },
      sessionId: session.id,
      token: session.token,
      csrfToken: csrfTokenFor(session.token),
    };
  }
}

/** A new account id: `acc-` and 12 random hex digits (not secret; shown in lists and the audit trail). */
export function newAccountId(): string {
  return `acc-${randomBytes(6).toString('hex')}`;
}
