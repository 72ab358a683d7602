import { parseSetCookie, type SetCookie } from 'cookie';
import type { PasswordHasher } from '../../api/accounts/password-hash.js';
import { newAccountId } from '../../api/accounts/sign-in.js';
import type { Role } from '../../api/auth/index.js';
import { AccountRepository } from '../../api/db/accounts/account.repository.js';
import type { Executor } from '../../api/db/executor.js';
import type { GraphQLBody } from './api-server.js';

export interface TestAccount {
  id: string;
  userName: string;
  password: string;
}

/** The password every test account gets: long enough, and with Vietnamese letters so NFC matters. */
export const TEST_PASSWORD = 'Mật khẩu thử nghiệm dài';

/**
 * Accounts for one suite: one per role. User names start with `zz-<suite>-`;
 * removeTestAccounts deletes them with their sessions, the audit entries
 * about them or by them, and every sign-in counter (suites run one at a time).
 */
export async function createTestAccounts(executor: Executor, suite: string, hasher: PasswordHasher): Promise<Record<Role, TestAccount>> {
  const repository = new AccountRepository(executor);
  const actor = { keyId: null, name: `test:${suite}`, role: null };
  const passwordHash = await hasher.hash(TEST_PASSWORD);
  const make = async (role: Role): Promise<TestAccount> => {
    const userName = `zz-${suite}-${role}`;
    const stored = await repository.create({ id: newAccountId(), userName, displayName: `Zz ${suite} ${role}`, role, passwordHash }, actor);
    return { id: stored.id, userName, password: TEST_PASSWORD };
  };
  return { viewer: await make('viewer'), editor: await make('editor'), admin: await make('admin') };
}

export async function removeTestAccounts(executor: Executor, suite: string): Promise<void> {
  await executor.write(
    `MATCH (a:UserAccount) WHERE a.userName STARTS WITH $prefix
     OPTIONAL MATCH (s:UserSession {accountId: a.id})
     OPTIONAL MATCH (e:AuditEntry) WHERE e.actorAccountId = a.id OR a.id IN e.entityIds
     DETACH DELETE s, e, a`,
    { prefix: `zz-${suite}-` },
  );
  await executor.write('MATCH (e:AuditEntry {actorName: $actor}) DELETE e', { actor: `test:${suite}` });
  await executor.write('MATCH (t:SignInThrottle) DELETE t');
}

export interface SignInResponse {
  status: number;
  headers: Headers;
  body: { account?: Record<string, unknown>; csrfToken?: string } & GraphQLBody<never>;
  /** The Set-Cookie header, parsed; null when there was none. */
  setCookie: SetCookie | null;
}

export async function postSignIn(url: string, userName: unknown, password: unknown): Promise<SignInResponse> {
  const response = await fetch(`${url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName, password }) });
  const raw = response.headers.get('set-cookie');
  return { status: response.status, headers: response.headers, body: (await response.json()) as SignInResponse['body'], setCookie: raw ? parseSetCookie(raw) : null };
}

/** A signed-in browser as far as HTTP goes: the cookie it holds and the CSRF token the explorer keeps. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(url: string, account: TestAccount): Promise<Session> {
  const { status, body, setCookie } = await postSignIn(url, account.userName, account.password);
  if (status !== 200 || !setCookie || !body.csrfToken) throw new Error(`sign-in of ${account.userName} failed: ${status} ${JSON.stringify(body)}`);
  return { cookie: `${setCookie.name}=${setCookie.value}`, csrfToken: body.csrfToken };
}

/** A GraphQL request as the explorer sends it: the cookie, and the CSRF token unless `csrf` says otherwise. */
export async function graphqlWithSession<T>(url: string, session: Session | null, query: string, variables: Record<string, unknown> = {}, csrf: string | null | undefined = session?.csrfToken) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) headers.cookie = session.cookie;
  if (csrf) headers['x-csrf-token'] = csrf;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

export async function postSignOut(url: string, session: Session, csrf: string | null = session.csrfToken) {
  const response = await fetch(`${url}/auth/sign-out`, { method: 'POST', headers: { cookie: session.cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) } });
  const raw = response.headers.get('set-cookie');
  return { status: response.status, setCookie: raw ? parseSetCookie(raw) : null, text: await response.text() };
}
