import { edgePageStatement } from './edge-page.js';
import { pageStatement } from './list-query.js';

/** The orderings of a list of nodes by name. */
export type NameOrder = 'NAME_ASC' | 'NAME_DESC';

// By the stored Vietnamese sort key; the id makes the order total.
const NAME_ORDER: Record<NameOrder, (node: string) => string> = {
  NAME_ASC: (v) => `${v}.sortKey, ${v}.id`,
  NAME_DESC: (v) => `${v}.sortKey DESC, ${v}.id DESC`,
};

/** One pageStatement per ordering by name of the nodes `match` binds as `node` (and filters as it needs). */
export function namePageStatements(match: string, node: string): Record<NameOrder, string> {
  return Object.fromEntries(
    Object.entries(NAME_ORDER).map(([order, by]) => [order, pageStatement(match, node, by(node))]),
  ) as Record<NameOrder, string>;
}

/** The orderings of a list of events reached from one node through a relationship. */
export type EventEdgeOrder = 'DATE_ASC' | 'DATE_DESC' | 'NAME_ASC' | 'NAME_DESC';

// Undated events come last in both directions; the event id, then the
// relationship id (a person who chaired and concluded appears twice), make the order total.
const EVENT_EDGE_ORDER: Record<EventEdgeOrder, string> = {
  DATE_ASC: 'e.dateFrom IS NULL, e.dateFrom, e.id, r.id',
  DATE_DESC: 'e.dateFrom IS NULL, e.dateFrom DESC, e.id DESC, r.id',
  NAME_ASC: 'e.sortKey, e.id, r.id',
  NAME_DESC: 'e.sortKey DESC, e.id DESC, r.id',
};

/**
 * One edgePageStatement per ordering: `match` binds `q`, the relationship `r`
 * and the event `e` (filtering them as it needs); `item` is as in edgePageStatement.
 */
export function eventEdgePageStatements(match: string, item: string): Record<EventEdgeOrder, string> {
  return Object.fromEntries(
    Object.entries(EVENT_EDGE_ORDER).map(([order, by]) => [order, edgePageStatement(`${match}\n  WITH r, e ORDER BY ${by}`, item, ['r', 'e'])]),
  ) as Record<EventEdgeOrder, string>;
}

/** A pageStatement over the sources `match` binds as `s`: newest first, undated sources last. */
export function newestSourcesPageStatement(match: string): string {
  return pageStatement(match, 's', 's.publishedAtFrom IS NULL, s.publishedAtFrom DESC, s.id');
}
