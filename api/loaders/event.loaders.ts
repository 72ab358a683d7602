import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the event domain. */
export function createEventLoaders(_repositories: Repositories) {
  return {};
}
