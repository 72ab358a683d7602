import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHash, parseHash, PasswordHasher, RECOMMENDED_COST } from '../../../api/accounts/password-hash.js';

// A cheap cost for the tests of behaviour; one test hashes at the recommended cost.
const cheap = new PasswordHasher({ logN: 10, r: 8, p: 1 });

describe('password hashes', () => {
  it('are scrypt in the PHC string format, with a fresh salt each time', async () => {
    const a = await cheap.hash('một mật khẩu đủ dài');
    const b = await cheap.hash('một mật khẩu đủ dài');
    assert.match(a, /^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.notEqual(a, b, 'salted');
    const parsed = parseHash(a)!;
    assert.deepEqual(parsed.cost, { logN: 10, r: 8, p: 1 });
    assert.deepEqual([parsed.salt.length, parsed.key.length], [16, 32]);
    assert.equal(formatHash(parsed.cost, parsed.salt, parsed.key), a);
  });

  it('verify the password they were made from, and no other', async () => {
    const stored = await cheap.hash('correct horse battery staple');
    assert.equal(await cheap.verify('correct horse battery staple', stored), true);
    assert.equal(await cheap.verify('correct horse battery stapl', stored), false);
    assert.equal(await cheap.verify('Correct horse battery staple', stored), false);
    assert.equal(await cheap.verify('', stored), false);
  });

  it('treat the NFC and NFD spellings of a password as the same password', async () => {
    const nfc = 'mật khẩu tiếng Việt'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    assert.notEqual(nfc, nfd);
    const stored = await cheap.hash(nfd);
    assert.equal(await cheap.verify(nfc, stored), true);
  });

  it('verify against the cost stored with the hash, whatever the hasher’s own', async () => {
    const older = await new PasswordHasher({ logN: 11, r: 8, p: 1 }).hash('a password of old');
    assert.equal(await cheap.verify('a password of old', older), true);
    assert.equal(cheap.isOutdated(older), true);
    assert.equal(cheap.isOutdated(await cheap.hash('x'.repeat(12))), false);
  });

  it('refuse stored values that are not a hash, or ask for a cost out of bounds', async () => {
    const valid = await cheap.hash('another long password');
    for (const stored of ['', 'plain text', valid.replace('ln=10', 'ln=30'), valid.replace('r=8', 'r=99'), valid.replace('$scrypt$', '$argon2id$')]) {
      assert.equal(parseHash(stored), null, stored);
      assert.equal(await cheap.verify('another long password', stored), false, stored);
    }
  });

  it('use the OWASP cost by default: N = 2^17, r = 8, p = 1 (128 MiB)', async () => {
    const hasher = new PasswordHasher();
    assert.deepEqual(hasher.cost, RECOMMENDED_COST);
    assert.deepEqual(RECOMMENDED_COST, { logN: 17, r: 8, p: 1 });
    const started = performance.now();
    const stored = await hasher.hash('the first admin’s passphrase');
    const ms = performance.now() - started;
    assert.match(stored, /^\$scrypt\$ln=17,r=8,p=1\$/);
    // Memory-hard work takes real time: well over the few milliseconds of a fast hash.
    assert.ok(ms > 50, `a hash at N=2^17 took ${ms.toFixed(0)} ms`);
    assert.equal(await hasher.verify('the first admin’s passphrase', stored), true);
  });

  it('spend the same work on an unknown user as on a wrong password (verifyNothing is always false)', async () => {
    assert.equal(await cheap.verifyNothing('anything at all'), false);
  });
});
