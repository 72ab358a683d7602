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

/** The loaders of each domain, made per request on its first use: most requests read one or two domains. */
const DOMAINS = {
  people: createPersonLoaders,
  organizations: createOrganizationLoaders,
  events: createEventLoaders,
  programs: createProgramLoaders,
  models: createModelLoaders,
  places: createPlaceLoaders,
  lineage: createLineageLoaders,
  search: createSearchLoaders,
  graph: createGraphLoaders,
  // Most requests never reconcile, and only review requests read proposals.
  reconcile: createReconcileLoaders,
  ingest: createIngestLoaders,
} satisfies Record<string, (repositories: Repositories) => object>;

type DomainLoaders = { [D in keyof typeof DOMAINS]: ReturnType<(typeof DOMAINS)[D]> };

/**
 * Fresh per request: batching collects the keys of one level of the query into
 * one Cypher statement; the cache answers repeated keys within the request.
 *
 * A class with its getters on the prototype, not an object with getters of its
 * own: what an object with own accessors held (a request's rows and promises,
 * through its DataLoaders' caches) survived minor collections and was promoted,
 * paid for by every scavenge (docs/decisions/033-per-request-objects.md).
 */
export class Loaders {
  readonly node: DataLoader<NodeKey, NodeRow | null, string>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedRow[]>>();
  private readonly nodesWith = new Map<string, DataLoader<NodeKey, NodeRow | null, string>>();
  private readonly domains: Partial<DomainLoaders> = {};

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

  private domain<D extends keyof DomainLoaders>(name: D): DomainLoaders[D] {
    return (this.domains[name] ??= DOMAINS[name](this.repositories) as DomainLoaders[D]);
  }

  get people() { return this.domain('people'); }
  get organizations() { return this.domain('organizations'); }
  get events() { return this.domain('events'); }
  get programs() { return this.domain('programs'); }
  get models() { return this.domain('models'); }
  get places() { return this.domain('places'); }
  get lineage() { return this.domain('lineage'); }
  get search() { return this.domain('search'); }
  get graph() { return this.domain('graph'); }
  get reconcile() { return this.domain('reconcile'); }
  get ingest() { return this.domain('ingest'); }
}

export function createLoaders(repositories: Repositories): Loaders {
  return new Loaders(repositories);
}

