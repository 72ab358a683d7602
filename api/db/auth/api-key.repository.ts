import { writeAuditEntry } from '../audit/audit.writes.js';
import type { AuditActor } from '../audit/audit-record.js';
import type { Executor } from '../executor.js';
import { plain } from '../mapping.js';

export interface StoredApiKey {
  id: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

const ACTIVE_BY_HASH = 'MATCH (k:ApiKey {hash: $hash}) WHERE k.revokedAt IS NULL RETURN k.id AS id, k.name AS name, k.role AS role';
const CREATE = 'CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()}) RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key';
const REVOKE = `MATCH (k:ApiKey {id: $id})
WITH k, k {.id, .name, .role, .createdAt, .revokedAt} AS before
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN before, k {.id, .name, .role, .createdAt, .revokedAt} AS key`;
const LIST = 'MATCH (k:ApiKey) RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key ORDER BY k.createdAt, k.id';

/** API keys in Neo4j: only the SHA-256 hash of a secret is stored, never the secret. */
export class ApiKeyRepository {
  constructor(private readonly executor: Executor) {}

  async activeKeyByHash(hash: string): Promise<{ id: string; name: string; role: string } | null> {
    const rows = await this.executor.read<{ id: string; name: string; role: string }>(ACTIVE_BY_HASH, { hash });
    return rows[0] ?? null;
  }

  /** Creates a key and its audit entry in one transaction. */
  async create(key: { id: string; name: string; role: string; hash: string }, actor: AuditActor): Promise<StoredApiKey> {
    return this.executor.writeTransaction(async (tx) => {
      const stored = plain((await tx.run(CREATE, key)).records[0]!.get('key')) as StoredApiKey;
      await writeAuditEntry(tx, { operation: 'createApiKey', actor, requestId: null, entityIds: [key.id], sourceIds: [], changes: [{ kind: 'node', label: 'ApiKey', id: key.id, before: null, after: { ...stored } }] });
      return stored;
    });
  }

  /** Revokes a key (revoking twice keeps the first date); null when no key has the id. */
  async revoke(id: string, actor: AuditActor): Promise<StoredApiKey | null> {
    return this.executor.writeTransaction(async (tx) => {
      const record = (await tx.run(REVOKE, { id })).records[0];
      if (!record) return null;
      const stored = plain(record.get('key')) as StoredApiKey;
      const before = plain(record.get('before')) as Record<string, unknown>;
      await writeAuditEntry(tx, { operation: 'revokeApiKey', actor, requestId: null, entityIds: [id], sourceIds: [], changes: [{ kind: 'node', label: 'ApiKey', id, before, after: { ...stored } }] });
      return stored;
    });
  }

  async list(): Promise<StoredApiKey[]> {
    const rows = await this.executor.read<{ key: Record<string, unknown> }>(LIST);
    return rows.map((r) => plain(r.key) as StoredApiKey);
  }
}
