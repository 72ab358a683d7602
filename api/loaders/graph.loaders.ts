import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the graph domain. */
export function createGraphLoaders(_repositories: Repositories) {
  return {};
}
