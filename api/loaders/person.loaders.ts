import DataLoader from 'dataloader';
import {
  appearanceDetailKey,
  type AppearanceOrder,
  type AppearanceQuery,
  type AppearanceRow,
  type CoAppearanceRow,
  type PersonListQuery,
  type PersonOrder,
  type PersonPageQuery,
} from '../db/person/person.repository.js';
import { timelineDetailKey, type TimelineDetail } from '../db/person/observation-row.js';
import { roleTimeline, type ObservationGroup } from '../db/person/role-timeline.js';
import type { Repositories } from '../db/repositories.js';
import { loadByDetail } from './by-detail.js';
import { edgePageLoader } from './edge-page-loader.js';
import { groupByKeys, orderByKeys } from './order-by-keys.js';
import { pageLoader } from './page-loader.js';

/** One person's role timeline, read in as much detail as the request needs. */
export interface RolesKey {
  personId: string;
  detail: TimelineDetail;
}

/** Per-request loaders of the person domain. */
export function createPersonLoaders(repositories: Repositories) {
  const people = repositories.people;
  return {
    /** Pages of `people`. */
    pages: pageLoader<PersonOrder, Omit<PersonPageQuery, 'key'>>((order, queries) => people.pages(order, queries)),
    /** Each person's role timeline, from all their observations in one statement per level. */
    roles: new DataLoader<RolesKey, ObservationGroup[], string>(
      (keys) =>
        loadByDetail(keys, (k) => k.detail, timelineDetailKey, async (detail, group) => {
          const ids = group.map((k) => k.personId);
          const rows = await people.observations(detail, ids);
          return groupByKeys(ids, rows, (r) => r.key).map((list) => roleTimeline(list.map((r) => r.row)));
        }),
      { cacheKeyFn: (k) => `${k.personId}|${timelineDetailKey(k.detail)}` },
    ),
    /** Pages of participations in events, under every person of a level at once. */
    appearances: edgePageLoader<AppearanceOrder, Omit<AppearanceQuery, 'key'>, AppearanceRow>(async (order, queries) => {
      const pages = await loadByDetail(queries, (q) => q.detail, appearanceDetailKey, async (detail, some) =>
        orderByKeys(
          some.map((q) => q.key),
          await people.appearances(order, detail, some),
          (p) => p.key,
        ),
      );
      return pages.filter((p) => p !== null);
    }),
    /** Pages of the people each person met at events. */
    coAppearances: edgePageLoader<'COUNT_DESC', Omit<PersonListQuery, 'key'>, CoAppearanceRow>((_order, queries) => people.coAppearances(queries)),
    /** Pages of the sources each person wrote. */
    authored: pageLoader<'DATE_DESC', Omit<PersonListQuery, 'key'>>((_order, queries) => people.authored(queries)),
  };
}
