import type { Executor } from '../executor.js';

/** All Cypher of the organization domain. */
export class OrganizationRepository {
  constructor(private readonly executor: Executor) {}
}
