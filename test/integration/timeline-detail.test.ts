// A person's timeline and appearances read with only what the request selects
// (observations, organisations, events, sources and places projected:
// person.resolvers.ts) must
// answer as the timeline built from whole rows, for every person of the seed
// and for observations whose partial dates tie.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preloadedRelation } from '../../api/db/graph/preloaded.js';
import { PersonRepository } from '../../api/db/person/person.repository.js';
import { roleTimeline } from '../../api/db/person/role-timeline.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation } from '../helpers/contract.js';
import { seededApi } from '../helpers/seeded-api.js';
import { seededExecutor } from '../helpers/seeded.js';
import { createTiedObservations, removeTiedObservations } from '../helpers/tied-observations.js';

interface TimelineAnswer {
  node: {
    roles: {
      title: string;
      organization: { id: string; name: string };
      firstSeen: string | null;
      lastSeen: string | null;
      observations: { observedAt: string | null; title: string; event: { id: string; name: string; date: string | null } | null; source: { id: string; title: string; publisher: string | null; publishedAt: string | null } }[];
    }[];
    appearances: {
      totalCount: number;
      edges: { role: string; titleAtEvent: string | null; node: { id: string; name: string; date: string | null; place: { id: string; name: string } | null } }[];
    };
  };
}

const WHOLE = { observation: 'all', person: 'all', organization: 'all', event: 'all', source: 'all' } as const;
const WHOLE_EVENTS = { event: 'all', place: 'all' } as const;
const dayOf = (row: Record<string, unknown>, field: string) => (row[`${field}Precision`] === 'DAY' ? (row[field] as string) : null);

describe('a timeline read with only the selected fields', () => {
  const executor = seededExecutor();
  const api = seededApi();

  it('answers the contract’s PersonTimeline as the timeline of whole rows does, for every person of the seed and tied dates', async () => {
    await createTiedObservations(executor());
    try {
      await compareEveryTimeline();
    } finally {
      await removeTiedObservations(executor());
    }
  });

  async function compareEveryTimeline() {
    const people = await executor().read<{ id: string }>('MATCH (p:Person) WHERE (p)-[:HAS_ROLE]->() RETURN p.id AS id ORDER BY id');
    assert.ok(people.length >= 10, `people with roles in the seed: ${people.length}`);
    const repository = new PersonRepository(executor());
    const rows = await repository.observations(
      WHOLE,
      people.map((p) => p.id),
    );
    const appearancePages = await repository.appearances(
      'DATE_ASC',
      WHOLE_EVENTS,
      people.map((p) => ({ key: p.id, personId: p.id, role: null, offset: 0, limit: 50, detail: WHOLE_EVENTS })),
    );
    let observations = 0;
    let appearances = 0;
    for (const { id } of people) {
      const expected = roleTimeline(rows.filter((r) => r.key === id).map((r) => r.row)).map((group) => ({
        title: group.title,
        organization: { id: toGlobalId('Organization', group.organization.id), name: String(group.organization.name) },
        firstSeen: dayOf(group.first, 'observedAt'),
        lastSeen: dayOf(group.last, 'observedAt'),
        observations: group.observations.map((o) => ({
          observedAt: dayOf(o, 'observedAt'),
          title: String(o.title),
          event: o.joined.event ? { id: toGlobalId('Event', o.joined.event.id), name: String(o.joined.event.name), date: dayOf(o.joined.event, 'date') } : null,
          source: {
            id: toGlobalId('Source', o.joined.source!.id),
            title: String(o.joined.source!.title),
            publisher: (o.joined.source!.publisher as string | undefined) ?? null,
            publishedAt: (o.joined.source!.publishedAt as string | undefined) ?? null,
          },
        })),
      }));
      observations += expected.flatMap((g) => g.observations).length;
      const page = appearancePages.find((p) => p.key === id)!;
      const expectedAppearances = {
        totalCount: page.total,
        edges: page.items.map(({ node, rel }) => {
          const held = preloadedRelation(node, 'eventPlace')?.[0]?.node;
          return {
            role: String(rel.role),
            titleAtEvent: (rel.titleAtEvent as string | undefined) ?? null,
            node: { id: toGlobalId('Event', node.id), name: String(node.name), date: dayOf(node, 'date'), place: held ? { id: toGlobalId('Place', held.id), name: String(held.name) } : null },
          };
        }),
      };
      appearances += page.items.length;
      const answer = await api.data<TimelineAnswer>(contractOperation('PersonTimeline'), { id: toGlobalId('Person', id) });
      assert.deepEqual(answer.node.roles, expected, id);
      assert.deepEqual(answer.node.appearances, expectedAppearances, id);
    }
    assert.ok(observations >= 20, `observations compared: ${observations}`);
    assert.ok(appearances >= 10, `appearances compared: ${appearances}`);
  }
});
