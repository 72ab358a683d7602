import DataLoader from 'dataloader';
import type { NodeRow } from '../db/mapping.js';
import type {
  OfficeHolderDetail,
  OrganizationEventOrder,
  OrganizationEventQuery,
  OrganizationEventRow,
  OrganizationListQuery,
  OrganizationOrder,
  OrganizationPageQuery,
} from '../db/organization/organization.repository.js';
import { officeHolders, type ObservationGroup } from '../db/person/role-timeline.js';
import type { Repositories } from '../db/repositories.js';
import { edgePageLoader } from './edge-page-loader.js';
import { groupByKeys } from './order-by-keys.js';
import { pageLoader } from './page-loader.js';

/** Office holders of one organisation, on a day (ISO) or ever, read in as much detail as the request needs. */
export interface OfficeHoldersKey {
  organizationId: string;
  at: string | null;
  detail: OfficeHolderDetail;
}

const detailKey = (d: OfficeHolderDetail) => `${d.observations}|${d.personProperties?.join(',') ?? '*'}`;

/** Per-request loaders of the organization domain. */
export function createOrganizationLoaders(repositories: Repositories) {
  const organizations = repositories.organizations;
  return {
    /** Pages of `organizations`. */
    pages: pageLoader<OrganizationOrder, Omit<OrganizationPageQuery, 'key'>>((order, queries) => organizations.pages(order, queries)),
    /**
     * Office holders: the observations of every organisation of a level, one
     * statement per level of detail (issued together, they share a round
     * trip), kept by date there, grouped here.
     */
    officeHolders: new DataLoader<OfficeHoldersKey, ObservationGroup[], string>(
      async (keys) => {
        const byDetail = new Map<string, { detail: OfficeHolderDetail; indexes: number[] }>();
        keys.forEach((k, i) => {
          const group = byDetail.get(detailKey(k.detail));
          if (group) group.indexes.push(i);
          else byDetail.set(detailKey(k.detail), { detail: k.detail, indexes: [i] });
        });
        const results: ObservationGroup[][] = [];
        await Promise.all(
          [...byDetail.values()].map(async ({ detail, indexes }) => {
            const queries = indexes.map((i) => ({ key: String(i), organizationId: keys[i]!.organizationId, at: keys[i]!.at }));
            const rows = await organizations.officeHolderObservations(detail, queries);
            groupByKeys(
              queries.map((q) => q.key),
              rows,
              (r) => r.key,
            ).forEach((list, n) => (results[indexes[n]!] = officeHolders(list.map((r) => r.row), keys[indexes[n]!]!.at)));
          }),
        );
        return results;
      },
      { cacheKeyFn: (k) => `${k.organizationId}@${k.at ?? ''}@${detailKey(k.detail)}` },
    ),
    /** The programs each organisation is party to, newest first. */
    programs: new DataLoader<string, NodeRow[]>(async (ids) => groupByKeys(ids, await organizations.programs(ids), (r) => r.key).map((rows) => rows.map((r) => r.node))),
    /** Pages of the events each organisation organised or attended. */
    events: edgePageLoader<OrganizationEventOrder, Omit<OrganizationEventQuery, 'key'>, OrganizationEventRow>((order, queries) => organizations.events(order, queries)),
    /** Pages of the sources each organisation published. */
    published: pageLoader<'DATE_DESC', Omit<OrganizationListQuery, 'key'>>((_order, queries) => organizations.published(queries)),
  };
}
