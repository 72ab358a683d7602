import type { Role } from './roles.js';

/**
 * Who is asking:
 * - `anonymous`: no Authorization header and no live session;
 * - `key`: a valid, unrevoked API key (a program);
 * - `account`: a person signed in to the explorer, by the session cookie
 *   (docs/decisions/024-accounts-and-sessions.md);
 * - `invalid`: an Authorization header was sent but names no usable key
 *   (malformed, unknown or revoked). Such a request is refused outright rather
 *   than served as anonymous, so a client with a revoked key learns it at once.
 *   A cookie naming no live session is not this: the browser reads on as
 *   anonymous, and the explorer's `me` query shows it signed out.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'key'; keyId: string; name: string; role: Role }
  | { kind: 'account'; accountId: string; userName: string; displayName: string; role: Role; sessionId: string }
  | { kind: 'invalid'; reason: string };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/**
 * The actor an audit entry records: the API key (its id and name), or the
 * person's account (its id and user name), with the role it wrote with.
 */
export interface Actor {
  keyId: string | null;
  accountId: string | null;
  name: string;
  role: Role | null;
}

export function actorOf(viewer: Viewer): Actor {
  if (viewer.kind === 'key') return { keyId: viewer.keyId, accountId: null, name: viewer.name, role: viewer.role };
  if (viewer.kind === 'account') return { keyId: null, accountId: viewer.accountId, name: viewer.userName, role: viewer.role };
  return { keyId: null, accountId: null, name: viewer.kind, role: null };
}
