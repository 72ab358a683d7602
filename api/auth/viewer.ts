import type { Role } from './roles.js';

/**
 * Who is asking, as the request's Authorization header says:
 * - `anonymous`: no header;
 * - `key`: a valid, unrevoked API key;
 * - `invalid`: a header was sent but names no usable key (malformed, unknown
 *   or revoked). Such a request is refused outright rather than served as
 *   anonymous, so a client with a revoked key learns it at once.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'key'; keyId: string; name: string; role: Role }
  | { kind: 'invalid'; reason: string };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/** The actor an audit entry records. */
export interface Actor {
  keyId: string | null;
  name: string;
  role: Role | null;
}

export function actorOf(viewer: Viewer): Actor {
  return viewer.kind === 'key' ? { keyId: viewer.keyId, name: viewer.name, role: viewer.role } : { keyId: null, name: viewer.kind, role: null };
}
