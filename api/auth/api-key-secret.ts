import { createHash, randomBytes } from 'node:crypto';

/**
 * API key secrets: `dvk_` and 32 random bytes in base64url (256 bits, so a
 * fast hash is enough: there is nothing to brute-force). Only the SHA-256 hash
 * is stored; the secret is shown once, when the key is created.
 */
const SECRET = /^dvk_[A-Za-z0-9_-]{43}$/;

export interface NewKeySecret {
  /** The key's public id (`key-…`), shown in lists and audit entries. */
  id: string;
  /** The secret the client sends; never stored. */
  secret: string;
  hash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newKeySecret(): NewKeySecret {
  const secret = `dvk_${randomBytes(32).toString('base64url')}`;
  return { id: `key-${randomBytes(6).toString('hex')}`, secret, hash: hashSecret(secret) };
}

/**
 * The secret an Authorization header carries: null without a header, an error
 * message when the header is not `Bearer <secret>` of the right form (so a
 * typo is reported rather than silently served as anonymous).
 */
export function secretFromHeader(header: string | undefined): { secret: string } | { error: string } | null {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) return { error: 'The Authorization header must be "Bearer <API key>".' };
  if (!SECRET.test(match[1]!)) return { error: 'The API key is malformed.' };
  return { secret: match[1]! };
}
