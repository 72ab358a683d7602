import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Executor } from '../../api/db/executor.js';
import { rebuildModelScope } from '../../api/db/scope/model-scope.js';
import { SEED_DIR, SHARED_DIR } from '../../api/paths.js';
import { SeedValidationError } from './issues.js';
import { toGraph } from './to-graph.js';
import { validateDataset, type ValidationResult } from './validate-dataset.js';
import { writeGraph, type WriteCounts } from './write-graph.js';

/** The curated seed, `seed/` at the repository root (also when running from dist/). */
export const DEFAULT_SEED_DIR = SEED_DIR;

/** The articles the seed cites (shared/sources/ beside the checkout), when that folder is there. */
export function defaultArticlesDir(): string | null {
  const dir = path.join(SHARED_DIR, 'sources');
  return existsSync(dir) ? dir : null;
}

export interface SeedOptions {
  seedDir?: string;
  /** The articles' folder to check citations against; defaults to shared/sources/ when present, null skips the check. */
  articlesDir?: string | null;
}

export type SeedCounts = WriteCounts;

/** Validates the seed folder without touching a database. */
export function checkSeed(options: SeedOptions = {}): ValidationResult {
  return validateDataset(options.seedDir ?? DEFAULT_SEED_DIR, { articlesDir: options.articlesDir === undefined ? defaultArticlesDir() : options.articlesDir });
}

/**
 * Validates the seed and, only when it has no problem at all, writes it in one
 * transaction (MERGE on ids, so loading again changes nothing). Throws
 * SeedValidationError listing every problem otherwise; nothing is written then.
 * Returns how many nodes per label and relationships per type were written.
 */
export async function loadSeed(executor: Executor, options: SeedOptions = {}): Promise<SeedCounts> {
  const { dataset, issues } = checkSeed(options);
  if (issues.length > 0) throw new SeedValidationError(issues);
  const counts = await writeGraph(executor, toGraph(dataset));
  // What the database keeps for reading, from the facts just written (docs/decisions/032).
  await rebuildModelScope(executor);
  return counts;
}

/**
 * True when every Source of the seed is in the database: the seed has been
 * loaded (perhaps edited since). Reads only `entities/sources.yaml`, so it is
 * cheap enough to ask before every test suite.
 */
export async function seedIsLoaded(executor: Executor, options: SeedOptions = {}): Promise<boolean> {
  const file = path.join(options.seedDir ?? DEFAULT_SEED_DIR, 'entities', 'sources.yaml');
  const records = parse(readFileSync(file, 'utf8')) as Array<{ id?: unknown }> | null;
  const ids = (records ?? []).map((r) => r.id).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return false;
  const rows = await executor.read<{ found: number }>('UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN count(s) AS found', { ids });
  return Number(rows[0]?.found ?? 0) === ids.length;
}
