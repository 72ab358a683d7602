import { graphql } from './client.js';
import { PERIOD } from './fragments.js';
import type { Ref } from './types.js';

const PERIODS = /* GraphQL */ `
  query ExplorerPeriods($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Place { id name ${PERIOD} }
      ... on Organization { id name ${PERIOD} }
    }
  }
`;

// `nodes` takes at most 100 ids.
const BATCH = 100;

/** The periods of places and organisations by id (anything else is left out). */
export async function fetchPeriods(ids: readonly string[]): Promise<Map<string, Ref>> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  const answers = await Promise.all(batches.map((batch) => graphql<{ nodes: (Ref | null)[] }>(PERIODS, { ids: batch })));
  const found = new Map<string, Ref>();
  for (const answer of answers) for (const node of answer.nodes) if (node && 'id' in node) found.set(node.id, node);
  return found;
}
