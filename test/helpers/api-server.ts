import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { ServerDeps } from '../../api/server.js';
import type { Executor } from '../../api/db/executor.js';
import { watchDatabase } from '../../api/db/readiness.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { createServer } from '../../api/server.js';

export interface RunningApi {
  url: string;
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ status: number; body: GraphQLBody<T> }>;
  /** The same request with an API key (`Authorization: Bearer <secret>`), or any other headers. */
  graphqlAs<T = unknown>(secret: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody<T>; headers: Headers }>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

/** The real server (Apollo, routes, plugins) on an ephemeral port of 127.0.0.1. */
export interface ApiOptions {
  development?: boolean;
  logger?: Logger;
  readsRequireKey?: boolean;
  authCacheTtlMs?: number;
  /** Session timeouts and the cookie's Secure flag (the defaults when omitted). */
  sessions?: ServerDeps['sessions'];
  /** A cheaper hash, a faster throttle, a clock the test moves. */
  signIn?: ServerDeps['signIn'];
}

export async function startApi(executor: Executor, options: ApiOptions = {}): Promise<RunningApi> {
  // As main.ts serves: behind the breaker, with readiness from the background probe.
  const database = watchDatabase(executor, readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0);
  await database.health.start();
  const server = createServer({
    schema: buildSchema(),
    executor: database.executor,
    readiness: database.readiness,
    logger: options.logger ?? pino({ level: process.env.TEST_API_LOG_LEVEL ?? 'silent' }),
    development: options.development ?? false,
    introspection: true,
    readsRequireKey: options.readsRequireKey ?? false,
    authCacheTtlMs: options.authCacheTtlMs ?? 5_000,
    sessions: options.sessions,
    signIn: options.signIn,
  });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, operationName?: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
    },
    async graphqlAs<T>(secret: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<T>, headers: response.headers };
    },
    close: async () => {
      database.health.stop();
      await server.apollo.stop();
    },
  };
}
