/**
 * Latency and Cypher round trips of each contract operation on the seed data.
 *
 *   npm run bench:contract [-- --runs 200 --out docs/benchmarks/contract-latency.md]
 *
 * Runs the real server in this process (Apollo, plugins, loaders) on an
 * ephemeral port against the configured Neo4j (NEO4J_URI, or the local one of
 * `npm start`), migrated and seeded first if needed. Requests go over HTTP one
 * at a time, after a warm-up; the numbers are wall-clock per request as a
 * client sees them.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Executor } from '../../api/db/executor.js';
import { watchDatabase } from '../../api/db/readiness.js';
import { migrate, readMigrations } from '../../api/db/schema-migrations.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { MIGRATIONS_DIR, SEED_DIR } from '../../api/paths.js';
import { createServer } from '../../api/server.js';
import { loadSeed, seedIsLoaded } from '../../seed/load/index.js';
import { contractOperation } from '../../test/helpers/contract.js';
import { NEO4J_VERSION } from '../neo4j/instance.js';
import { withScriptDatabase } from '../script-database.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const RUNS = Number(option('runs', '200'));
const WARMUP = 20;
const OUT = option('out', '');

const id = (label: string, slug: string) => toGlobalId(label, slug);
const CASES: { operation: string; variables: Record<string, unknown> }[] = [
  { operation: 'Search', variables: { q: 'hoi quan', first: 20 } },
  { operation: 'PersonTimeline', variables: { id: id('Person', 'per-pham-thien-nghia') } },
  { operation: 'OfficeHolders', variables: { id: id('Organization', 'org-ubnd-tinh-dong-thap'), at: '2022-01-01' } },
  { operation: 'Models', variables: { filter: { place: id('Place', 'pl-viet-nam') }, first: 20 } },
  { operation: 'EventDetail', variables: { id: id('Event', 'ev-dong-thap-tong-ket-dvcq-2020') } },
  { operation: 'ProgramDetail', variables: { id: id('Program', 'pr-phong-dien-dan-van-2021-2025') } },
  { operation: 'PlaceDetail', variables: { id: id('Place', 'pl-dong-thap') } },
  { operation: 'Neighborhood', variables: { id: id('Person', 'per-pham-thien-nghia'), depth: 2, limit: 100 } },
  { operation: 'Connection', variables: { from: id('Person', 'per-nguyen-xuan-phuc'), to: id('Person', 'per-pham-thien-nghia'), maxHops: 6 } },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(executor: Executor): Promise<string> {
  let queries = 0;
  const counted = executor.withMetadata({ app: 'dvk-graph-bench' }, { onQuery: () => void (queries += 1) });
  // Behind the breaker, as main.ts serves.
  const database = watchDatabase(counted, readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0);
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
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const rows: string[] = [];
  try {
    for (const { operation, variables } of CASES) {
      const body = JSON.stringify({ query: contractOperation(operation), variables, operationName: operation });
      const once = async () => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { errors?: unknown };
        if (json.errors) throw new Error(`${operation} failed: ${JSON.stringify(json.errors)}`);
      };
      for (let i = 0; i < WARMUP; i++) await once();
      const before = queries;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await once();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const roundTrips = (queries - before) / RUNS;
      rows.push(`| ${operation} | ${roundTrips} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`);
      console.error(rows.at(-1));
    }
  } finally {
    database.health.stop();
    await server.apollo.stop();
  }
  return [
    '# Contract operations on the seed data',
    '',
    `Measured by \`npm run bench:contract\` (scripts/bench/contract-latency.ts) on ${new Date().toISOString().slice(0, 10)}: ` +
      `${RUNS} sequential HTTP requests per operation after ${WARMUP} warm-up requests, one client, the API and Neo4j ${NEO4J_VERSION} on the same machine ` +
      `(${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.versions.node}). Latency is wall-clock per request as the client sees it.`,
    '',
    '| operation | Cypher round trips | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

await withScriptDatabase(async (executor) => {
  await migrate(executor, readMigrations(MIGRATIONS_DIR));
  if (!(await seedIsLoaded(executor))) await loadSeed(executor, { seedDir: SEED_DIR });
  const report = await measure(executor);
  if (OUT) writeFileSync(OUT, report);
  console.log(report);
});
