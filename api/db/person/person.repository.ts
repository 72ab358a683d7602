import type { Executor } from '../executor.js';

/** All Cypher of the person domain. */
export class PersonRepository {
  constructor(private readonly executor: Executor) {}
}
