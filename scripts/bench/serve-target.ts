/**
 * One benchmark target in a process of its own, so its resident memory is
 * its own: `dvk-graph` (the real server: Apollo, plugins, loaders), `floor`
 * (scripts/bench/floor) or `neo4j-graphql` (scripts/bench/neo4j-graphql).
 * Reads NEO4J_URI / NEO4J_PASSWORD, listens on an ephemeral loopback port and
 * tells its parent the port over IPC; answers {type: 'queries'} with the
 * number of Cypher round trips so far. Every target runs as production
 * (NODE_ENV, see api/production-default.ts), as `npm start` serves the API.
 */
import '../../api/production-default.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { loadConfig } from '../../api/config.js';
import { createDriver } from '../../api/db/driver.js';
import { Executor } from '../../api/db/executor.js';
import { watchDatabase } from '../../api/db/readiness.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { createServer } from '../../api/server.js';
import { createFloorServer } from './floor/floor-server.js';

const target = process.argv[2];
const config = loadConfig(process.env);
const driver = createDriver(config.neo4j);
let queries = 0;

/** A target listening on an ephemeral loopback port, and how to stop it. */
interface RunningTarget {
  port: number;
  stop(): Promise<void>;
}

async function listening(server: Server): Promise<RunningTarget> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function start(): Promise<RunningTarget> {
  if (target === 'floor') return listening(createFloorServer(driver, () => void (queries += 1)));
  if (target === 'neo4j-graphql') {
    const { startNeo4jGraphqlServer } = await import('./neo4j-graphql/neo4j-graphql-server.js');
    return startNeo4jGraphqlServer(() => void (queries += 1));
  }
  if (target !== 'dvk-graph') throw new Error(`unknown target ${target}`);
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    metadata: { app: 'dvk-graph-bench' },
    observer: { onQuery: () => void (queries += 1) },
  });
  // Behind the breaker, as main.ts serves.
  const database = watchDatabase(executor, readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0);
  await database.health.start();
  const server = createServer({
    schema: buildSchema(),
    executor: database.executor,
    readiness: database.readiness,
    logger: pino({ level: 'silent' }),
    development: false,
    introspection: true,
  });
  await server.start();
  return listening(server.httpServer);
}

const running = await start();
process.send!({ type: 'ready', port: running.port });
process.on('message', (message: { type: string }) => {
  if (message.type === 'queries') process.send!({ type: 'queries', count: queries });
  if (message.type === 'stop') void running.stop().then(() => driver.close()).then(() => process.exit(0));
});
