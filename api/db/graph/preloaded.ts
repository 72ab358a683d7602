import type { NodeRow } from '../mapping.js';
import type { RelatedRow } from './relation.repository.js';
import type { RelationName } from './relation-specs.js';

// A symbol, so that it can never clash with a stored property of the row.
const PRELOADED = Symbol('preloaded relations');

type Preloaded = Partial<Record<RelationName, RelatedRow[]>>;

/**
 * Marks relationships that a statement already followed for a row (an event's
 * place, joined where the event is listed), so that the field resolving them
 * uses these instead of asking its loader at the next level.
 */
export function withPreloaded<T extends NodeRow>(row: T, preloaded: Preloaded): T {
  return Object.assign(row, { [PRELOADED]: preloaded });
}

/** What a statement already followed for this row along `name`, or undefined when it did not. */
export function preloadedRelation(row: NodeRow, name: RelationName): RelatedRow[] | undefined {
  return (row as { [PRELOADED]?: Preloaded })[PRELOADED]?.[name];
}
