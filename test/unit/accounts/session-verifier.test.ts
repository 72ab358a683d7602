import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { SessionVerifier } from '../../../api/accounts/session-verifier.js';
import { touchIntervalMs, type SessionSettings } from '../../../api/accounts/session-settings.js';
import { csrfTokenFor, newSessionToken } from '../../../api/accounts/session-token.js';
import { ManualClock, SignInStoresFake } from '../../helpers/sign-in-stores.fake.js';

const HOUR = 3_600_000;
const settings: SessionSettings = { idleTimeoutMs: 8 * HOUR, maxAgeMs: 24 * HOUR, secureCookie: false };

describe('the session verifier', () => {
  let stores: SignInStoresFake;
  let clock: ManualClock;
  let verifier: SessionVerifier;
  const session = newSessionToken();
  const cookie = `dvk_session=${session.token}`;
  beforeEach(async () => {
    stores = new SignInStoresFake();
    clock = new ManualClock();
    verifier = new SessionVerifier(stores.sessions, settings, clock.now);
    stores.accountsByName.set('admin.one', { id: 'acc-0000000000aa', userName: 'admin.one', displayName: 'Quản trị', role: 'admin', passwordHash: '', disabled: false });
    await stores.sessions.create({ id: session.id, tokenHash: session.tokenHash, accountId: 'acc-0000000000aa' }, clock.ms);
  });

  it('turns the cookie of a live session into the person, with the session’s CSRF token', async () => {
    const csrf = csrfTokenFor(session.token);
    assert.deepEqual(await verifier.sessionFor(cookie, csrf), {
      viewer: { kind: 'account', accountId: 'acc-0000000000aa', userName: 'admin.one', displayName: 'Quản trị', role: 'admin', sessionId: session.id },
      csrf: { token: csrf, verified: true },
    });
    assert.deepEqual((await verifier.sessionFor(cookie, undefined))?.csrf, { token: csrf, verified: false });
  });

  it('knows no session for no cookie, a malformed one, or an unknown token', async () => {
    for (const header of [undefined, 'theme=dark', 'dvk_session=short', `dvk_session=${newSessionToken().token}`]) assert.equal(await verifier.sessionFor(header, undefined), null, header);
  });

  it('ends a session left idle for the timeout; activity within it keeps the session alive', async () => {
    clock.advance(8 * HOUR - 1);
    assert.notEqual(await verifier.sessionFor(cookie, undefined), null);
    clock.advance(8 * HOUR - 1);
    assert.notEqual(await verifier.sessionFor(cookie, undefined), null, 'the request before moved its last-seen time');
    clock.advance(8 * HOUR + 1);
    assert.equal(await verifier.sessionFor(cookie, undefined), null);
  });

  it('ends a session at its maximum age however busy', async () => {
    for (let hours = 0; hours < 23; hours += 1) {
      clock.advance(HOUR);
      assert.notEqual(await verifier.sessionFor(cookie, undefined), null);
    }
    clock.advance(HOUR + 1);
    assert.equal(await verifier.sessionFor(cookie, undefined), null);
  });

  it('writes the last-seen time at most once a touch interval', async () => {
    assert.equal(touchIntervalMs(settings), 60_000);
    assert.equal(touchIntervalMs({ ...settings, idleTimeoutMs: 500 }), 50);
    for (let i = 0; i < 5; i++) {
      clock.advance(20_000);
      await verifier.sessionFor(cookie, undefined);
    }
    assert.equal(stores.calls.touch, 1, 'touched at 60 s, not at 20, 40, 80 or 100');
  });

  it('knows no session of a disabled account', async () => {
    stores.accountsByName.get('admin.one')!.disabled = true;
    assert.equal(await verifier.sessionFor(cookie, undefined), null);
  });
});
