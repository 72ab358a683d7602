import { roleAtLeast, type Role } from './roles.js';
import type { Viewer } from './viewer.js';

/** The outcome of an access check; the GraphQL layer turns the refusals into UNAUTHENTICATED / FORBIDDEN. */
export type Access = { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden'; message: string };

const ALLOWED: Access = { allowed: true };

/** May `viewer` do what needs `required`? */
export function checkRole(viewer: Viewer, required: Role): Access {
  if (viewer.kind === 'invalid') return { allowed: false, reason: 'unauthenticated', message: viewer.reason };
  if (viewer.kind === 'anonymous') {
    return { allowed: false, reason: 'unauthenticated', message: `This needs an API key with the ${required} role (Authorization: Bearer <key>), or a signed-in account with it.` };
  }
  if (!roleAtLeast(viewer.role, required)) {
    const who = viewer.kind === 'key' ? `the key "${viewer.name}"` : `the account "${viewer.userName}"`;
    return { allowed: false, reason: 'forbidden', message: `This needs the ${required} role; ${who} has the ${viewer.role} role.` };
  }
  return ALLOWED;
}

/** May `viewer` read? Anyone, unless reads require a key; a request with an unusable key never reads. */
export function checkRead(viewer: Viewer, readsRequireKey: boolean): Access {
  if (viewer.kind === 'invalid') return { allowed: false, reason: 'unauthenticated', message: viewer.reason };
  if (readsRequireKey) return checkRole(viewer, 'viewer');
  return ALLOWED;
}
