import { randomUUID } from 'node:crypto';
import type { SessionVerifier } from './accounts/session-verifier.js';
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
  /** Who is asking: the API key of the Authorization header, else the person of the session cookie, else anonymous. */
  viewer: Viewer;
  /**
   * For a signed-in person: the session's CSRF token (the `me` query gives it
   * to the explorer) and whether this request carried it in X-CSRF-Token; the
   * access plugin refuses a mutation without it. Null for keys and anonymous
   * requests, which no browser sends on its own.
   */
  csrf: { token: string; verified: boolean } | null;
  /** Reads need a key too (READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
  /** What write operations need: the request's executor and the actor the audit trail records. */
  write: WriteDeps;
}

export interface AuthSettings {
  verifier: ApiKeyVerifier;
  sessions: SessionVerifier;
  readsRequireKey: boolean;
}

/** What the context reads of the request's headers. */
export interface RequestCredentials {
  authorization?: string;
  cookie?: string;
  csrfToken?: string | string[];
}

/** Who a request is, from its key or its session, and the session's CSRF state. */
export interface Credentialed {
  viewer: Viewer;
  csrf: ApiContext['csrf'];
}

/** A key speaks for a program and wins over any cookie; a session is looked up only without one. */
export async function credentialed(auth: AuthSettings, { authorization, cookie, csrfToken }: RequestCredentials): Promise<Credentialed> {
  const viewer = await auth.verifier.viewerFor(authorization);
  if (viewer.kind === 'anonymous') {
    const session = await auth.sessions.sessionFor(cookie, csrfToken);
    if (session) return session;
  }
  return { viewer, csrf: null };
}

export function createContextFactory(executor: Executor, auth: AuthSettings) {
  // `checked`: who the HTTP layer already found the request to be (to size its body), reused rather than looked up again.
  return async ({ operationName, checked, ...credentials }: { operationName?: string | null; checked?: Promise<Credentialed> } & RequestCredentials = {}): Promise<ApiContext> => {
    const requestId = randomUUID();
    const queryCount = new QueryCount();
    const requestExecutor = executor.withMetadata({ app: 'dvk-graph', requestId, operation: operationName ?? null }, queryCount, {
      // The loads of one level of the operation leave as one statement.
      coalesceReads: true,
    });
    const repositories = createRepositories(requestExecutor);
    const { viewer, csrf } = await (checked ?? credentialed(auth, credentials));
    return {
      requestId,
      queryCount,
      repositories,
      loaders: createLoaders(repositories),
      viewer,
      csrf,
      readsRequireKey: auth.readsRequireKey,
      write: { executor: requestExecutor, actor: actorOf(viewer), requestId },
    };
  };
}
