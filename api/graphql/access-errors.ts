import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkRole, type Access, type Role } from '../auth/index.js';
import type { ApiContext } from '../context.js';

/**
 * A refusal as the error clients get: UNAUTHENTICATED (HTTP 401, with the
 * Bearer challenge) when no usable key was sent, FORBIDDEN (403) when the
 * key's role is too small. Apollo takes the status from `extensions.http` and
 * strips it from the response.
 */
export function accessError(refusal: Exclude<Access, { allowed: true }>): GraphQLError {
  const unauthenticated = refusal.reason === 'unauthenticated';
  return new GraphQLError(refusal.message, {
    extensions: {
      code: unauthenticated ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      http: unauthenticated ? { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } : { status: 403 },
    },
  });
}

/**
 * A mutation sent with the session cookie but without the session's CSRF
 * token: a page of another site may have made the browser send it
 * (docs/decisions/024-accounts-and-sessions.md). FORBIDDEN, HTTP 403, with
 * `reason: CSRF` so that a client can tell it from a role too small.
 */
export function csrfRefusal(): GraphQLError {
  return new GraphQLError('A write made with the session cookie must carry the session\'s CSRF token in the X-CSRF-Token header (the `me` query gives it).', {
    extensions: { code: 'FORBIDDEN', reason: 'CSRF', http: { status: 403 } },
  });
}

/** Every write resolver starts here, before it reads its arguments: a refused request changes nothing. */
export function requireRole(context: ApiContext, role: Role): void {
  const access = checkRole(context.viewer, role);
  if (!access.allowed) throw accessError(access);
}
