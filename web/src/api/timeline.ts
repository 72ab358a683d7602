import { graphql } from './client.js';
import { ORGANIZATION_REF } from './fragments.js';
import { fetchSources } from './sources.js';
import type { PartialDate, Ref, SourceRef } from './types.js';

export interface Observation {
  id: string;
  title: string;
  titleAsWritten: string | null;
  observedAtPartial: Required<PartialDate>;
  event: Ref | null;
  source: SourceRef;
  inferred: boolean;
  inferenceNote: string | null;
}

export interface TimelineRole {
  title: string;
  organization: Ref;
  firstSeenPartial: PartialDate;
  lastSeenPartial: PartialDate;
  observations: Observation[];
}

export interface TimelinePerson {
  __typename: 'Person';
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  roles: TimelineRole[];
}

// The contract's PersonTimeline with partial dates, so that an observation
// known only to the month or year still has its place on the axis.
const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id name aliases description
        roles {
          title
          organization { ${ORGANIZATION_REF} }
          firstSeenPartial { text }
          lastSeenPartial { text }
          observations {
            id title titleAsWritten inferred inferenceNote
            observedAtPartial { text precision from to }
            event { id name }
            source { id }
          }
        }
      }
    }
  }
`;

type Fetched = Omit<TimelinePerson, 'roles'> & { roles: (Omit<TimelineRole, 'observations'> & { observations: (Omit<Observation, 'source'> & { source: { id: string } })[] })[] };

/** The person's roles, each observation with its source's publisher, title and date (a second request). */
export async function fetchTimeline(id: string, signal: AbortSignal): Promise<TimelinePerson | null> {
  const { node } = await graphql<{ node: { __typename: string } | null }>(TIMELINE, { id }, signal);
  if (node?.__typename !== 'Person') return null;
  const person = node as Fetched;
  const sources = await fetchSources(
    person.roles.flatMap((r) => r.observations.map((o) => o.source.id)),
    signal,
  );
  return {
    ...person,
    roles: person.roles.map((role) => ({
      ...role,
      observations: role.observations.map((o) => ({ ...o, source: sources.get(o.source.id) ?? { id: o.source.id, title: 'Nguồn', publisher: null, publishedAtPartial: null, publishedBy: null } })),
    })),
  };
}
