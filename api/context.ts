import { randomUUID } from 'node:crypto';
import type { Executor, QueryObserver } from './db/executor.js';
import { createRepositories, type Repositories } from './db/repositories.js';
import { createLoaders, type Loaders } from './loaders/index.js';

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
}

export function createContextFactory(executor: Executor) {
  return async ({ operationName }: { operationName?: string | null } = {}): Promise<ApiContext> => {
    const requestId = randomUUID();
    const queryCount = new QueryCount();
    const requestExecutor = executor.withMetadata({ app: 'dvk-graph', requestId, operation: operationName ?? null }, queryCount);
    const repositories = createRepositories(requestExecutor);
    return { requestId, queryCount, repositories, loaders: createLoaders(repositories) };
  };
}
