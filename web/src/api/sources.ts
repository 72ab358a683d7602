import { graphql } from './client.js';
import type { SourceRef } from './types.js';

// Facts ask only for their sources' ids; the details of every source on a
// page come in one request afterwards. Selecting the full citation under
// every fact would repeat it many levels deep, and the server's query cost
// limit (GraphQL Armor) rightly weighs deep selections heavily.
const SOURCES = /* GraphQL */ `
  query ExplorerSources($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Source {
        id title publisher url
        publishedAtPartial { text precision }
        pageDatePartial { text precision }
        publishedBy { id name }
      }
    }
  }
`;

// `nodes` takes at most 100 ids.
const BATCH = 100;

export async function fetchSources(ids: Iterable<string>, signal?: AbortSignal): Promise<Map<string, SourceRef>> {
  const unique = [...new Set(ids)];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += BATCH) batches.push(unique.slice(i, i + BATCH));
  const answers = await Promise.all(batches.map((batch) => graphql<{ nodes: (SourceRef | null)[] }>(SOURCES, { ids: batch }, signal)));
  const sources = new Map<string, SourceRef>();
  for (const answer of answers) for (const source of answer.nodes) if (source && 'title' in source) sources.set(source.id, source);
  return sources;
}
