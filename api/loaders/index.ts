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
 *
 * A class, not an object literal with getters: V8 allocates a literal with
 * accessors in the old generation, and everything a request's loaders cached
 * (rows, promises) then survived minor collections and was promoted, paid for
 * by every scavenge (docs/decisions/033-per-request-objects.md).
 */
export class Loaders {
  readonly node: DataLoader<NodeKey, NodeRow | null, string>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedRow[]>>();
  private readonly nodesWith = new Map<string, DataLoader<NodeKey, NodeRow | null, string>>();
  // Each domain's loaders are made on first use: most requests read one or two domains.
  private peopleLoaders: ReturnType<typeof createPersonLoaders> | undefined;
  private organizationLoaders: ReturnType<typeof createOrganizationLoaders> | undefined;
  private eventLoaders: ReturnType<typeof createEventLoaders> | undefined;
  private programLoaders: ReturnType<typeof createProgramLoaders> | undefined;
  private modelLoaders: ReturnType<typeof createModelLoaders> | undefined;
  private placeLoaders: ReturnType<typeof createPlaceLoaders> | undefined;
  private lineageLoaders: ReturnType<typeof createLineageLoaders> | undefined;
  private searchLoaders: ReturnType<typeof createSearchLoaders> | undefined;
  private graphLoaders: ReturnType<typeof createGraphLoaders> | undefined;
  private reconcileLoaders: ReturnType<typeof createReconcileLoaders> | undefined;
  private ingestLoaders: ReturnType<typeof createIngestLoaders> | undefined;

  constructor(private readonly repositories: Repositories) {
    this.node = nodeLoader(repositories);
  }

  /**
   * Nodes with only the given properties (api/graphql/field-reads.ts), one
   * loader per set of them: never mixed with the whole rows of `node`.
   */
  nodeWith(properties: readonly string[]): DataLoader<NodeKey, NodeRow | null, string> {
    const key = properties.join(',');
    let loader = this.nodesWith.get(key);
    if (!loader) this.nodesWith.set(key, (loader = nodeLoader(this.repositories, properties)));
    return loader;
  }

  /**
   * The loader that follows one declared relationship for many nodes at
   * once; with `properties`, far nodes carry only those, and with
   * `relationship` false, the relationships' properties are left out.
   */
  related(name: RelationName, properties?: readonly string[] | null, relationship = true): DataLoader<string, RelatedRow[]> {
    const key = `${name}:${properties?.join(',') ?? '*'}:${relationship}`;
    let loader = this.relatedLoaders.get(key);
    if (!loader) {
      const repositories = this.repositories;
      loader = new DataLoader(async (ids) => groupByKeys(ids, await repositories.relations.follow(name, ids, properties ?? undefined, relationship), (r) => r.key));
      this.relatedLoaders.set(key, loader);
    }
    return loader;
  }

  get people() {
    return (this.peopleLoaders ??= createPersonLoaders(this.repositories));
  }
  get organizations() {
    return (this.organizationLoaders ??= createOrganizationLoaders(this.repositories));
  }
  get events() {
    return (this.eventLoaders ??= createEventLoaders(this.repositories));
  }
  get programs() {
    return (this.programLoaders ??= createProgramLoaders(this.repositories));
  }
  get models() {
    return (this.modelLoaders ??= createModelLoaders(this.repositories));
  }
  get places() {
    return (this.placeLoaders ??= createPlaceLoaders(this.repositories));
  }
  get lineage() {
    return (this.lineageLoaders ??= createLineageLoaders(this.repositories));
  }
  get search() {
    return (this.searchLoaders ??= createSearchLoaders(this.repositories));
  }
  get graph() {
    return (this.graphLoaders ??= createGraphLoaders(this.repositories));
  }
  // Most requests never reconcile, and only review requests read proposals.
  get reconcile() {
    return (this.reconcileLoaders ??= createReconcileLoaders(this.repositories));
  }
  get ingest() {
    return (this.ingestLoaders ??= createIngestLoaders(this.repositories));
  }
}

export function createLoaders(repositories: Repositories): Loaders {
  return new Loaders(repositories);
}

