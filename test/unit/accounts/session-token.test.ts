import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSetCookie } from 'cookie';
import { clearedSessionCookie, sessionCookie, tokenFromCookieHeader } from '../../../api/accounts/session-cookie.js';
import { csrfMatches, csrfTokenFor, hashSessionToken, isSessionToken, newSessionToken } from '../../../api/accounts/session-token.js';

describe('session tokens', () => {
  it('are 32 random bytes, stored as their SHA-256 hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    assert.match(a.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(a.token, 'base64url').length, 32);
    assert.notEqual(a.token, b.token);
    assert.equal(a.tokenHash, hashSessionToken(a.token));
    assert.match(a.tokenHash, /^[0-9a-f]{64}$/);
    assert.match(a.id, /^ses-[0-9a-f-]{36}$/);
    assert.equal(isSessionToken(a.token), true);
    assert.equal(isSessionToken(`${a.token}x`), false);
  });

  it('each have their own CSRF token, which only that token’s holder can compute', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    const csrf = csrfTokenFor(a.token);
    assert.match(csrf, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(csrfTokenFor(a.token), csrf, 'stable for the session');
    assert.notEqual(csrfTokenFor(b.token), csrf);
    assert.notEqual(csrf, a.tokenHash);
    assert.equal(csrfMatches(a.token, csrf), true);
    for (const header of [undefined, '', csrfTokenFor(b.token), `${csrf} `, [csrf, csrf], csrf.slice(1)]) assert.equal(csrfMatches(a.token, header), false, String(header));
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Strict, Path=/, without Max-Age or Domain', () => {
    assert.deepEqual(parseSetCookie(sessionCookie('T'.repeat(43), false)), { name: 'dvk_session', value: 'T'.repeat(43), httpOnly: true, sameSite: 'strict', path: '/' });
    assert.equal(sessionCookie('abc', false), 'dvk_session=abc; Path=/; HttpOnly; SameSite=Strict');
  });

  it('is Secure, with the __Host- prefix, when the explorer is served over HTTPS', () => {
    assert.equal(sessionCookie('abc', true), '__Host-dvk_session=abc; Path=/; HttpOnly; Secure; SameSite=Strict');
    assert.equal(clearedSessionCookie(true), '__Host-dvk_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict');
  });

  it('is read from the Cookie header by its name alone', () => {
    assert.equal(tokenFromCookieHeader(undefined, false), null);
    assert.equal(tokenFromCookieHeader('theme=dark', false), null);
    assert.equal(tokenFromCookieHeader('theme=dark; dvk_session=abc; x=1', false), 'abc');
    assert.equal(tokenFromCookieHeader('dvk_session=abc', true), null, 'a Secure deployment reads only the __Host- cookie');
    assert.equal(tokenFromCookieHeader('dvk_session=plain; __Host-dvk_session=secure', true), 'secure');
  });
});
