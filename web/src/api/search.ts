import type { EntityRef } from './types.js';
import { graphql } from './client.js';
import { ENTITY_REF } from './fragments.js';

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($q: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
    search(query: $q, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${ENTITY_REF} description } }
    }
  }
`;

export interface SearchHit extends EntityRef {
  description: string | null;
}

export interface SearchPage {
  totalCount: number;
  hits: SearchHit[];
  endCursor: string | null;
  hasNextPage: boolean;
}

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: SearchHit }[];
  };
}

/** One page of the API's search, which ignores case and Vietnamese diacritics. */
export async function searchEntities(
  q: string,
  options: { kinds?: string[]; first?: number; after?: string | null; signal?: AbortSignal } = {},
): Promise<SearchPage> {
  const data = await graphql<SearchData>(
    SEARCH,
    { q, kinds: options.kinds?.length ? options.kinds : null, first: options.first ?? 20, after: options.after ?? null },
    options.signal,
  );
  return {
    totalCount: data.search.totalCount,
    hits: data.search.edges.map((e) => e.node),
    endCursor: data.search.pageInfo.endCursor,
    hasNextPage: data.search.pageInfo.hasNextPage,
  };
}
