import type { ExampleIds } from './example-tabs.js';

// Whatever the data, the first of each list will do; people are taken among
// those with a role observation, so the timeline example has something to show.
const EXAMPLE_IDS = /* GraphQL */ `
  query GraphiQLExampleIds {
    people(first: 2, filter: { seenFrom: "1900-01-01" }) { edges { node { id } } }
    organizations(first: 1, filter: { kinds: [PEOPLES_COMMITTEE] }) { edges { node { id } } }
    events(first: 1) { edges { node { id } } }
    programs(first: 1) { edges { node { id } } }
    places(first: 1, filter: { kinds: [PROVINCE] }) { edges { node { id } } }
  }
`;

type Page = { edges: { node: { id: string } }[] };

/** Real ids for the examples' variables; none when the server cannot answer (the examples still load). */
export async function fetchExampleIds(): Promise<ExampleIds> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE_IDS }),
    });
    const { data } = (await response.json()) as { data?: Record<'people' | 'organizations' | 'events' | 'programs' | 'places', Page> };
    if (!data) return {};
    const first = (page: Page, index = 0) => page.edges[index]?.node.id;
    return {
      person: first(data.people),
      otherPerson: first(data.people, 1),
      organization: first(data.organizations),
      event: first(data.events),
      program: first(data.programs),
      place: first(data.places),
    };
  } catch {
    return {};
  }
}
