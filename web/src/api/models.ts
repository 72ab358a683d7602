import { graphql } from './client.js';
import type { PartialDate, Ref, SourceId } from './types.js';

export interface RegistryModel {
  id: string;
  name: string;
  description: string | null;
  category: string | null;
  firstSeenPartial: PartialDate | null;
  originPlace: Ref | null;
  adoptions: { place: Ref; sincePartial: PartialDate | null; sources: SourceId[] }[];
  events: (Ref & { datePartial: PartialDate | null })[];
  programs: Ref[];
  sources: SourceId[];
}

export interface ModelFilter {
  text?: string;
  place?: string;
  category?: string;
  seenFrom?: string;
  seenTo?: string;
}

const MODELS = /* GraphQL */ `
  query ExplorerModels($filter: ModelFilter, $after: String) {
    models(filter: $filter, orderBy: DATE_ASC, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name description category
          firstSeenPartial { text }
          originPlace { id name }
          adoptions { place { id name } sincePartial { text } sources { id } }
          events { id name datePartial { text } }
          programs { id name }
          sources { id }
        }
      }
    }
  }
`;

export interface ModelsPage {
  totalCount: number;
  models: RegistryModel[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export async function fetchModels(filter: ModelFilter, after: string | null, signal: AbortSignal): Promise<ModelsPage> {
  const data = await graphql<{
    models: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RegistryModel }[] };
  }>(MODELS, { filter, after }, signal);
  return {
    totalCount: data.models.totalCount,
    models: data.models.edges.map((e) => e.node),
    endCursor: data.models.pageInfo.endCursor,
    hasNextPage: data.models.pageInfo.hasNextPage,
  };
}

export interface PlaceOption extends Ref {
  kind: string;
  parent: Ref | null;
  validFromPartial: PartialDate | null;
  validToPartial: PartialDate | null;
}

// The places a model can be filtered by are regions and provinces; the API
// matches a place and everything inside it. Categories are free text with no
// list of their own in the schema, so they are read off the models (the
// registry holds tens of models, not thousands).
const FILTER_OPTIONS = /* GraphQL */ `
  query ExplorerModelFilters {
    places(filter: { kinds: [REGION, PROVINCE, MUNICIPALITY] }, first: 100) {
      edges { node { id name kind parent { id name } validFromPartial { text } validToPartial { text } } }
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
