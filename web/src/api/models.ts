import { graphql } from './client.js';
import { PLACE_REF } from './fragments.js';
import type { PartialDate, Ref, SourceId } from './types.js';
import type { Dated } from '../ui/names.js';

/** A fact of a registry card with what states it. */
export interface CitedFact {
  sources: SourceId[];
  inferred: boolean;
  inferenceNote: string | null;
}

export interface RegistryModel {
  id: string;
  name: string;
  description: string | null;
  category: string | null;
  firstSeenPartial: PartialDate | null;
  adoptions: ({ place: Ref; sincePartial: PartialDate | null } & CitedFact)[];
  presentations: ({ event: Ref & { datePartial: PartialDate | null } } & CitedFact)[];
  sources: SourceId[];
  /** The former units of the filter's place the model was found through (the API's `through`; decision 026); empty when it is in the place as it is. */
  through: Ref[];
}

/** Where a model started and what backs it, with what states each (a second request: `fetchCardFacts`). */
export interface CardFacts {
  origin: { node: Ref; relationship: CitedFact }[];
  backers: { node: Ref; relationship: CitedFact }[];
}

export interface ModelFilter {
  text?: string;
  place?: string;
  category?: string;
  seenFrom?: string;
  seenTo?: string;
}

const CITED = 'inferred inferenceNote sources { id }';
const MODELS = /* GraphQL */ `
  query ExplorerModels($filter: ModelFilter, $after: String) {
    models(filter: $filter, orderBy: DATE_ASC, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        through { id name }
        node {
          id name description category
          firstSeenPartial { text }
          adoptions { place { id name } sincePartial { text } ${CITED} }
          presentations { event { id name datePartial { text } } ${CITED} }
          sources { id }
        }
      }
    }
  }
`;

// The place of origin and the programs that back a model are read as its
// relationships, which carry their sources and inference marks, so that a
// card cites every fact it shows, as the model's page does. They are asked
// by id once the page of models is known: the server's cost limit counts a
// list inside a list of 50 fifty times over.
const CARD_FACTS = /* GraphQL */ `
  query ExplorerModelCardFacts($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Model {
        id
        origin: relationships(types: [ORIGINATED_IN], direction: OUTGOING, first: 10) { edges { node { __typename id name } relationship { ${CITED} } } }
        backers: relationships(types: [BACKS], direction: INCOMING, first: 20) { edges { node { __typename id name } relationship { ${CITED} } } }
      }
    }
  }
`;

interface FetchedCardFacts {
  id: string;
  origin: { edges: CardFacts['origin'] };
  backers: { edges: CardFacts['backers'] };
}

export async function fetchCardFacts(ids: string[], signal: AbortSignal): Promise<Map<string, CardFacts>> {
  const facts = new Map<string, CardFacts>();
  if (ids.length === 0) return facts;
  const { nodes } = await graphql<{ nodes: (FetchedCardFacts | null)[] }>(CARD_FACTS, { ids }, signal);
  for (const node of nodes) if (node && 'origin' in node) facts.set(node.id, { origin: node.origin.edges, backers: node.backers.edges });
  return facts;
}

export interface ModelsPage {
  totalCount: number;
  models: RegistryModel[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export async function fetchModels(filter: ModelFilter, after: string | null, signal: AbortSignal): Promise<ModelsPage> {
  const data = await graphql<{
    models: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Omit<RegistryModel, 'through'>; through: Ref[] }[] };
  }>(MODELS, { filter, after }, signal);
  return {
    totalCount: data.models.totalCount,
    models: data.models.edges.map((e) => ({ ...e.node, through: e.through })),
    endCursor: data.models.pageInfo.endCursor,
    hasNextPage: data.models.pageInfo.hasNextPage,
  };
}

const MODEL_COUNT = /* GraphQL */ `
  query ExplorerModelCount($filter: ModelFilter) { models(filter: $filter, first: 0) { totalCount } }
`;

/** How many models a filter finds, without reading them. */
export async function countModels(filter: ModelFilter, signal: AbortSignal): Promise<number> {
  return (await graphql<{ models: { totalCount: number } }>(MODEL_COUNT, { filter }, signal)).models.totalCount;
}

export interface PlaceOption extends Ref, Dated {
  kind: string;
  parent: Ref | null;
}

// The places a model can be filtered by are regions and provinces; the API
// matches a place and everything inside it. Categories are free text with no
// list of their own in the schema, so they are read off the models (the
// registry holds tens of models, not thousands).
const FILTER_OPTIONS = /* GraphQL */ `
  query ExplorerModelFilters {
    places(filter: { kinds: [REGION, PROVINCE, MUNICIPALITY] }, first: 100) {
      edges { node { ${PLACE_REF} kind parent { id name } } }
    }
    models(first: 100) { edges { node { category } } }
  }
`;

export async function fetchFilterOptions(signal: AbortSignal): Promise<{ places: PlaceOption[]; categories: string[] }> {
  const data = await graphql<{ places: { edges: { node: PlaceOption }[] }; models: { edges: { node: { category: string | null } }[] } }>(
    FILTER_OPTIONS,
    {},
    signal,
  );
  const categories = [...new Set(data.models.edges.map((e) => e.node.category).filter((c): c is string => !!c))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { places: data.places.edges.map((e) => e.node), categories };
}

export interface PlaceRelative {
  place: Ref;
  /** A predecessor (the place succeeded into the filtered one) or a successor. */
  before: boolean;
}

const PLACE_RELATIVES = /* GraphQL */ `
  query ExplorerPlaceRelatives($id: ID!) {
    node(id: $id) {
      ... on Place {
        ${PLACE_REF}
        predecessors { place { ${PLACE_REF} } }
        successors { place { ${PLACE_REF} } }
      }
    }
  }
`;

interface Relatives extends Ref {
  predecessors: { place: Ref; datePartial?: PartialDate | null }[];
  successors: { place: Ref; datePartial?: PartialDate | null }[];
}

/** The place a filter names, and the places it succeeded or was succeeded by. */
export async function fetchPlaceRelatives(id: string, signal: AbortSignal): Promise<{ place: Ref; relatives: PlaceRelative[] } | null> {
  const { node } = await graphql<{ node: Relatives | null }>(PLACE_RELATIVES, { id }, signal);
  if (!node || !('predecessors' in node)) return null;
  return {
    place: node,
    relatives: [...node.predecessors.map((s) => ({ place: s.place, before: true })), ...node.successors.map((s) => ({ place: s.place, before: false }))],
  };
}
