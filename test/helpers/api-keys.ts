import { newKeySecret, type Role } from '../../api/auth/index.js';
import { ApiKeyRepository } from '../../api/db/auth/api-key.repository.js';
import type { Executor } from '../../api/db/executor.js';

export interface TestKey {
  id: string;
  name: string;
  secret: string;
}

/**
 * API keys for one suite: one per role, plus one revoked. Each suite names its
 * keys with its own prefix and removes them (and the audit entries they and
 * its writes left) when done, so suites never see each other's keys.
 */
export async function createTestKeys(executor: Executor, suite: string) {
  const repository = new ApiKeyRepository(executor);
  const actor = { keyId: null, name: `test:${suite}`, role: null };
  const make = async (role: Role, name: string): Promise<TestKey> => {
    const key = newKeySecret();
    await repository.create({ id: key.id, name, role, hash: key.hash }, actor);
    return { id: key.id, name, secret: key.secret };
  };
  const keys = {
    viewer: await make('viewer', `${suite} viewer`),
    editor: await make('editor', `${suite} editor`),
    admin: await make('admin', `${suite} admin`),
    revoked: await make('admin', `${suite} revoked`),
  };
  await repository.revoke(keys.revoked.id, actor);
  return keys;
}

/** Removes a suite's keys and every audit entry its keys (or its key management) wrote. */
export async function removeTestKeys(executor: Executor, suite: string): Promise<void> {
  await executor.write(
    `MATCH (k:ApiKey) WHERE k.name STARTS WITH $prefix
     OPTIONAL MATCH (a:AuditEntry) WHERE a.actorKeyId = k.id OR k.id IN a.entityIds
     DETACH DELETE a, k`,
    { prefix: `${suite} ` },
  );
  await executor.write('MATCH (a:AuditEntry {actorName: $actor}) DELETE a', { actor: `test:${suite}` });
}
