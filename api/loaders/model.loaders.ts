import DataLoader from 'dataloader';
import type { ModelOrder, ModelPageQuery, StoredPartialDate } from '../db/model/model.repository.js';
import type { Repositories } from '../db/repositories.js';
import { orderByKeys } from './order-by-keys.js';
import { pageLoader } from './page-loader.js';

/** Per-request loaders of the model domain. */
export function createModelLoaders(repositories: Repositories) {
  return {
    /** Pages of models: `models`, and `Place.models` / `Campaign.models` under every parent of a level at once. */
    pages: pageLoader<ModelOrder, Omit<ModelPageQuery, 'key'>>((order, queries) => repositories.models.pages(order, queries)),
    /** The date each model was first seen; null for a model never dated. */
    firstSeen: new DataLoader<string, StoredPartialDate | null>(async (ids) => {
      const rows = await repositories.models.firstSeen(ids);
      return orderByKeys(ids, rows, (r) => r.key).map((r) => r?.firstSeen ?? null);
    }),
  };
}
