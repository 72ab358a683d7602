import type { Executor } from '../executor.js';

/** All Cypher of the graph domain. */
export class GraphRepository {
  constructor(private readonly executor: Executor) {}
}
