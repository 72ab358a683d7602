import type { Executor } from '../executor.js';

/** All Cypher of the model domain. */
export class ModelRepository {
  constructor(private readonly executor: Executor) {}
}
