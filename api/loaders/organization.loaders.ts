import DataLoader from 'dataloader';
import type { NodeRow } from '../db/mapping.js';
import type {
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

/** Office holders of one organisation, on a day (ISO) or ever. */
export interface OfficeHoldersKey {
  organizationId: string;
  at: string | null;
}

/** Per-request loaders of the organization domain. */
export function createOrganizationLoaders(repositories: Repositories) {
  const organizations = repositories.organizations;
  return {
    /** Pages of `organizations`. */
    pages: pageLoader<OrganizationOrder, Omit<OrganizationPageQuery, 'key'>>((order, queries) => organizations.pages(order, queries)),
    /** Office holders: the observations of every organisation of a level in one statement, kept by date there, grouped here. */
    officeHolders: new DataLoader<OfficeHoldersKey, ObservationGroup[], string>(
      async (keys) => {
        const queries = keys.map((k, i) => ({ key: String(i), organizationId: k.organizationId, at: k.at }));
        const rows = await organizations.officeHolderObservations(queries);
        return groupByKeys(
          queries.map((q) => q.key),
          rows,
          (r) => r.key,
        ).map((list, i) => officeHolders(list.map((r) => r.row), keys[i]!.at));
      },
      { cacheKeyFn: (k) => `${k.organizationId}@${k.at ?? ''}` },
    ),
    /** The programs each organisation is party to, newest first. */
    programs: new DataLoader<string, NodeRow[]>(async (ids) => groupByKeys(ids, await organizations.programs(ids), (r) => r.key).map((rows) => rows.map((r) => r.node))),
    /** Pages of the events each organisation organised or attended. */
    events: edgePageLoader<OrganizationEventOrder, Omit<OrganizationEventQuery, 'key'>, OrganizationEventRow>((order, queries) => organizations.events(order, queries)),
    /** Pages of the sources each organisation published. */
    published: pageLoader<'DATE_DESC', Omit<OrganizationListQuery, 'key'>>((_order, queries) => organizations.published(queries)),
  };
}
