import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the model domain. */
export function createModelLoaders(_repositories: Repositories) {
  return {};
}
