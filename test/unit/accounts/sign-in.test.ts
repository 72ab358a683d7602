import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { PasswordHasher } from '../../../api/accounts/password-hash.js';
import { DEFAULT_SESSION_SETTINGS } from '../../../api/accounts/session-settings.js';
import { csrfTokenFor, hashSessionToken } from '../../../api/accounts/session-token.js';
import { SignInService, throttleId, type SignInOutcome } from '../../../api/accounts/sign-in.js';
import { DEFAULT_THROTTLE_POLICY } from '../../../api/accounts/sign-in-throttle.js';
import { ManualClock, SignInStoresFake } from '../../helpers/sign-in-stores.fake.js';

/** A hasher that counts what it was asked, at a cheap cost. */
class CountingHasher extends PasswordHasher {
  readonly asked: string[] = [];
  constructor() {
    super({ logN: 10, r: 8, p: 1 });
  }
  override async verify(password: string, stored: string) {
    this.asked.push('verify');
    return super.verify(password, stored);
  }
  override async verifyNothing(password: string) {
    this.asked.push('verifyNothing');
    return super.verifyNothing(password);
  }
}

const PASSWORD = 'mật khẩu của biên tập viên';
const ADDRESS = '203.0.113.7';

describe('signing in', () => {
  let stores: SignInStoresFake;
  let hasher: CountingHasher;
  let clock: ManualClock;
  let service: SignInService;
  beforeEach(async () => {
    stores = new SignInStoresFake();
    hasher = new CountingHasher();
    clock = new ManualClock();
    service = new SignInService(stores, hasher, DEFAULT_THROTTLE_POLICY, DEFAULT_SESSION_SETTINGS, clock.now);
    stores.accountsByName.set('editor.one', { id: 'acc-000000000001', userName: 'editor.one', displayName: 'Biên tập viên', role: 'editor', passwordHash: await hasher.hash(PASSWORD), disabled: false });
  });

  const attempt = (userName: unknown, password: unknown) => service.signIn({ userName, password, address: ADDRESS });

  it('signs in with the right password, whatever the case of the name, and stores only the token’s hash', async () => {
    const outcome = await attempt(' Editor.One ', PASSWORD.normalize('NFD'));
    assert.equal(outcome.kind, 'signed-in');
    const { token, csrfToken, sessionId, account } = outcome as Extract<SignInOutcome, { kind: 'signed-in' }>;
    assert.deepEqual(account, { id: 'acc-000000000001', userName: 'editor.one', displayName: 'Biên tập viên', role: 'editor' });
    assert.equal(csrfToken, csrfTokenFor(token));
    assert.deepEqual([...stores.sessionRows.entries()], [[hashSessionToken(token), { id: sessionId, accountId: 'acc-000000000001', createdAt: clock.ms, lastSeenAt: clock.ms }]]);
    assert.deepEqual([...stores.counters.keys()], [], 'no counter is left behind by a success');
  });

  it('answers an unknown name and a wrong password alike, after the same hashing work', async () => {
    assert.deepEqual(await attempt('editor.one', 'not the password at all'), { kind: 'failed' });
    assert.deepEqual(await attempt('nobody.here', 'not the password at all'), { kind: 'failed' });
    assert.deepEqual(await attempt('x', 'a name that cannot exist'), { kind: 'failed' });
    assert.deepEqual(hasher.asked, ['verify', 'verifyNothing', 'verifyNothing']);
    assert.equal(stores.sessionRows.size, 0);
  });

  it('counts failures per name and per address, and slows the fourth failure’s next attempt by a second', async () => {
    for (let i = 0; i < 4; i++) assert.deepEqual(await attempt('editor.one', `wrong password ${i}`), { kind: 'failed' });
    assert.deepEqual(stores.counters.get(throttleId('account', 'editor.one')), { failures: 4, lastFailureAt: clock.ms, blockedUntil: clock.ms + 1_000 });
    assert.deepEqual(stores.counters.get(throttleId('address', ADDRESS)), { failures: 4, lastFailureAt: clock.ms, blockedUntil: null });
    hasher.asked.length = 0;
    assert.deepEqual(await attempt('editor.one', PASSWORD), { kind: 'throttled', retryAfterMs: 1_000, locked: false });
    assert.deepEqual(hasher.asked, [], 'a throttled attempt checks no password');
    clock.advance(1_000);
    assert.equal((await attempt('editor.one', PASSWORD)).kind, 'signed-in');
    assert.equal(stores.counters.has(throttleId('account', 'editor.one')), false, 'the name starts over');
    assert.deepEqual(stores.counters.get(throttleId('address', ADDRESS))?.failures, 4, 'the address keeps its failures');
  });

  it('locks a name for 15 minutes from the tenth failure, right password or not, unknown name or not', async () => {
    for (const name of ['editor.one', 'nobody.here']) {
      for (let i = 0; i < 10; i++) {
        const outcome = await attempt(name, `wrong password ${i}`);
        assert.deepEqual(outcome, { kind: 'failed' }, `${name} attempt ${i + 1}`);
        clock.advance(32_000);
      }
      clock.advance(-32_000);
      assert.deepEqual(await attempt(name, PASSWORD), { kind: 'throttled', retryAfterMs: 15 * 60_000, locked: true }, name);
      clock.advance(15 * 60_000);
    }
    assert.equal((await attempt('editor.one', PASSWORD)).kind, 'signed-in');
  });

  it('tells a disabled account so only after its right password', async () => {
    stores.accountsByName.get('editor.one')!.disabled = true;
    assert.deepEqual(await attempt('editor.one', 'not the password at all'), { kind: 'failed' });
    assert.deepEqual(await attempt('editor.one', PASSWORD), { kind: 'disabled' });
    assert.equal(stores.sessionRows.size, 0);
  });

  it('refuses what could never sign in without counting it', async () => {
    assert.deepEqual(await attempt(undefined, PASSWORD), { kind: 'invalid', message: 'userName and password must be given as text.' });
    assert.deepEqual(await attempt('editor.one', 42), { kind: 'invalid', message: 'userName and password must be given as text.' });
    assert.deepEqual(await attempt('editor.one', 'x'.repeat(129)), { kind: 'invalid', message: 'A password is at most 128 characters.' });
    assert.deepEqual([hasher.asked, stores.counters.size], [[], 0]);
  });

  it('rehashes a password stored at an older cost once it is proved', async () => {
    const old = await new PasswordHasher({ logN: 11, r: 8, p: 1 }).hash(PASSWORD);
    stores.accountsByName.get('editor.one')!.passwordHash = old;
    assert.equal((await attempt('editor.one', PASSWORD)).kind, 'signed-in');
    const now = stores.accountsByName.get('editor.one')!.passwordHash;
    assert.match(now, /^\$scrypt\$ln=10,r=8,p=1\$/);
    assert.equal(await hasher.verify(PASSWORD, now), true);
  });
});
