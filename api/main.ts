/**
 * The API process: configuration → driver → schema → server → listen.
 * SIGTERM / SIGINT stop accepting, let in-flight requests finish, then close the driver.
 */
import './production-default.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { createDriver } from './db/driver.js';
import { Executor } from './db/executor.js';
import { watchDatabase } from './db/readiness.js';
import { readMigrations } from './db/schema-migrations.js';
import { buildSchema } from './graphql/schema.js';
import { createLogger } from './logger.js';
import { MIGRATIONS_DIR, REPO_ROOT } from './paths.js';
import { createServer } from './server.js';

/** The project-managed Neo4j writes its address and password here on start. */
function localConnection() {
  const file = path.join(REPO_ROOT, '.neo4j', 'main', 'connection.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { uri: string; password: string }) : undefined;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, localConnection());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const driver = createDriver(config.neo4j);
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    metadata: { app: 'dvk-graph' },
    // LOG_LEVEL=debug: each statement's text, parameter names and time.
    logger,
  });
  const expectedVersion = readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0;
  const database = watchDatabase(executor, expectedVersion, {
    // A probe that cannot get a connection by then means requests cannot either.
    timings: { probeTimeoutMs: config.neo4j.connectionAcquisitionTimeoutMs },
    onChange: (available, reason) =>
      available ? logger.info({ msg: 'neo4j answers again: serving' }) : logger.warn({ msg: 'neo4j does not answer: refusing queries until it does', reason }),
  });
  // The API serves even when Neo4j is down at start: it answers SERVICE_UNAVAILABLE and 503 on /readyz until Neo4j answers.
  await database.health.start();
  const server = createServer({
    schema: buildSchema(),
    executor: database.executor,
    readiness: database.readiness,
    logger,
    development: config.development,
    introspection: config.introspection,
    readsRequireKey: config.readsRequireKey,
    authCacheTtlMs: config.authCacheTtlMs,
  });
  await server.start();

  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new ConfigError(`port ${config.port} is already in use; set PORT to a free port`) : error);
    });
    server.httpServer.listen(config.port, config.host, resolve);
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ msg: 'listening', url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`, neo4j: config.neo4j.uri });
  console.log(`dvk-graph is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ msg: 'shutting down', signal });
    // Apollo's drain plugin stops accepting and waits for in-flight requests.
    await server.apollo.stop();
    logger.info({ msg: "http server drained" });
    database.health.stop();
    await driver.close();
    logger.info({ msg: 'stopped' });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
