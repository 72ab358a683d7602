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
    /** Office holders: the observations of every organisation of a level in one statement, then grouped and kept by date here. */
    officeHolders: new DataLoader<OfficeHoldersKey, ObservationGroup[], string>(
      async (keys) => {
        const ids = [...new Set(keys.map((k) => k.organizationId))];
        const byOrganization = new Map(groupByKeys(ids, await organizations.observations(ids), (r) => r.key).map((rows, i) => [ids[i]!, rows.map((r) => r.row)]));
        return keys.map((k) => officeHolders(byOrganization.get(k.organizationId) ?? [], k.at));
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
