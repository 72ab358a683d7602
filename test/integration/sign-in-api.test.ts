// Signing in and out over HTTP (POST /auth/sign-in, /auth/sign-out): the
// cookie, one answer for an unknown name and a wrong password, slowing and
// locking, and every way a session ends: sign-out, idle time, maximum age,
// a disabled account, a new password.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import type { ThrottlePolicy } from '../../api/accounts/sign-in-throttle.js';
import { AccountRepository } from '../../api/db/accounts/account.repository.js';
import { createTestAccounts, graphqlWithSession, postSignIn, postSignOut, removeTestAccounts, signIn, TEST_PASSWORD, type TestAccount } from '../helpers/accounts.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';
import { ManualClock } from '../helpers/sign-in-stores.fake.js';

const ME = '{ me { kind id userName name role } }';
const MINUTE = 60_000;
// A cheaper scrypt than production's (2^14: 16 MiB) for the accounts and the server alike, so both checks cost the same.
const hasher = new PasswordHasher({ logN: 14, r: 8, p: 1 });
const policy: ThrottlePolicy = {
  account: { freeFailures: 3, baseDelayMs: 1_000, lockAfter: 6, lockMs: 15 * MINUTE },
  address: { freeFailures: 12, baseDelayMs: 1_000, lockAfter: 16, lockMs: 15 * MINUTE },
};
const FAILED = { errors: [{ message: 'The user name or the password is wrong.', extensions: { code: 'SIGN_IN_FAILED' } }] };
const throttled = (retryAfterSeconds: number, locked: boolean) => ({
  errors: [{
    message: locked ? `Too many failed sign-ins: signing in is locked for ${retryAfterSeconds} s.` : `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`,
    extensions: { code: 'SIGN_IN_THROTTLED', retryAfterSeconds, locked },
  }],
});

