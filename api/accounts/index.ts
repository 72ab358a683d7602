/**
 * Accounts for people: signing in to the explorer, sessions, and what guards
 * them (docs/decisions/024-accounts-and-sessions.md). Programs keep using API
 * keys (api/auth); a person gets the same roles, viewer < editor < admin, and
 * every write made with a session is audited under the person's account.
 *
 * How it fits together
 *
 *   npm run users -- create …      scripts/users.ts: makes an account (the first admin too),
 *                                  the password asked for with the echo off or piped on stdin
 *   POST /auth/sign-in             api/http/auth-routes.ts → SignInService.signIn → a session
 *                                  row in Neo4j, its token in the `dvk_session` cookie
 *   any request with the cookie    api/context.ts → SessionVerifier.sessionFor → the viewer
 *                                  `{ kind: 'account' }` and the session's CSRF token
 *   a mutation with the cookie     api/graphql/plugins/access.ts: refused (403, reason CSRF)
 *                                  unless X-CSRF-Token carries the session's CSRF token
 *   query { me { … csrfToken } }   who is signed in; the explorer keeps the token for writes
 *   POST /auth/sign-out            deletes the session row, clears the cookie
 *
 * The files
 *
 *   account-rules.ts       user names (lower-case ASCII, 3–64), display names, passwords
 *                          (12–128 characters after NFC, one line, not containing the name)
 *   password-hash.ts       scrypt, N = 2^17, r = 8, p = 1 (128 MiB) in the PHC string format,
 *                          so each hash carries its cost; `verifyNothing` for unknown names
 *   work-gate.ts           at most two hashes at once per process, 32 waiting, the rest refused
 *   sign-in-throttle.ts    the pure rules of slowing and locking failed sign-ins
 *   client-address.ts      the address attempts are counted under (IPv6 by its /64)
 *   sign-in.ts             SignInService: count, check, give back, create the session
 *   session-token.ts       32 random bytes per session, stored as SHA-256; the CSRF token,
 *                          an HMAC of the session token
 *   session-cookie.ts      HttpOnly, SameSite=Strict, Path=/; Secure and `__Host-` over HTTPS
 *   session-settings.ts    idle timeout (8 h), maximum age (24 h), how often last-seen is written
 *   session-verifier.ts    cookie → person, one indexed read per signed-in request, no cache
 *
 * Where the data lives: Neo4j, so every API process behind a load balancer
 * shares it (api/db/accounts/, migration 007): `UserAccount` (the scrypt hash,
 * never read but by the sign-in), `UserSession` (the token's hash, the
 * account's id, created and last seen), `SignInThrottle` (failure counters,
 * their ids hashes of the name or address counted). They are operational labels
 * of model/labels.ts: joined to nothing, never exported.
 *
 * Guarantees
 *
 * - An unknown user name and a wrong password get the same answer (401
 *   SIGN_IN_FAILED) after the same work: the same database reads and one scrypt
 *   at the same cost; both count against the name and the address alike.
 * - Each attempt is counted before the password is checked, in one transaction
 *   holding the counters' locks, so concurrent attempts cannot slip past the
 *   limits; a right password gives its count back.
 * - A session ends when it is idle for the timeout, at its maximum age, at
 *   sign-out, and when its account is disabled or its password reset (those
 *   delete every session of the account in the same transaction as the change).
 *   Sessions are not cached: the end holds at once in every process.
 * - Nothing in the database lets anyone act as a person: it holds hashes of
 *   passwords and tokens, and the CSRF token is derived from the token alone.
 *
 * No GraphQL here: the GraphQL layer reads the viewer from the context and
 * turns refusals into errors, as for API keys.
 */
export { checkNewAccount, isUserName, normalizeUserName, PASSWORD_MAX, PASSWORD_MIN, passwordProblem, type NewAccount } from './account-rules.js';
export { addressKey } from './client-address.js';
export { PasswordHasher, RECOMMENDED_COST, type ScryptCost } from './password-hash.js';
export { clearedSessionCookie, cookieName, sessionCookie, tokenFromCookieHeader } from './session-cookie.js';
export { DEFAULT_SESSION_SETTINGS, touchIntervalMs, type SessionSettings } from './session-settings.js';
export { csrfMatches, csrfTokenFor, hashSessionToken, isSessionToken, newSessionToken } from './session-token.js';
export { SessionVerifier, type RequestSession } from './session-verifier.js';
export { newAccountId, SignInService, throttleId, type SignedInAccount, type SignInOutcome } from './sign-in.js';
export { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy, type ThrottleRule } from './sign-in-throttle.js';
export { GateFullError, WorkGate } from './work-gate.js';
