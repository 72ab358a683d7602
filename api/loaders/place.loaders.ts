import DataLoader from 'dataloader';
import type { NodeRow } from '../db/mapping.js';
import type { LocatedPageQuery, NameOrder, PlacePageQuery, ScopeRouteQuery } from '../db/place/place.repository.js';
import type { ScopedLabel } from '../db/place/place-scope.js';
import type { Repositories } from '../db/repositories.js';
import { groupByKeys } from './order-by-keys.js';
import { pageLoader } from './page-loader.js';

/** A place's children, all of them (`validAt` null) or those valid on a day. */
export interface ChildrenKey {
  id: string;
  validAt: string | null;
}

/** A result of a place filter and the filter's scope (ScopeRouteQuery without the batch's key). */
export type ScopeRouteKey = Omit<ScopeRouteQuery, 'key'>;

const routeKey = (k: ScopeRouteKey) => `${k.place}|${k.contained}|${k.node}`;

/** Per-request loaders of the place domain. */
export function createPlaceLoaders(repositories: Repositories) {
  const through = new Map<ScopedLabel, DataLoader<ScopeRouteKey, NodeRow[], string>>();
  return {
    /** The former units of a filter's place that a result of `label` was found through (one statement per label in a level). */
    through(label: ScopedLabel): DataLoader<ScopeRouteKey, NodeRow[], string> {
      let loader = through.get(label);
      if (!loader) {
        loader = new DataLoader(
          async (keys) => {
            const rows = await repositories.places.scopeRoutes(label, keys.map((k) => ({ ...k, key: routeKey(k) })));
            return groupByKeys(keys.map(routeKey), rows, (r) => r.key).map((list) => list[0]?.places ?? []);
          },
          { cacheKeyFn: routeKey },
        );
        through.set(label, loader);
      }
      return loader;
    },
    /** Pages of places (`places`). */
    pages: pageLoader<NameOrder, Omit<PlacePageQuery, 'key'>>((order, queries) => repositories.places.pages(order, queries)),
    /** Pages of the organisations located in a place, under every place of a level at once. */
    organizationPages: pageLoader<NameOrder, Omit<LocatedPageQuery, 'key'>>((order, queries) => repositories.places.organizationPages(order, queries)),
    /** The places directly inside a place; one statement per distinct `validAt` in the batch. */
    children: new DataLoader<ChildrenKey, NodeRow[], string>(
      async (keys) => {
        const byDay = new Map<string | null, string[]>();
        for (const k of keys) byDay.set(k.validAt, [...(byDay.get(k.validAt) ?? []), k.id]);
        const rows = (
          await Promise.all([...byDay].map(async ([validAt, ids]) => (await repositories.places.children(ids, validAt)).map((r) => ({ ...r, key: `${r.key}|${validAt ?? ''}` }))))
        ).flat();
        return groupByKeys(keys.map((k) => `${k.id}|${k.validAt ?? ''}`), rows, (r) => r.key).map((list) => list.map((r) => r.node));
      },
      { cacheKeyFn: (k) => `${k.id}|${k.validAt ?? ''}` },
    ),
    /** The places a place is inside, nearest first. */
    ancestors: new DataLoader<string, NodeRow[]>(async (ids) =>
      groupByKeys(ids, await repositories.places.ancestors(ids), (r) => r.key).map((list) => list.map((r) => r.node)),
    ),
  };
}
