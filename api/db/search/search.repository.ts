import type { Executor } from '../executor.js';

/** All Cypher of the search domain. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}
}
