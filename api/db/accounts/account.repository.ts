import type { ManagedTransaction } from 'neo4j-driver';
import { writeAuditEntry } from '../audit/audit.writes.js';
import type { AuditActor } from '../audit/audit-record.js';
import type { Executor } from '../executor.js';
import { plain } from '../mapping.js';

/** An account as lists and the audit trail show it: never its password hash. */
export interface StoredAccount {
  id: string;
  userName: string;
  displayName: string;
  role: string;
  createdAt: string;
  disabledAt: string | null;
  passwordChangedAt: string;
}

/** What a sign-in needs: the account and its password hash. */
export interface AccountCredentials {
  id: string;
  userName: string;
  displayName: string;
  role: string;
  passwordHash: string;
  disabled: boolean;
}

const VIEW = 'a {.id, .userName, .displayName, .role, .createdAt, .disabledAt, .passwordChangedAt}';

const CREATE = `CREATE (a:UserAccount {id: $id, userName: $userName, displayName: $displayName, role: $role,
  passwordHash: $passwordHash, createdAt: datetime(), passwordChangedAt: datetime()})
RETURN ${VIEW} AS account`;
const CREDENTIALS = `MATCH (a:UserAccount {userName: $userName})
RETURN a.id AS id, a.userName AS userName, a.displayName AS displayName, a.role AS role, a.passwordHash AS passwordHash, a.disabledAt IS NOT NULL AS disabled`;
const LIST = `MATCH (a:UserAccount) RETURN ${VIEW} AS account ORDER BY a.userName`;
// Each change takes the account's write lock first (the SET), then reads what it was, so two at once queue.
const LOCK = `MATCH (a:UserAccount {userName: $userName}) SET a.__lock = true REMOVE a.__lock RETURN ${VIEW} AS account`;
const DISABLE = `MATCH (a:UserAccount {userName: $userName}) SET a.disabledAt = coalesce(a.disabledAt, datetime()) RETURN ${VIEW} AS account`;
const ENABLE = `MATCH (a:UserAccount {userName: $userName}) REMOVE a.disabledAt RETURN ${VIEW} AS account`;
const SET_PASSWORD = `MATCH (a:UserAccount {userName: $userName}) SET a.passwordHash = $passwordHash, a.passwordChangedAt = datetime() RETURN ${VIEW} AS account`;
// Replaces a hash made at an older scrypt cost, at a sign-in that proved the password; only if it is still that hash.
const REHASH = 'MATCH (a:UserAccount {id: $id}) WHERE a.passwordHash = $previous SET a.passwordHash = $passwordHash';
const END_SESSIONS = 'MATCH (s:UserSession {accountId: $accountId}) DELETE s RETURN count(s) AS ended';

export type AccountChange = 'disableAccount' | 'enableAccount' | 'resetPassword';

/**
 * People's accounts in Neo4j (`UserAccount`). The password is stored only as
 * its scrypt hash (api/accounts/password-hash.ts), which no read but the
 * sign-in's returns. Every change is audited in its own transaction; disabling
 * an account and resetting its password end all its sessions in the same one.
 */
export class AccountRepository {
  constructor(private readonly executor: Executor) {}

  async create(account: { id: string; userName: string; displayName: string; role: string; passwordHash: string }, actor: AuditActor): Promise<StoredAccount> {
    return this.executor.writeTransaction(async (tx) => {
      const stored = accountOf((await tx.run(CREATE, account)).records[0]!.get('account'));
      await audit(tx, 'createAccount', actor, stored.id, null, stored);
      return stored;
    });
  }

  async credentials(userName: string): Promise<AccountCredentials | null> {
    const rows = await this.executor.read<AccountCredentials>(CREDENTIALS, { userName });
    return rows[0] ?? null;
  }

  async list(): Promise<StoredAccount[]> {
    const rows = await this.executor.read<{ account: unknown }>(LIST);
    return rows.map((r) => accountOf(r.account));
  }

  /** Disables or enables an account, or sets its password; null when no account has the user name. */
  async change(userName: string, change: AccountChange, actor: AuditActor, passwordHash?: string): Promise<{ account: StoredAccount; endedSessions: number } | null> {
    return this.executor.writeTransaction(async (tx) => {
      const locked = (await tx.run(LOCK, { userName })).records[0];
      if (!locked) return null;
      const before = accountOf(locked.get('account'));
      const statement = change === 'disableAccount' ? DISABLE : change === 'enableAccount' ? ENABLE : SET_PASSWORD;
      const after = accountOf((await tx.run(statement, { userName, passwordHash: passwordHash ?? null })).records[0]!.get('account'));
      const endedSessions = change === 'enableAccount' ? 0 : Number((await tx.run(END_SESSIONS, { accountId: after.id })).records[0]!.get('ended'));
      await audit(tx, change, actor, after.id, before, after);
      return { account: after, endedSessions };
    });
  }

  async rehash(id: string, previous: string, passwordHash: string): Promise<void> {
    await this.executor.write(REHASH, { id, previous, passwordHash });
  }
}

function accountOf(value: unknown): StoredAccount {
  const row = plain(value) as StoredAccount;
  return { ...row, disabledAt: row.disabledAt ?? null };
}

async function audit(tx: ManagedTransaction, operation: string, actor: AuditActor, id: string, before: StoredAccount | null, after: StoredAccount): Promise<void> {
  await writeAuditEntry(tx, { operation, actor, requestId: null, entityIds: [id], sourceIds: [], changes: [{ kind: 'node', label: 'UserAccount', id, before: before && { ...before }, after: { ...after } }] });
}
