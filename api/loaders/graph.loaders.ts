import DataLoader from 'dataloader';
import type { EntityKey } from '../db/graph/graph-edge.js';
import type { GraphDetail, NeighborhoodResult, PathsResult, RelationshipPage, RelationshipQuery } from '../db/graph/graph.repository.js';
import type { Repositories } from '../db/repositories.js';

export interface NeighborhoodRequest {
  center: EntityKey;
  depth: number;
  limit: number;
  types: readonly string[] | null;
  detail: GraphDetail;
}

export interface PathsRequest {
  from: EntityKey;
  to: EntityKey;
  maxHops: number;
  limit: number;
  detail: GraphDetail;
}

const keyString = (k: EntityKey) => `${k.label}:${k.id}`;

/**
 * Per-request loaders of the graph domain. `relationships(query)` gives one
 * loader per distinct set of arguments, so the relationships of every entity
 * of a list, asked with the same arguments, are read in one statement.
 */
export function createGraphLoaders(repositories: Repositories) {
  const relationshipLoaders = new Map<string, DataLoader<EntityKey, RelationshipPage, string>>();
  return {
    neighborhoods: new DataLoader<NeighborhoodRequest, NeighborhoodResult | null, string>(
      (requests) => Promise.all(requests.map((r) => repositories.graph.neighborhood(r.center, r.depth, r.limit, r.types, r.detail))),
      { cacheKeyFn: (r) => JSON.stringify([keyString(r.center), r.depth, r.limit, r.types, r.detail]) },
    ),
    paths: new DataLoader<PathsRequest, PathsResult, string>(
      (requests) => Promise.all(requests.map((r) => repositories.graph.paths(r.from, r.to, r.maxHops, r.limit, r.detail))),
      { cacheKeyFn: (r) => JSON.stringify([keyString(r.from), keyString(r.to), r.maxHops, r.limit, r.detail]) },
    ),
    relationships(query: RelationshipQuery): DataLoader<EntityKey, RelationshipPage, string> {
      const id = JSON.stringify([query.types ?? null, query.direction, query.labels, query.offset, query.limit]);
      let loader = relationshipLoaders.get(id);
      if (!loader) {
        loader = new DataLoader(
          async (keys) => {
            const pages = await repositories.graph.relationships(keys, query);
            return keys.map((k) => pages.get(keyString(k)) ?? { total: 0, rows: [] });
          },
          { cacheKeyFn: keyString },
        );
        relationshipLoaders.set(id, loader);
      }
      return loader;
    },
  };
}
