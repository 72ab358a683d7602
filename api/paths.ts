import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this file, so the same code
 * finds schema/ and seed/ whether it runs from api/ (tsx) or dist/api/ (compiled).
 */
export const REPO_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
})();

export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
export const MIGRATIONS_DIR = path.join(SCHEMA_DIR, 'migrations');
export const SEED_DIR = path.join(REPO_ROOT, 'seed');
/**
 * The repository's copy of the public contract's operations (shared/contract/operations.graphql):
 * tests, benchmarks and the GraphiQL examples read this one, so that a clone needs nothing
 * beside it; test/unit/contract-copy.test.ts keeps it identical to shared/ when that is present.
 */
export const CONTRACT_FILE = path.join(REPO_ROOT, 'contract', 'operations.graphql');

/**
 * shared/ beside the checkout (the articles, the contract); DVK_SHARED_DIR overrides it.
 * Optional: only the tests that compare with it read it, and they skip when it is absent.
 */
export const SHARED_DIR = process.env.DVK_SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
