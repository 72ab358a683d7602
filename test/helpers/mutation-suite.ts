import type { Driver } from 'neo4j-driver';
import { rebuildModelScope } from '../../api/db/scope/model-scope.js';
import type { Executor } from '../../api/db/executor.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi, type ApiOptions, type GraphQLBody, type RunningApi } from './api-server.js';
import { createTestKeys, removeTestKeys, type TestKey } from './api-keys.js';
import { createTestDriver, createTestExecutor } from './database.js';
import { ensureSeeded } from './seeded.js';

/** A seed source every suite may cite without changing it. */
export const SEED_SOURCE = 'src-000-tong-ket-dvcq-2020';
export const SEED_SOURCE_ID = toGlobalId('Source', SEED_SOURCE);

export type Caller = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<{ status: number; body: GraphQLBody<T> }>;

export interface MutationSuite {
  driver: Driver;
  executor: Executor;
  api: RunningApi;
  keys: { viewer: TestKey; editor: TestKey; admin: TestKey; revoked: TestKey };
  /** Requests with the suite's key of a role; `anonymous` sends none. */
  as: Record<'anonymous' | 'viewer' | 'editor' | 'admin' | 'revoked', Caller>;
  close(): Promise<void>;
}

/**
 * What a suite that writes through the API needs: the seeded test database,
 * the real server, and a key per role. Everything the suite writes carries
 * `zz-<suite>` in its id (entities are named "Zz <Suite> …"), and close()
 * removes it with the role observations and audit entries it left, so the seed
 * and the other suites see the database as it was.
 */
export async function startMutationSuite(suite: string, options: ApiOptions = {}): Promise<MutationSuite> {
  const driver = createTestDriver();
  const executor = createTestExecutor(driver);
  let keys: MutationSuite['keys'];
  let api: RunningApi;
  try {
    await ensureSeeded(executor);
    await removeSuiteData(executor, suite);
    keys = await createTestKeys(executor, suite);
    api = await startApi(executor, options);
  } catch (error) {
    // The suite's `after` has no suite to close: an open driver would keep the test file's process alive forever.
    await driver.close();
    throw error;
  }
  const caller = (secret: string | null): Caller => async (query, variables) => {
    const { status, body } = await api.graphqlAs(secret, query, variables);
    return { status, body: body as never };
  };
  return {
    driver,
    executor,
    api,
    keys,
    as: {
      anonymous: caller(null),
      viewer: caller(keys.viewer.secret),
      editor: caller(keys.editor.secret),
      admin: caller(keys.admin.secret),
      revoked: caller(keys.revoked.secret),
    },
    async close() {
      await api.close();
      await removeSuiteData(executor, suite);
      await removeTestKeys(executor, suite);
      await driver.close();
    },
  };
}

export async function removeSuiteData(executor: Executor, suite: string): Promise<void> {
  const marker = `zz-${suite}`;
  // Observations have hashed ids: they go with the person or organisation they belong to.
  await executor.write(
    `MATCH (n)-[:HAS_ROLE|IN_ORGANIZATION|AT_EVENT]-(ro:RoleObservation) WHERE n.id CONTAINS $marker AND NOT n:AuditEntry DETACH DELETE ro`,
    { marker },
  );
  await executor.write('MATCH (n) WHERE n.id CONTAINS $marker AND NOT n:AuditEntry AND NOT n:ApiKey DETACH DELETE n', { marker });
  await executor.write('MATCH (a:AuditEntry) WHERE any(id IN a.entityIds WHERE id CONTAINS $marker) DELETE a', { marker });
  // Deleted without the API, the suite's places leave the stored scope of models they led to behind (decision 032).
  await rebuildModelScope(executor);
}

/** The first error's code and field, for assertions. */
export function errorOf(body: GraphQLBody<unknown>): { code: unknown; field: unknown; message: string } {
  const e = body.errors?.[0];
  return { code: e?.extensions?.code, field: e?.extensions?.field, message: e?.message ?? '' };
}
