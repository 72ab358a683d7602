import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNewAccount, isUserName, normalizeUserName, passwordLength, passwordProblem } from '../../../api/accounts/account-rules.js';
import { InputError } from '../../../api/write/input-error.js';

describe('account rules', () => {
  it('user names are 3 to 64 lower-case ASCII letters, digits and . _ -, compared without case', () => {
    assert.equal(normalizeUserName('  Ban.Dan-Van_DT '), 'ban.dan-van_dt');
    for (const ok of ['abc', 'ban.dan.van', 'a1-b2_c3', 'x'.repeat(64)]) assert.equal(isUserName(ok), true, ok);
    for (const bad of ['ab', 'x'.repeat(65), '.abc', 'abc-', 'Abc', 'nguyễn', 'a b c', 'a@b.c', '']) assert.equal(isUserName(bad), false, bad);
  });

  it('passwords are 12 to 128 characters after NFC, one line, and do not contain the user name', () => {
    assert.equal(passwordProblem('mười hai ký!'), null);
    assert.equal(passwordProblem('mười một ký'), 'must be at least 12 characters, got 11');
    assert.equal(passwordProblem('ư'.repeat(128)), null);
    assert.equal(passwordProblem('ư'.repeat(129)), 'must be at most 128 characters, got 129');
    assert.equal(passwordProblem('a long password\nwith a break'), 'must not contain control characters (line breaks, tabs)');
    assert.equal(passwordProblem('my name is bandanvan!', 'BanDanVan'), 'must not contain the user name');
  });

  it('count characters as a person does: code points after NFC, not UTF-16 units or NFD marks', () => {
    const word = 'Nguyễn'.normalize('NFD');
    assert.equal(word.length, 8);
    assert.equal(passwordLength(word), 6);
    assert.equal(passwordLength('😀😀'), 2);
  });

  it('a new account is checked whole: every problem at once, named by field', () => {
    assert.deepEqual(checkNewAccount({ userName: ' Ban.DV ', displayName: '  Ban Dân vận  ', role: 'editor' }), { userName: 'ban.dv', displayName: 'Ban Dân vận', role: 'editor' });
    assert.throws(
      () => checkNewAccount({ userName: 'a', displayName: '', role: 'owner' }),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.deepEqual(error.problems.map((p) => [p.field, p.message]), [
          ['userName', 'must be 3 to 64 lower-case ASCII letters, digits, ".", "_" or "-", starting and ending with a letter or digit'],
          ['displayName', 'must not be empty'],
          ['role', 'must be one of viewer, editor, admin'],
        ]);
        return true;
      },
    );
    assert.throws(() => checkNewAccount({ userName: 'abc', displayName: undefined, role: 'viewer' }), /displayName/);
  });
});
