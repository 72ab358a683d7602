/**
 * The nearest @neo4j/graphql query to each contract operation, in the schema
 * the library generates from type-defs.graphql. Where the library has no way
 * to say what the contract asks, the client gets the raw facts and would do
 * the rest itself — said per operation below. Neighborhood (any relationship,
 * depth 2, a node budget) and Connection (shortest paths) have no equivalent
 * without hand-written @cypher, so they are not measured for this target.
 */
type Args = Record<string, string>;

export interface Neo4jGraphqlOperation {
  query: string;
  variables: (a: Args, lucene: string) => Record<string, unknown>;
}

const SEARCH_KIND = (field: string, root: string) => `${field}: ${root}(phrase: $phrase, first: 5) { totalCount edges { score node { id name } } }`;

export const NEO4J_GRAPHQL_OPERATIONS: Record<string, Neo4jGraphqlOperation> = {
  // One root field per kind (the library searches one label at a time): 4 × 5 hits instead of one ranked page of 20.
  Search: {
    query: `query Search($phrase: String!) {
  ${SEARCH_KIND('people', 'searchPeople')}
  ${SEARCH_KIND('organizations', 'searchOrganizations')}
  ${SEARCH_KIND('events', 'searchEvents')}
  ${SEARCH_KIND('models', 'searchModels')}
}`,
    variables: (_a, lucene) => ({ phrase: lucene }),
  },
  // Observations, not roles: grouping by title and organisation (firstSeen, lastSeen) is left to the client.
  PersonTimeline: {
    query: `query PersonTimeline($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name aliases
    roles(sort: [{ observedAtFrom: ASC }]) {
      title observedAt
      organization { id name }
      event { id name date }
      sources { id title publisher publishedAt }
    }
    appearancesConnection(first: 50) { totalCount edges { properties { role titleAtEvent } node { id name date place { id name } } } }
  }
}`,
    variables: (a) => ({ id: a.id }),
  },
  // Every observation at the organisation: which holder's span covers the date is the client's job.
  OfficeHolders: {
    query: `query OfficeHolders($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id name kind level
    place { id name }
    observations { title observedAtFrom observedAtTo person { id name } }
  }
}`,
    variables: (a) => ({ id: a.id }),
  },
  // "The place and every place inside it" spelled out to three levels (province → district → commune); firstSeen from the event dates, client-side.
  Models: {
    query: `query Models($place: ID!) {
  modelsConnection(first: 20, sort: [{ sortKey: ASC }, { id: ASC }], where: { OR: [
    { originPlace: { some: { OR: [
      { id: { eq: $place } },
      { parent: { some: { id: { eq: $place } } } },
      { parent: { some: { parent: { some: { id: { eq: $place } } } } } }
    ] } } },
    { places: { some: { id: { eq: $place } } } }
  ] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name description category originPlace { id name } places { id name } events { id name date } sources { id title } } }
  }
}`,
    variables: (a) => ({ place: a.place }),
  },
  EventDetail: {
    query: `query EventDetail($id: ID!) {
  events(where: { id: { eq: $id } }) {
    id name date kind online
    place { id name }
    organizers { id name }
    participantsConnection { edges { properties { role titleAtEvent } node { id name } } }
    models { id name }
    programsSigned { id name }
    programsReviewed { id name }
    sources { id title publisher publishedAt }
  }
}`,
    variables: (a) => ({ id: a.id }),
  },
};
