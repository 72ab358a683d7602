import DataLoader from 'dataloader';
import type { PageRows } from '../db/list-query.js';
import type { NodeRow } from '../db/mapping.js';
import { orderByKeys } from './order-by-keys.js';

/** One page of a list: the rows of the window and how many match in all. */
export interface Page {
  total: number;
  rows: NodeRow[];
}

/** A page request: the ordering, the query (filter and window) without its batch key. */
export interface PageRequest<O extends string, Q> {
  order: O;
  query: Q;
}

const EMPTY: Page = { total: 0, rows: [] };

/**
 * Batches page requests of one list kind: the requests of one level of an
 * operation (a root list, or a nested connection under every parent) go out as
 * one statement per ordering, whatever the number of parents. Requests are
 * keyed by their position in the batch; identical requests share the cache.
 * `toValue` turns the page fetched for a request (null when none came back)
 * into what the loader answers, without the batch key.
 */
export function keyedPageLoader<O extends string, Q extends object, P extends { key: string }, V>(
  fetch: (order: O, queries: (Q & { key: string })[]) => Promise<P[]>,
  toValue: (page: P | null) => V,
): DataLoader<PageRequest<O, Q>, V, string> {
  return new DataLoader<PageRequest<O, Q>, V, string>(
    async (requests) => {
      const byOrder = new Map<O, (Q & { key: string })[]>();
      requests.forEach((request, i) => {
        byOrder.set(request.order, [...(byOrder.get(request.order) ?? []), { ...request.query, key: String(i) }]);
      });
      const pages = (await Promise.all([...byOrder].map(([order, queries]) => fetch(order, queries)))).flat();
      return orderByKeys(
        requests.map((_, i) => String(i)),
        pages,
        (p) => p.key,
      ).map(toValue);
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}

/** keyedPageLoader for lists of nodes. */
export function pageLoader<O extends string, Q extends object>(
  fetch: (order: O, queries: (Q & { key: string })[]) => Promise<PageRows[]>,
): DataLoader<PageRequest<O, Q>, Page, string> {
  return keyedPageLoader(fetch, (p) => (p ? { total: p.total, rows: p.rows } : EMPTY));
}
