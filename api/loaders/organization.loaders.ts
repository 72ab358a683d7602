import DataLoader from 'dataloader';
import type { NodeRow } from '../db/mapping.js';
import {
  officeHolderDetailKey,
  type OfficeHolderDetail,
  type OrganizationEventOrder,
  type OrganizationEventQuery,
  type OrganizationEventRow,
  type OrganizationListQuery,
  type OrganizationOrder,
  type OrganizationPageQuery,
} from '../db/organization/organization.repository.js';
import { officeHolders, type ObservationGroup } from '../db/person/role-timeline.js';
import type { Repositories } from '../db/repositories.js';
import { loadByDetail } from './by-detail.js';
import { edgePageLoader } from './edge-page-loader.js';
import { groupByKeys } from './order-by-keys.js';
import { pageLoader } from './page-loader.js';

/** Office holders of one organisation, on a day (ISO) or ever, read in as much detail as the request needs. */
export interface OfficeHoldersKey {
  organizationId: string;
  at: string | null;
  detail: OfficeHolderDetail;
}

/** Per-request loaders of the organization domain. */
export function createOrganizationLoaders(repositories: Repositories) {
  const organizations = repositories.organizations;
  return {
    /** Pages of `organizations`. */
    pages: pageLoader<OrganizationOrder, Omit<OrganizationPageQuery, 'key'>>((order, queries) => organizations.pages(order, queries)),
    /** Office holders: the observations of every organisation of a level, kept by date there, grouped here. */
    officeHolders: new DataLoader<OfficeHoldersKey, ObservationGroup[], string>(
      (keys) =>
        loadByDetail(keys, (k) => k.detail, officeHolderDetailKey, async (detail, group) => {
          const queries = group.map((k, i) => ({ key: String(i), organizationId: k.organizationId, at: k.at }));
          const rows = await organizations.officeHolderObservations(detail, queries);
          return groupByKeys(
            queries.map((q) => q.key),
            rows,
            (r) => r.key,
          ).map((list, i) => officeHolders(list.map((r) => r.row), group[i]!.at));
        }),
      { cacheKeyFn: (k) => `${k.organizationId}@${k.at ?? ''}@${officeHolderDetailKey(k.detail)}` },
    ),
    /** The programs each organisation is party to, newest first. */
    programs: new DataLoader<string, NodeRow[]>(async (ids) => groupByKeys(ids, await organizations.programs(ids), (r) => r.key).map((rows) => rows.map((r) => r.node))),
    /** Pages of the events each organisation organised or attended. */
    events: edgePageLoader<OrganizationEventOrder, Omit<OrganizationEventQuery, 'key'>, OrganizationEventRow>((order, queries) => organizations.events(order, queries)),
    /** Pages of the sources each organisation published. */
    published: pageLoader<'DATE_DESC', Omit<OrganizationListQuery, 'key'>>((_order, queries) => organizations.published(queries)),
  };
}
