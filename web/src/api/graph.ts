import { graphql } from './client.js';
import { ENTITY_REF } from './fragments.js';
import type { EntityRef, GraphEdge, SourceId } from './types.js';

export interface Neighborhood {
  truncated: boolean;
  nodes: EntityRef[];
  edges: GraphEdge[];
}

/** A step of a path, with what states it: every fact shown cites its sources. */
export interface PathEdge extends GraphEdge {
  sources: SourceId[];
  inferred: boolean;
  inferenceNote: string | null;
}

export interface Path {
  length: number;
  nodes: EntityRef[];
  edges: PathEdge[];
}

const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { ${ENTITY_REF} }
      edges { id type from to label }
    }
  }
`;

export async function fetchNeighborhood(id: string, options: { depth?: number; limit?: number; signal?: AbortSignal } = {}): Promise<Neighborhood> {
  const data = await graphql<{ neighborhood: Neighborhood }>(NEIGHBORHOOD, { id, depth: options.depth ?? 1, limit: options.limit ?? 40 }, options.signal);
  return data.neighborhood;
}

// The two ends are asked for by id as well: when no path joins them the page
// still names what was compared.
const PATHS = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
    ends: nodes(ids: [$from, $to]) { ... on Entity { ${ENTITY_REF} } }
    paths(from: $from, to: $to, maxHops: $maxHops, limit: 10) {
      length
      nodes { ${ENTITY_REF} }
      edges { id type from to label inferred inferenceNote sources { id } }
    }
  }
`;

export async function fetchPaths(from: string, to: string, maxHops: number, signal: AbortSignal): Promise<{ ends: (EntityRef | null)[]; paths: Path[] }> {
  return graphql<{ ends: (EntityRef | null)[]; paths: Path[] }>(PATHS, { from, to, maxHops }, signal);
}

const ENTITY_NAME = /* GraphQL */ `
  query ExplorerEntityName($id: ID!) { node(id: $id) { ... on Entity { ${ENTITY_REF} } } }
`;

export async function fetchEntityRef(id: string, signal: AbortSignal): Promise<EntityRef | null> {
  const { node } = await graphql<{ node: EntityRef | null }>(ENTITY_NAME, { id }, signal);
  return node && 'name' in node ? node : null;
}
