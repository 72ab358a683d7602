import { parse, serialize } from 'cookie';

/**
 * The session cookie: `HttpOnly` (no script reads it, so an injected one cannot
 * steal it), `SameSite=Strict` (no other site's page makes the browser send it),
 * `Path=/`, no `Domain` (this host only). With `Secure` (the explorer is served
 * over HTTPS) its name takes the `__Host-` prefix, which browsers accept only
 * from a secure origin, with `Path=/` and no `Domain`: a sibling subdomain or a
 * plain-HTTP page cannot plant one. No `Max-Age`: the cookie lives as long as
 * the browser session, and the server decides when the session ends.
 */
export const COOKIE_NAME = 'dvk_session';
export const SECURE_COOKIE_NAME = '__Host-dvk_session';

export function cookieName(secure: boolean): string {
  return secure ? SECURE_COOKIE_NAME : COOKIE_NAME;
}

export function sessionCookie(token: string, secure: boolean): string {
  return serialize(cookieName(secure), token, { httpOnly: true, sameSite: 'strict', path: '/', secure });
}

/** Tells the browser to drop the cookie (sign-out, or a cookie naming no session). */
export function clearedSessionCookie(secure: boolean): string {
  return serialize(cookieName(secure), '', { httpOnly: true, sameSite: 'strict', path: '/', secure, expires: new Date(0) });
}

/**
 * The session token a Cookie header carries, or null. The header is parsed only
 * when it names the cookie, so requests without one (every program's, and
 * every anonymous reader's) pay a substring search and nothing else.
 */
export function tokenFromCookieHeader(header: string | undefined, secure: boolean): string | null {
  const name = cookieName(secure);
  if (header === undefined || !header.includes(name)) return null;
  return parse(header)[name] ?? null;
}
