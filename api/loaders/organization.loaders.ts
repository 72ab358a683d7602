import type { Repositories } from '../db/repositories.js';

/** Per-request loaders of the organization domain. */
export function createOrganizationLoaders(_repositories: Repositories) {
  return {};
}
