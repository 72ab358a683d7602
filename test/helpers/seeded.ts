import type { Executor } from '../../api/db/executor.js';
import { SEED_DIR } from '../../api/paths.js';
import { loadSeed, seedIsLoaded } from '../../seed/load/index.js';

/**
 * Makes sure the curated seed is in the test database. Suites that change data
 * clear it first; suites that only read call this, so any file order works.
 */
export async function ensureSeeded(executor: Executor): Promise<void> {
  if (!(await seedIsLoaded(executor))) await loadSeed(executor, { seedDir: SEED_DIR });
}
