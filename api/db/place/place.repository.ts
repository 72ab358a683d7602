import type { Executor } from '../executor.js';

/** All Cypher of the place domain. */
export class PlaceRepository {
  constructor(private readonly executor: Executor) {}
}
