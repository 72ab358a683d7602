import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorOf, checkRead, checkRole, hashSecret, newKeySecret, secretFromHeader } from '../../api/auth/index.js';
import { ApiKeyVerifier, type ActiveKeyLookup } from '../../api/auth/key-verifier.js';

/** A key store in memory that counts its lookups. */
class KeyStoreFake implements ActiveKeyLookup {
  lookups = 0;
  readonly keys = new Map<string, { id: string; name: string; role: string }>();
  async activeKeyByHash(hash: string) {
    this.lookups += 1;
    return this.keys.get(hash) ?? null;
  }
}

describe('API key secrets', () => {
  it('are 256-bit random, stored as their SHA-256 hash', () => {
    const a = newKeySecret();
    const b = newKeySecret();
    assert.match(a.secret, /^dvk_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a.secret, b.secret);
    assert.equal(a.hash, hashSecret(a.secret));
    assert.match(a.hash, /^[0-9a-f]{64}$/);
    assert.match(a.id, /^key-[0-9a-f]{12}$/);
  });

  it('are read from a Bearer header; anything else is reported, not ignored', () => {
    const { secret } = newKeySecret();
    assert.equal(secretFromHeader(undefined), null);
    assert.deepEqual(secretFromHeader(`Bearer ${secret}`), { secret });
    assert.deepEqual(secretFromHeader(`bearer  ${secret} `), { secret });
    assert.ok('error' in (secretFromHeader('Basic abc') ?? {}));
    assert.ok('error' in (secretFromHeader('Bearer abc') ?? {}));
  });
});

describe('the key verifier', () => {
  const key = newKeySecret();
  const store = () => {
    const fake = new KeyStoreFake();
    fake.keys.set(key.hash, { id: key.id, name: 'Ban Dân vận', role: 'editor' });
    return fake;
  };

  it('turns a valid key into its viewer, and no header into an anonymous one', async () => {
    const verifier = new ApiKeyVerifier(store());
    assert.deepEqual(await verifier.viewerFor(`Bearer ${key.secret}`), { kind: 'key', keyId: key.id, name: 'Ban Dân vận', role: 'editor' });
    assert.deepEqual(await verifier.viewerFor(undefined), { kind: 'anonymous' });
    assert.equal((await verifier.viewerFor(`Bearer ${newKeySecret().secret}`)).kind, 'invalid');
  });

  it('asks the store once per key within the cache time, and again after it', async () => {
    let now = 0;
    const fake = store();
    const verifier = new ApiKeyVerifier(fake, 5_000, () => now);
    await verifier.viewerFor(`Bearer ${key.secret}`);
    await verifier.viewerFor(`Bearer ${key.secret}`);
    assert.equal(fake.lookups, 1);
    fake.keys.delete(key.hash); // revoked
    now = 4_999;
    assert.equal((await verifier.viewerFor(`Bearer ${key.secret}`)).kind, 'key', 'still cached');
    now = 5_000;
    assert.equal((await verifier.viewerFor(`Bearer ${key.secret}`)).kind, 'invalid', 'revocation takes effect once the entry expires');
    assert.equal(fake.lookups, 2);
  });

  it('asks every time when the cache is off', async () => {
    const fake = store();
    const verifier = new ApiKeyVerifier(fake, 0);
    await verifier.viewerFor(`Bearer ${key.secret}`);
    await verifier.viewerFor(`Bearer ${key.secret}`);
    assert.equal(fake.lookups, 2);
  });
});

describe('roles', () => {
  const viewer = (role: 'viewer' | 'editor' | 'admin') => ({ kind: 'key' as const, keyId: 'key-1', name: 'k', role });
  it('are ordered viewer < editor < admin', () => {
    assert.equal(checkRole(viewer('viewer'), 'editor').allowed, false);
    assert.equal(checkRole(viewer('editor'), 'editor').allowed, true);
    assert.equal(checkRole(viewer('admin'), 'editor').allowed, true);
    assert.equal(checkRole(viewer('editor'), 'admin').allowed, false);
  });
  it('refuse the anonymous as unauthenticated and the small role as forbidden', () => {
    assert.deepEqual([checkRole({ kind: 'anonymous' }, 'viewer')].map((a) => !a.allowed && a.reason), ['unauthenticated']);
    assert.deepEqual([checkRole(viewer('viewer'), 'admin')].map((a) => !a.allowed && a.reason), ['forbidden']);
  });
  it('let anyone read unless reads require a key, and never an invalid key', () => {
    assert.equal(checkRead({ kind: 'anonymous' }, false).allowed, true);
    assert.equal(checkRead({ kind: 'anonymous' }, true).allowed, false);
    assert.equal(checkRead(viewer('viewer'), true).allowed, true);
    assert.equal(checkRead({ kind: 'invalid', reason: 'revoked' }, false).allowed, false);
  });
});

describe('a signed-in person', () => {
  const person = (role: 'viewer' | 'editor' | 'admin') => ({ kind: 'account' as const, accountId: 'acc-000000000001', userName: 'ban.dv', displayName: 'Ban Dân vận', role, sessionId: 'ses-1' });
  it('has the roles a key has, and is named in a refusal by the user name', () => {
    assert.deepEqual(checkRole(person('editor'), 'editor'), { allowed: true });
    assert.deepEqual(checkRole(person('viewer'), 'editor'), { allowed: false, reason: 'forbidden', message: 'This needs the editor role; the account "ban.dv" has the viewer role.' });
    assert.equal(checkRead(person('viewer'), true).allowed, true);
  });
  it('is the actor of the audit trail by account id and user name; a key by key id and name', () => {
    assert.deepEqual(actorOf(person('admin')), { keyId: null, accountId: 'acc-000000000001', name: 'ban.dv', role: 'admin' });
    assert.deepEqual(actorOf({ kind: 'key', keyId: 'key-1', name: 'k', role: 'editor' }), { keyId: 'key-1', accountId: null, name: 'k', role: 'editor' });
    assert.deepEqual(actorOf({ kind: 'anonymous' }), { keyId: null, accountId: null, name: 'anonymous', role: null });
  });
});
