import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the program domain. */
export function createProgramLoaders(_repositories: Repositories) {
  return {};
}
