import DataLoader from 'dataloader';
import type { NodeLabel } from '../../model/labels.js';
import type { NodeRow } from '../db/mapping.js';
import type { RelatedRow } from '../db/graph/relation.repository.js';
import type { RelationName } from '../../model/relation-specs.js';
import { createIngestLoaders } from './ingest.loaders.js';
import { createReconcileLoaders } from './reconcile.loaders.js';
import type { Repositories } from '../db/repositories.js';
import { createEventLoaders } from './event.loaders.js';
import { createGraphLoaders } from './graph.loaders.js';
import { createLineageLoaders } from './lineage.loaders.js';
import { createModelLoaders } from './model.loaders.js';
import { groupByKeys, orderByKeys } from './order-by-keys.js';
import { createOrganizationLoaders } from './organization.loaders.js';
import { createPersonLoaders } from './person.loaders.js';
import { createPlaceLoaders } from './place.loaders.js';
import { createProgramLoaders } from './program.loaders.js';
import { createSearchLoaders } from './search.loaders.js';

/** A node key: the label and the stored id. */
export interface NodeKey {
  label: NodeLabel;
  id: string;
}

function nodeLoader(repositories: Repositories, properties?: readonly string[]) {
  return new DataLoader<NodeKey, NodeRow | null, string>(
    async (keys) => {
      // One round trip per label present in the batch.
      const byLabel = new Map<NodeLabel, string[]>();
      for (const k of keys) byLabel.set(k.label, [...(byLabel.get(k.label) ?? []), k.id]);
      const found = (await Promise.all([...byLabel].map(([label, ids]) => repositories.nodes.byIds(label, ids, properties)))).flat();
      // Keyed by the id asked for: a merged entity's id answers with its survivor.
      const rows = orderByKeys(keys.map((k) => `${k.label}:${k.id}`), found, (f) => `${f.row.label}:${f.requestedId}`);
      return rows.map((f) => f?.row ?? null);
    },
    { cacheKeyFn: (k) => `${k.label}:${k.id}` },
  );
}

/**
 * Fresh per request: batching collects the keys of one level of the query into
 * one Cypher statement; the cache answers repeated keys within the request.
 */
export function createLoaders(repositories: Repositories) {
  const related = new Map<string, DataLoader<string, RelatedRow[]>>();
  const nodesWith = new Map<string, DataLoader<NodeKey, NodeRow | null, string>>();
  return {
    node: nodeLoader(repositories),
    /**
     * Nodes with only the given properties (api/graphql/field-reads.ts), one
     * loader per set of them: never mixed with the whole rows of `node`.
     */
    nodeWith(properties: readonly string[]): DataLoader<NodeKey, NodeRow | null, string> {
      const key = properties.join(',');
      let loader = nodesWith.get(key);
      if (!loader) nodesWith.set(key, (loader = nodeLoader(repositories, properties)));
      return loader;
    },
    /**
     * The loader that follows one declared relationship for many nodes at
     * once; with `properties`, far nodes carry only those, and with
     * `relationship` false, the relationships' properties are left out.
     */
    related(name: RelationName, properties?: readonly string[] | null, relationship = true): DataLoader<string, RelatedRow[]> {
      const key = `${name}:${properties?.join(',') ?? '*'}:${relationship}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => groupByKeys(ids, await repositories.relations.follow(name, ids, properties ?? undefined, relationship), (r) => r.key));
        related.set(key, loader);
      }
      return loader;
    },
    people: createPersonLoaders(repositories),
    organizations: createOrganizationLoaders(repositories),
    events: createEventLoaders(repositories),
    programs: createProgramLoaders(repositories),
    models: createModelLoaders(repositories),
    places: createPlaceLoaders(repositories),
    lineage: createLineageLoaders(repositories),
    search: createSearchLoaders(repositories),
    graph: createGraphLoaders(repositories),
    // Made on first use: most requests never reconcile, and a request's loaders are built for every request.
    get reconcile(): ReturnType<typeof createReconcileLoaders> {
      const loaders = createReconcileLoaders(repositories);
      Object.defineProperty(this, 'reconcile', { value: loaders });
      return loaders;
    },
    // Only review requests read proposals: made on first use, like reconcile.
    get ingest(): ReturnType<typeof createIngestLoaders> {
      const loaders = createIngestLoaders(repositories);
      Object.defineProperty(this, 'ingest', { value: loaders });
      return loaders;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
