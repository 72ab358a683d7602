import { hashSecret, secretFromHeader } from './api-key-secret.js';
import { isRole, type Role } from './roles.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

/** The stored key a hash names, when it exists and is not revoked. */
export interface ActiveKeyLookup {
  activeKeyByHash(hash: string): Promise<{ id: string; name: string; role: string } | null>;
}

/** Entries kept at most; enough for every client of a registry, small enough never to matter. */
const MAX_ENTRIES = 1_000;

/**
 * Turns an Authorization header into a Viewer. Answers are cached per process
 * for `ttlMs` (default 5 s), keyed by the secret's hash, so a burst of requests
 * costs one lookup; the price is that a revoked key keeps working for at most
 * `ttlMs` in each API process. Unknown keys are cached too, so guessing costs
 * the database nothing extra. `ttlMs = 0` turns the cache off.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { viewer: Viewer; expires: number }>();

  constructor(
    private readonly keys: ActiveKeyLookup,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  async viewerFor(authorization: string | undefined): Promise<Viewer> {
    const parsed = secretFromHeader(authorization);
    if (parsed === null) return ANONYMOUS;
    if ('error' in parsed) return { kind: 'invalid', reason: parsed.error };
    const hash = hashSecret(parsed.secret);
    const cached = this.cache.get(hash);
    if (cached && cached.expires > this.now()) return cached.viewer;
    const key = await this.keys.activeKeyByHash(hash);
    const viewer: Viewer =
      key && isRole(key.role)
        ? { kind: 'key', keyId: key.id, name: key.name, role: key.role as Role }
        : { kind: 'invalid', reason: 'The API key is unknown or has been revoked.' };
    if (this.ttlMs > 0) {
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(hash, { viewer, expires: this.now() + this.ttlMs });
    }
    return viewer;
  }
}
