import DataLoader from 'dataloader';
import type { LineLabel, LineUnit, PostObservation } from '../db/lineage/lineage.repository.js';
import type { Repositories } from '../db/repositories.js';
import { lifespanOf, type LineMember } from '../../model/lifespan.js';
import { groupByKeys } from './order-by-keys.js';

/** A unit of a line with its lifespan worked out (model/lifespan.ts). */
export type LineMemberRow = LineUnit & LineMember;

/** Per-request loaders of lines of succession: one statement per label in a level. */
export function createLineageLoaders(repositories: Repositories) {
  const byLabel = new Map<LineLabel, DataLoader<string, LineMemberRow[]>>();
  return {
    /** Every observation of a post (`organisation id|folded title`) along the organisation's line, earliest first. */
    post: new DataLoader<string, PostObservation[]>(async (keys) => {
      const posts = keys.map((key) => ({ key, organization: key.slice(0, key.indexOf('|')), title: key.slice(key.indexOf('|') + 1) }));
      return groupByKeys(keys, await repositories.lineage.postObservations(posts), (o) => o.key);
    }),
    /** The line of each unit of `label`: itself, its predecessors and its successors, nearest first. */
    line(label: LineLabel): DataLoader<string, LineMemberRow[]> {
      let loader = byLabel.get(label);
      if (!loader) {
        loader = new DataLoader(async (ids) =>
          groupByKeys(ids, await repositories.lineage.lines(label, ids), (u) => u.key).map((units) => units.map((u) => ({ ...u, lifespan: lifespanOf(u.bounds) }))),
        );
        byLabel.set(label, loader);
      }
      return loader;
    },
  };
}
