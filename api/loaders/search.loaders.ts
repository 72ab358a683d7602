import DataLoader from 'dataloader';
import type { EntityLabel } from '../../model/labels.js';
import type { Repositories } from '../db/repositories.js';
import type { SearchTerms } from '../db/search/fulltext-query.js';
import type { SearchPage } from '../db/search/search.repository.js';

/** One search page: what to look for, among which labels, and the window. */
export interface SearchRequest {
  terms: SearchTerms;
  labels: readonly EntityLabel[];
  offset: number;
  limit: number;
  /** Only these properties of the hits' nodes (api/graphql/field-reads.ts); all of them, with their sources, when null. */
  properties: readonly string[] | null;
}

/** Per-request loaders of the search domain: the same search asked twice in one request runs once. */
export function createSearchLoaders(repositories: Repositories) {
  return {
    pages: new DataLoader<SearchRequest, SearchPage, string>(
      (requests) => Promise.all(requests.map((r) => repositories.search.search(r.terms, r.labels, { offset: r.offset, limit: r.limit }, r.properties ?? undefined))),
      { cacheKeyFn: (r) => JSON.stringify([r.terms.lucene, r.terms.words, r.labels, r.offset, r.limit, r.properties]) },
    ),
  };
}
