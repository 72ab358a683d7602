import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the person domain. */
export function createPersonLoaders(_repositories: Repositories) {
  return {};
}
