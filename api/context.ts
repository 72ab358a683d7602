import { randomUUID } from 'node:crypto';
import type { ApiKeyVerifier } from './auth/key-verifier.js';
import { actorOf, type Viewer } from './auth/viewer.js';
import type { Executor, QueryObserver } from './db/executor.js';
import { createRepositories, type Repositories } from './db/repositories.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { WriteDeps } from './write/write-deps.js';

/** Counts the Cypher round trips of one request (logged, and asserted by tests). */
export class QueryCount implements QueryObserver {
  count = 0;
  onQuery(): void {
    this.count += 1;
  }
}

/** What every resolver receives: fresh loaders per request, so caches never leak between users. */
export interface ApiContext {
  requestId: string;
  queryCount: QueryCount;
  repositories: Repositories;
  loaders: Loaders;
  /** Who is asking, from the Authorization header. */
  viewer: Viewer;
  /** Reads need a key too (READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
  /** What write operations need: the request's executor and the actor the audit trail records. */
  write: WriteDeps;
}

export interface AuthSettings {
  verifier: ApiKeyVerifier;
  readsRequireKey: boolean;
}

export function createContextFactory(executor: Executor, auth: AuthSettings) {
  // `viewer`: the key check the HTTP layer already started for this request (to size its body), reused rather than repeated.
  return async ({ operationName, authorization, viewer: checked }: { operationName?: string | null; authorization?: string; viewer?: Promise<Viewer> } = {}): Promise<ApiContext> => {
    const requestId = randomUUID();
    const queryCount = new QueryCount();
    const requestExecutor = executor.withMetadata({ app: 'dvk-graph', requestId, operation: operationName ?? null }, queryCount, {
      // The loads of one level of the operation leave as one statement.
      coalesceReads: true,
    });
    const repositories = createRepositories(requestExecutor);
    const viewer = await (checked ?? auth.verifier.viewerFor(authorization));
    return {
      requestId,
      queryCount,
      repositories,
      loaders: createLoaders(repositories),
      viewer,
      readsRequireKey: auth.readsRequireKey,
      write: { executor: requestExecutor, actor: actorOf(viewer), requestId },
    };
  };
}
