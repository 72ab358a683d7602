/**
 * Time to first render of the explorer's search page, measured in Chromium.
 *
 *   npm run bench:web-render [-- --runs 15]
 *
 * Runs the real server in this process (API and built web app) on an
 * ephemeral port against the configured Neo4j (NEO4J_URI, or the local one of
 * `npm start`), migrated and seeded first if needed, and opens the search page
 * in headless Chromium (test/helpers/browser.ts), each run in a fresh profile
 * so nothing is cached. It reads the page's own performance marks:
 * `dvk:first-render` (the page's frame is in the DOM, web/src/main.ts),
 * the browser's first contentful paint, and for `/?q=hoi quan`
 * `dvk:search-results` (the first results are shown). Times are
 * milliseconds from the start of navigation.
 */
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { watchDatabase } from '../../api/db/readiness.js';
import { migrate, readMigrations } from '../../api/db/schema-migrations.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { MIGRATIONS_DIR, SEED_DIR } from '../../api/paths.js';
import { createServer } from '../../api/server.js';
import { loadSeed, seedIsLoaded } from '../../seed/load/index.js';
import { launchBrowser } from '../../test/helpers/browser.js';
import { withScriptDatabase } from '../script-database.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;

interface Timings {
  firstRender: number;
  firstContentfulPaint: number;
  results: number | null;
}

/** Read inside the page: Node has no DOM types, so the page's globals are described here. */
interface PageGlobals {
  performance: { getEntriesByName(name: string): { startTime: number }[] };
}

async function loadOnce(url: string): Promise<Timings> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const waitForResults = url.includes('?q=');
    await page.waitForFunction(
      (mark) => (globalThis as unknown as PageGlobals).performance.getEntriesByName(mark).length > 0,
      waitForResults ? 'dvk:search-results' : 'dvk:first-render',
    );
    // First contentful paint is reported a frame after it happens.
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).performance.getEntriesByName('first-contentful-paint').length > 0);
    // No helper functions inside: tsx names them with a helper the page does not have.
    return await page.evaluate(() => {
      const { performance } = globalThis as unknown as PageGlobals;
      return {
        firstRender: performance.getEntriesByName('dvk:first-render')[0]!.startTime,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        results: performance.getEntriesByName('dvk:search-results')[0]?.startTime ?? null,
      };
    });
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

await withScriptDatabase(async (executor) => {
  await migrate(executor, readMigrations(MIGRATIONS_DIR));
  if (!(await seedIsLoaded(executor))) await loadSeed(executor, { seedDir: SEED_DIR });
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
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  try {
    await loadOnce(`${base}/`); // warm the server (first Cypher plans, file cache)
    const empty: Timings[] = [];
    const searched: Timings[] = [];
    for (let i = 0; i < RUNS; i++) {
      empty.push(await loadOnce(`${base}/`));
      searched.push(await loadOnce(`${base}/?q=hoi%20quan`));
    }
    const row = (what: string, values: number[]) => `| ${what} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
    console.log(
      [
        `Search page, ${RUNS} cold loads each (fresh Chromium profile), API and Neo4j on the same machine (${os.cpus().length} cores, Node.js ${process.versions.node}); ms from navigation start.`,
        '',
        '| moment | median | min | max |',
        '|---|---|---|---|',
        row('`/`: first render (dvk:first-render)', empty.map((t) => t.firstRender)),
        row('`/`: first contentful paint', empty.map((t) => t.firstContentfulPaint)),
        row('`/?q=hoi quan`: first render', searched.map((t) => t.firstRender)),
        row('`/?q=hoi quan`: results shown (dvk:search-results)', searched.map((t) => t.results!)),
      ].join('\n'),
    );
  } finally {
    database.health.stop();
    await server.apollo.stop();
  }
});
