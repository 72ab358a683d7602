import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the search domain. */
export function createSearchLoaders(_repositories: Repositories) {
  return {};
}
