import { after, before } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { SEED_DIR } from '../../api/paths.js';
import { loadSeed, seedIsLoaded } from '../../seed/load/index.js';
import { createTestDriver, createTestExecutor } from './database.js';

/**
 * Makes sure the curated seed is in the test database. Suites that change data
 * clear it first; suites that only read call this, so any file order works.
 */
export async function ensureSeeded(executor: Executor): Promise<void> {
  if (!(await seedIsLoaded(executor))) await loadSeed(executor, { seedDir: SEED_DIR });
}

/**
 * Registers, in the `describe` it is called from, a `before` hook that opens a
 * driver on the test database and seeds it (when it is not seeded yet), and an
 * `after` hook that closes it. The returned function gives the executor.
 */
export function seededExecutor(): () => Executor {
  let driver: Driver | undefined;
  let executor: Executor | undefined;
  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    await ensureSeeded(executor);
  });
  after(async () => driver?.close());
  return () => {
    if (!executor) throw new Error('the executor opens in the before hook of the suite that called seededExecutor()');
    return executor;
  };
}
