import type DataLoader from 'dataloader';
import type { EdgePage } from '../db/edge-page.js';
import { keyedPageLoader, type PageRequest } from './page-loader.js';

/** One page of a list of edges: the items of the window and how many there are in all. */
export interface ItemPage<T> {
  total: number;
  items: T[];
}

/**
 * keyedPageLoader (page-loader.ts) for lists whose items are edges rather than
 * bare nodes: the requests of one level go out as one statement per ordering,
 * whatever the number of parents; identical requests share the cache.
 */
export function edgePageLoader<O extends string, Q extends object, T>(
  fetch: (order: O, queries: (Q & { key: string })[]) => Promise<EdgePage<T>[]>,
): DataLoader<PageRequest<O, Q>, ItemPage<T>, string> {
  return keyedPageLoader(fetch, (p) => (p ? { total: p.total, items: p.items } : { total: 0, items: [] }));
}
