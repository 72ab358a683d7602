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

/** Makes a group of loaders on the first read of `name`, then keeps it as a plain property of `target`. */
function onFirstUse<T>(target: object, name: string, make: () => T): T {
  const value = make();
  Object.defineProperty(target, name, { value, enumerable: true });
  return value;
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
    // Each domain's loaders are made on first use: a request builds its loaders
    // fresh, and most read one or two domains (an event page never touches the
    // search, graph or lineage loaders), so every request allocating every
    // domain's DataLoaders was garbage for the collector (in a CPU profile of
    // EventDetail at one client its share fell from 8.4% to 7.7%: BENCHMARKS.md 0b).
    get people(): ReturnType<typeof createPersonLoaders> {
      return onFirstUse(this, 'people', () => createPersonLoaders(repositories));
    },
    get organizations(): ReturnType<typeof createOrganizationLoaders> {
      return onFirstUse(this, 'organizations', () => createOrganizationLoaders(repositories));
    },
    get events(): ReturnType<typeof createEventLoaders> {
      return onFirstUse(this, 'events', () => createEventLoaders(repositories));
    },
    get programs(): ReturnType<typeof createProgramLoaders> {
      return onFirstUse(this, 'programs', () => createProgramLoaders(repositories));
    },
    get models(): ReturnType<typeof createModelLoaders> {
      return onFirstUse(this, 'models', () => createModelLoaders(repositories));
    },
    get places(): ReturnType<typeof createPlaceLoaders> {
      return onFirstUse(this, 'places', () => createPlaceLoaders(repositories));
    },
    get lineage(): ReturnType<typeof createLineageLoaders> {
      return onFirstUse(this, 'lineage', () => createLineageLoaders(repositories));
    },
    get search(): ReturnType<typeof createSearchLoaders> {
      return onFirstUse(this, 'search', () => createSearchLoaders(repositories));
    },
    get graph(): ReturnType<typeof createGraphLoaders> {
      return onFirstUse(this, 'graph', () => createGraphLoaders(repositories));
    },
    // Most requests never reconcile, and only review requests read proposals.
    get reconcile(): ReturnType<typeof createReconcileLoaders> {
      return onFirstUse(this, 'reconcile', () => createReconcileLoaders(repositories));
    },
    get ingest(): ReturnType<typeof createIngestLoaders> {
      return onFirstUse(this, 'ingest', () => createIngestLoaders(repositories));
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
