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

/** Every write resolver starts here, before it reads its arguments: a refused request changes nothing. */
export function requireRole(context: ApiContext, role: Role): void {
  const access = checkRole(context.viewer, role);
  if (!access.allowed) throw accessError(access);
}
