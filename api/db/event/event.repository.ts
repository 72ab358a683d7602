import type { Executor } from '../executor.js';

/** All Cypher of the event domain. */
export class EventRepository {
  constructor(private readonly executor: Executor) {}
}
