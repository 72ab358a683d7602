import type { Executor } from '../executor.js';

/** All Cypher of the program domain. */
export class ProgramRepository {
  constructor(private readonly executor: Executor) {}
}
