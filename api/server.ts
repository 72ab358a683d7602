import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_SESSION_SETTINGS, DEFAULT_THROTTLE_POLICY, PasswordHasher, SessionVerifier, SignInService, type SessionSettings, type ThrottlePolicy } from './accounts/index.js';
import { ApiKeyVerifier } from './auth/key-verifier.js';
import { roleAtLeast } from './auth/roles.js';
import type { Viewer } from './auth/viewer.js';
import { createContextFactory, credentialed, type ApiContext, type Credentialed } from './context.js';
import { AccountRepository } from './db/accounts/account.repository.js';
import { SessionRepository } from './db/accounts/session.repository.js';
import { SignInAttemptRepository } from './db/accounts/sign-in-attempt.repository.js';
import { ApiKeyRepository } from './db/auth/api-key.repository.js';
import type { Executor } from './db/executor.js';
import { accessPlugin } from './graphql/plugins/access.js';
import { contextFailure, formatError } from './graphql/errors.js';
import { queryLimits } from './graphql/plugins/query-limits.js';
import { requestLogPlugin } from './graphql/plugins/request-log.js';
import { authRoutes } from './http/auth-routes.js';
import { graphqlEndpoint } from './http/graphql-endpoint.js';
import { healthz, readyz, type ReadinessProbe } from './http/health.js';
import { staticSite } from './http/static-site.js';
import type { Logger } from './logger.js';

export interface ServerDeps {
  schema: GraphQLSchema;
  executor: Executor;
  readiness: ReadinessProbe;
  logger: Logger;
  development: boolean;
  introspection: boolean;
  /** Reads need an API key too; false (public reads) when omitted. */
  readsRequireKey?: boolean;
  /** How long a key check is cached (ms); 5 s when omitted, 0 turns the cache off. */
  authCacheTtlMs?: number;
  /** People's sessions: timeouts and the cookie's Secure flag; DEFAULT_SESSION_SETTINGS when omitted. */
  sessions?: SessionSettings;
  /** What tests change of the sign-in: a cheaper hash, a faster throttle, their own clock. */
  signIn?: { hasher?: PasswordHasher; throttle?: ThrottlePolicy; now?: () => number };
}

export interface DvkServer {
  httpServer: http.Server;
  apollo: ApolloServer<ApiContext>;
  /** Starts Apollo and mounts the routes; does not listen, so tests pick their own port. */
  start(): Promise<void>;
}

/** Apollo + routes, without listening (tests reuse it with an ephemeral port). */
export function createServer(deps: ServerDeps): DvkServer {
  const app = express();
  // /graphql is answered on node:http directly; Express serves the rest (http/graphql-endpoint.ts).
  let answerGraphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (answerGraphql && isGraphqlPath(req.url)) answerGraphql(req, res);
    else app(req, res);
  });
  const limits = queryLimits(deps.development);
  const apollo = new ApolloServer<ApiContext>({
    schema: deps.schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: deps.introspection,
    includeStacktraceInErrorResponses: deps.development,
    formatError: formatError(deps.development),
    // Automatic persisted queries are on by default and are not a safelist; nothing here needs them.
    persistedQueries: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: it drains, then closes the driver. Apollo's own
    // handler would race it and re-raise the signal into ours.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The registry sets no cache hints, and the default cache-control plugin wraps every
      // field's resolver to collect them: a few per cent of the API's CPU for nothing.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(deps.logger),
      accessPlugin(),
      ...(limits.plugins as ApolloServerPlugin<ApiContext>[]),
    ],
  });
  // One verifier per process: its short cache is shared by all requests.
  const verifier = new ApiKeyVerifier(new ApiKeyRepository(deps.executor), deps.authCacheTtlMs ?? 5_000);
  const sessionSettings = deps.sessions ?? DEFAULT_SESSION_SETTINGS;
  const now = deps.signIn?.now ?? Date.now;
  const sessionRepository = new SessionRepository(deps.executor);
  const sessions = new SessionVerifier(sessionRepository, sessionSettings, now);
  const signIn = new SignInService(
    { accounts: new AccountRepository(deps.executor), sessions: sessionRepository, attempts: new SignInAttemptRepository(deps.executor) },
    deps.signIn?.hasher ?? new PasswordHasher(),
    deps.signIn?.throttle ?? DEFAULT_THROTTLE_POLICY,
    sessionSettings,
    now,
  );
  const auth = { verifier, sessions, readsRequireKey: deps.readsRequireKey ?? false };
  const contextFor = createContextFactory(deps.executor, auth);
  // Who a request is, found once: before its body is read when the body may be large, and that answer is its context's.
  const checks = new WeakMap<http.IncomingMessage, Promise<Credentialed>>();
  const checkedOf = (req: http.IncomingMessage) => {
    let checked = checks.get(req);
    if (!checked) {
      const { authorization, cookie, 'x-csrf-token': csrfToken } = req.headers;
      checks.set(req, (checked = credentialed(auth, { authorization, cookie, csrfToken })));
    }
    return checked;
  };

  return {
    httpServer,
    apollo,
    async start() {
      await apollo.start();
      app.disable('x-powered-by');
      app.get('/healthz', healthz);
      app.get('/readyz', readyz(deps.readiness));
      answerGraphql = graphqlEndpoint(apollo, {
        bodyLimit: '100kb',
        // An editor may send an article to ingestArticle: 5 MB (ingest/article/limits.ts) and its JSON escaping.
        largeBody: { limit: '8mb', allowed: async (req) => mayTakeArticlesIn((await checkedOf(req)).viewer) },
        onUnexpected: (error) => deps.logger.error({ msg: 'graphql request failed', err: error }),
        context: (req) => {
          const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
          return contextFor({ operationName: typeof operationName === 'string' ? operationName : null, checked: checkedOf(req) }).catch((error: unknown) => {
            throw contextFailure(error);
          });
        },
      });
      app.use(authRoutes({ signIn, sessions: sessionRepository, settings: sessionSettings, logger: deps.logger }));
      app.use(staticSite());
    },
  };
}

const mayTakeArticlesIn = (viewer: Viewer) => viewer.kind === 'key' && roleAtLeast(viewer.role, 'editor');

/** /graphql, with or without a trailing path or query, as Express's mount matched it. */
function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  const next = url.charAt('/graphql'.length);
  return next === '' || next === '/' || next === '?';
}
