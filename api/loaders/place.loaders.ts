import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the place domain. */
export function createPlaceLoaders(_repositories: Repositories) {
  return {};
}
