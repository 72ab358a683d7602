import DataLoader from 'dataloader';
import type { EdgePage } from '../db/edge-page.js';
import { orderByKeys } from './order-by-keys.js';
import type { PageRequest } from './page-loader.js';

/** One page of a list of edges: the items of the window and how many there are in all. */
export interface ItemPage<T> {
  total: number;
  items: T[];
}

/**
 * pageLoader (page-loader.ts) for lists whose items are edges rather than bare
 * nodes: the requests of one level go out as one statement per ordering,
 * whatever the number of parents; identical requests share the cache.
 */
export function edgePageLoader<O extends string, Q extends object, T>(
  fetch: (order: O, queries: (Q & { key: string })[]) => Promise<EdgePage<T>[]>,
): DataLoader<PageRequest<O, Q>, ItemPage<T>, string> {
  return new DataLoader<PageRequest<O, Q>, ItemPage<T>, string>(
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
      ).map((p) => (p ? { total: p.total, items: p.items } : { total: 0, items: [] }));
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}
