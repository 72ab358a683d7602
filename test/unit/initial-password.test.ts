import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newInitialPassword, setInitialPasswordArgs } from '../../scripts/neo4j/initial-password.js';

describe('the initial password of a local instance', () => {
  it('is 36 hex characters, so never an argument that starts with a dash', () => {
    const seen = new Set<string>();
    // With base64url, about 1 password in 64 started with "-"; 2,000 draws would find one.
    for (let i = 0; i < 2000; i++) {
      const password = newInitialPassword();
      assert.match(password, /^[0-9a-f]{36}$/);
      seen.add(password);
    }
    assert.equal(seen.size, 2000);
  });

  it('is passed after "--", so that no password is read as an option', () => {
    assert.deepEqual(setInitialPasswordArgs('-x'), ['dbms', 'set-initial-password', '--', '-x']);
  });
});