describe('signing in and out', () => {
  let s: MutationSuite;
  let api: RunningApi;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  const clock = new ManualClock(Date.now());
  before(async () => {
    s = await startMutationSuite('signin');
    await removeTestAccounts(s.executor, 'signin');
    accounts = await createTestAccounts(s.executor, 'signin', hasher);
    api = await startApi(s.executor, { signIn: { hasher, throttle: policy, now: clock.now } });
  });
  after(async () => {
    await api?.close();
    await removeTestAccounts(s.executor, 'signin');
    await s?.close();
  });
  beforeEach(() => s.executor.write('MATCH (t:SignInThrottle) DELETE t'));

  it('signs in: the account and a CSRF token in the body, the session in an HttpOnly, SameSite=Strict cookie', async () => {
    const { status, headers, body, setCookie } = await postSignIn(api.url, 'ZZ-SIGNIN-EDITOR', TEST_PASSWORD.normalize('NFD'));
    assert.equal(status, 200);
    assert.deepEqual(body, { account: { id: accounts.editor.id, userName: 'zz-signin-editor', displayName: 'Zz signin editor', role: 'editor' }, csrfToken: body.csrfToken });
    assert.match(body.csrfToken ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(setCookie, { name: 'dvk_session', value: setCookie?.value, path: '/', httpOnly: true, sameSite: 'strict' });
    assert.match(setCookie?.value ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.equal(headers.get('cache-control'), 'no-store');
    // Only the token's hash is stored: neither the token nor the CSRF token is anywhere in the database.
    const rows = await s.executor.read<{ props: Record<string, unknown> }>('MATCH (x:UserSession {accountId: $id}) RETURN properties(x) AS props', { id: accounts.editor.id });
    assert.equal(rows.length, 1);
    assert.deepEqual(Object.keys(rows[0]!.props).sort(), ['accountId', 'createdAt', 'id', 'lastSeenAt', 'tokenHash']);
    const everything = JSON.stringify(await s.executor.read('MATCH (n) RETURN properties(n) AS p'));
    assert.equal(everything.includes(setCookie!.value!), false);
    assert.equal(everything.includes(body.csrfToken!), false);
    const me = await graphqlWithSession(api.url, { cookie: `dvk_session=${setCookie!.value}`, csrfToken: body.csrfToken! }, ME);
    assert.deepEqual(me.body, { data: { me: { kind: 'ACCOUNT', id: accounts.editor.id, userName: 'zz-signin-editor', name: 'Zz signin editor', role: 'editor' } } });
  });

  it('gives the Secure, __Host- cookie when the explorer is served over HTTPS', async () => {
    const secure = await startApi(s.executor, { sessions: { idleTimeoutMs: 8 * 60 * MINUTE, maxAgeMs: 24 * 60 * MINUTE, secureCookie: true }, signIn: { hasher } });
    try {
      const { status, setCookie } = await postSignIn(secure.url, accounts.admin.userName, TEST_PASSWORD);
      assert.equal(status, 200);
      assert.deepEqual(setCookie, { name: '__Host-dvk_session', value: setCookie?.value, path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
    } finally {
      await secure.close();
    }
  });

  // That both cost the same hashing work is test/unit/accounts/sign-in.test.ts's to show, by counting the
  // hashes: a wall-clock ratio here failed on a loaded machine, and timings belong in benchmarks, not tests.
  it('answers an unknown user name and a wrong password alike', async () => {
    for (const [kind, name] of [['unknown', 'zz-signin-nobody'], ['wrong', accounts.editor.userName]] as const) {
      await s.executor.write('MATCH (t:SignInThrottle) DELETE t');
      const { status, body, setCookie } = await postSignIn(api.url, name, 'not the password at all');
      assert.deepEqual([status, body, setCookie], [401, FAILED, null], kind);
    }
  });

  it('slows a name after three failures and locks it after six, known or not, the right password included', async () => {
    const sequence = async (name: string, password: string) => {
      const answers: unknown[] = [];
      const step = async (advance = 0) => {
        clock.advance(advance);
        const { status, body, headers } = await postSignIn(api.url, name, password === TEST_PASSWORD && answers.length < 8 ? 'a wrong password' : password);
        answers.push([status, headers.get('retry-after'), body]);
      };
      for (let i = 0; i < 4; i++) await step(); // 3 free failures, then a fourth that makes the next wait 1 s
      await step(); // too soon
      await step(1_000); // the fifth failure: the next waits 2 s
      await step(2_000); // the sixth: locked 15 minutes
      await step(60_000); // a minute into the lock
      await step(); // the right password (for the account), still locked
      return answers;
    };
    const expected = [
      [401, null, FAILED], [401, null, FAILED], [401, null, FAILED], [401, null, FAILED],
      [429, '1', throttled(1, false)],
      [401, null, FAILED], [401, null, FAILED],
      [429, '840', throttled(840, true)],
      [429, '840', throttled(840, true)],
    ];
    assert.deepEqual(await sequence(accounts.admin.userName, TEST_PASSWORD), expected);
    assert.deepEqual(await sequence('zz-signin-nobody', TEST_PASSWORD), expected, 'an unknown name goes through the same steps');
    clock.advance(15 * MINUTE);
    assert.equal((await postSignIn(api.url, accounts.admin.userName, TEST_PASSWORD)).status, 200, 'the lock ends');
  });

  it('counts attempts made at once through two API servers (as two processes would) one after the other: none slips past the limit', async () => {
    const second = await startApi(s.executor, { signIn: { hasher, throttle: policy, now: clock.now } });
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => postSignIn((i % 2 ? second : api).url, accounts.editor.userName, `wrong password ${i}`)));
      // Three free failures and a fourth (which makes the next wait) are counted, whatever the order; the other four wait.
      assert.deepEqual(answers.map((a) => a.status).sort(), [401, 401, 401, 401, 429, 429, 429, 429]);
      const counters = await s.executor.read<{ failures: number }>('MATCH (t:SignInThrottle) RETURN t.failures AS failures ORDER BY failures');
      assert.deepEqual(counters, [{ failures: 4 }, { failures: 4 }], 'the name and the address each counted four');
    } finally {
      await second.close();
    }
    clock.advance(15 * MINUTE);
  });

  it('ends the session a browser still held when it signs in again', async () => {
    const first = await signIn(api.url, accounts.editor);
    const response = await fetch(`${api.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first.cookie },
      body: JSON.stringify({ userName: accounts.viewer.userName, password: TEST_PASSWORD }),
    });
    assert.equal(response.status, 200);
    assert.deepEqual((await graphqlWithSession(api.url, first, ME)).body, { data: { me: null } });
    await s.executor.write('MATCH (x:UserSession {accountId: $id}) DELETE x', { id: accounts.viewer.id });
  });

  it('shares sessions between API servers: signed in on one, signed out on the other, refused on both at once', async () => {
    const second = await startApi(s.executor, { signIn: { hasher, throttle: policy, now: clock.now } });
    try {
      const session = await signIn(api.url, accounts.editor);
      assert.equal((await graphqlWithSession<{ me: { id: string } }>(second.url, session, ME)).body.data?.me.id, accounts.editor.id);
      assert.equal((await postSignOut(second.url, session)).status, 204);
      assert.deepEqual((await graphqlWithSession(api.url, session, ME)).body, { data: { me: null } });
    } finally {
      await second.close();
    }
  });

  it('locks a client address that tries many names', async () => {
    const answers = [];
    for (let i = 0; i < 17; i++) {
      const { status, body } = await postSignIn(api.url, `zz-signin-guess-${i}`, 'a wrong password');
      answers.push(status === 429 ? [status, (body.errors![0]!.extensions as { locked: boolean }).locked] : [status]);
      clock.advance(40_000);
    }
    assert.deepEqual(answers, [...Array(16).fill([401]), [429, true]]);
    const right = await postSignIn(api.url, accounts.viewer.userName, TEST_PASSWORD);
    assert.equal(right.status, 429, 'a right password from a locked address waits too');
    clock.advance(15 * MINUTE);
  });

  it('refuses what is not a sign-in: another content type, no object, a password longer than any', async () => {
    const post = (body: string, type = 'application/json') => fetch(`${api.url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': type }, body }).then(async (r) => [r.status, await r.json()]);
    const error = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
    assert.deepEqual(await post('userName=a&password=b', 'application/x-www-form-urlencoded'), [415, error('UNSUPPORTED_MEDIA_TYPE', 'Send the user name and password as application/json.')]);
    assert.deepEqual(await post('[1]'), [400, error('BAD_REQUEST', 'The body must be a JSON object with userName and password.')]);
    assert.deepEqual(await post('{"userName":'), [400, error('BAD_REQUEST', 'The request body is not valid JSON.')]);
    assert.deepEqual(await post(JSON.stringify({ userName: accounts.viewer.userName })), [400, error('BAD_REQUEST', 'userName and password must be given as text.')]);
    assert.deepEqual(await post(JSON.stringify({ userName: accounts.viewer.userName, password: 'x'.repeat(129) })), [400, error('BAD_REQUEST', 'A password is at most 128 characters.')]);
    assert.deepEqual(await post(JSON.stringify({ userName: 'x', password: 'y'.repeat(5_000) })), [413, error('PAYLOAD_TOO_LARGE', 'The request body is too large.')]);
  });

  it('signs out: the session is deleted, the cookie cleared, and the old cookie reads as anonymous', async () => {
    const session = await signIn(api.url, accounts.editor);
    assert.deepEqual((await postSignOut(api.url, session, null)).status, 403, 'not without the CSRF token');
    assert.deepEqual((await graphqlWithSession<{ me: unknown }>(api.url, session, ME)).body.data?.me, { kind: 'ACCOUNT', id: accounts.editor.id, userName: 'zz-signin-editor', name: 'Zz signin editor', role: 'editor' });
    const out = await postSignOut(api.url, session);
    assert.deepEqual(out, { status: 204, text: '', setCookie: { name: 'dvk_session', value: '', path: '/', expires: new Date(0), httpOnly: true, sameSite: 'strict' } });
    assert.deepEqual((await graphqlWithSession(api.url, session, ME)).body, { data: { me: null } });
    const write = await graphqlWithSession(api.url, session, 'mutation { createPerson(input: {name: "Zz Signin Nobody", sources: []}) { created } }');
    assert.equal(write.status, 401);
    const left = await s.executor.read('MATCH (x:UserSession {accountId: $id}) RETURN x.id AS id', { id: accounts.editor.id });
    assert.deepEqual(left.length, 1, 'only the first test’s session is left');
  });

  it('ends every session of an account when it is disabled or its password reset', async () => {
    const repository = new AccountRepository(s.executor);
    const cli = { keyId: null, name: 'test:signin', role: null };
    const [first, second] = [await signIn(api.url, accounts.viewer), await signIn(api.url, accounts.viewer)];
    const result = await repository.change(accounts.viewer.userName, 'disableAccount', cli);
    assert.equal(result?.endedSessions, 2);
    for (const session of [first, second]) assert.deepEqual((await graphqlWithSession(api.url, session, ME)).body, { data: { me: null } });
    const disabled = await postSignIn(api.url, accounts.viewer.userName, TEST_PASSWORD);
    assert.deepEqual([disabled.status, disabled.body, disabled.setCookie], [403, { errors: [{ message: 'This account is disabled; an administrator can enable it again.', extensions: { code: 'ACCOUNT_DISABLED' } }] }, null]);
    await repository.change(accounts.viewer.userName, 'enableAccount', cli);
    const third = await signIn(api.url, accounts.viewer);
    const reset = await repository.change(accounts.viewer.userName, 'resetPassword', cli, await hasher.hash('một mật khẩu mới hoàn toàn'));
    assert.equal(reset?.endedSessions, 1);
    assert.deepEqual((await graphqlWithSession(api.url, third, ME)).body, { data: { me: null } });
    assert.equal((await postSignIn(api.url, accounts.viewer.userName, TEST_PASSWORD)).status, 401);
    assert.equal((await postSignIn(api.url, accounts.viewer.userName, 'một mật khẩu mới hoàn toàn')).status, 200);
  });

  it('ends a session at its maximum age, however busy', async () => {
    const aged = await startApi(s.executor, { sessions: { idleTimeoutMs: 8 * 60 * MINUTE, maxAgeMs: 60 * MINUTE, secureCookie: false }, signIn: { hasher, now: clock.now } });
    try {
      const session = await signIn(aged.url, accounts.editor);
      for (let i = 0; i < 6; i++) {
        clock.advance(10 * MINUTE - 1);
        assert.equal((await graphqlWithSession<{ me: unknown }>(aged.url, session, ME)).body.data?.me !== null, true, `after ${(i + 1) * 10} minutes`);
      }
      clock.advance(10);
      assert.deepEqual((await graphqlWithSession(aged.url, session, ME)).body, { data: { me: null } });
    } finally {
      await aged.close();
    }
  });
});

describe('a session left idle', () => {
  let s: MutationSuite;
  let api: RunningApi;
  let account: TestAccount;
  const IDLE_MS = 400;
  before(async () => {
    s = await startMutationSuite('idle');
    await removeTestAccounts(s.executor, 'idle');
    account = (await createTestAccounts(s.executor, 'idle', hasher)).editor;
    // The real clock, with an idle timeout of 400 ms: its last-seen time is written every 40 ms at most.
    api = await startApi(s.executor, { sessions: { idleTimeoutMs: IDLE_MS, maxAgeMs: 60 * MINUTE, secureCookie: false }, signIn: { hasher } });
  });
  after(async () => {
    await api?.close();
    await removeTestAccounts(s.executor, 'idle');
    await s?.close();
  });

  it('lives while used and ends once unused for the idle timeout', async () => {
    const session = await signIn(api.url, account);
    const signedIn = async () => ((await graphqlWithSession<{ me: { userName: string } | null }>(api.url, session, ME)).body.data?.me?.userName ?? null);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let i = 0; i < 4; i++) {
      await pause(IDLE_MS / 2);
      assert.equal(await signedIn(), 'zz-idle-editor', `used every ${IDLE_MS / 2} ms, ${(i + 1) * (IDLE_MS / 2)} ms after sign-in`);
    }
    await pause(IDLE_MS + 100);
    assert.equal(await signedIn(), null);
  });
});
