import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A session is named by a token of 32 random bytes (base64url, 43 characters)
 * that only the browser holds, in its cookie. The database keeps its SHA-256
 * (256 random bits need no slow hash: there is nothing to guess), so reading
 * the database gives no one a usable session.
 *
 * The CSRF token is an HMAC of the session token: the server derives it from
 * the cookie on each request instead of storing it, it changes with every
 * session, and it cannot be computed from anything the database holds.
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const CSRF = /^[A-Za-z0-9_-]{43}$/;

export interface NewSessionToken {
  /** The session's id (not secret), for the database and the logs. */
  id: string;
  token: string;
  tokenHash: string;
}

export function newSessionToken(): NewSessionToken {
  const token = randomBytes(32).toString('base64url');
  return { id: `ses-${randomUUID()}`, token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isSessionToken(value: string): boolean {
  return TOKEN.test(value);
}

/** The session's CSRF token, which the explorer sends as the X-CSRF-Token header with every write. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('dvk-graph csrf v1', 'utf8').digest('base64url');
}

/** Does the header carry the session's CSRF token? Compared in constant time. */
export function csrfMatches(sessionToken: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !CSRF.test(header)) return false;
  return timingSafeEqual(Buffer.from(csrfTokenFor(sessionToken)), Buffer.from(header));
}
