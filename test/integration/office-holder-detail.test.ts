// Office holders read without their observations (the first and the last only,
// chosen in Cypher) must answer as the holders read with every observation
// (chosen in role-timeline.ts), on the seed and on partial dates that tie.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';
import { createTiedObservations, removeTiedObservations, TIED_ORGANIZATION } from '../helpers/tied-observations.js';

const HOLDERS = (withObservations: boolean) => `query($id: ID!, $at: Date) { node(id: $id) { ... on Organization {
  officeHolders(at: $at) { title person { id name } firstSeen lastSeen firstSeenPartial { text precision from to } lastSeenPartial { text precision from to }
    ${withObservations ? 'observations { id }' : ''} } } } }`;

interface Holder {
  title: string;
  person: { id: string; name: string };
  firstSeen: string | null;
  lastSeen: string | null;
  firstSeenPartial: { text: string } | null;
  lastSeenPartial: { text: string } | null;
  observations?: { id: string }[];
}

describe('office holders read with and without their observations', () => {
  const observer = new CountingObserver();
  // Hooks of a kind run in the order they are declared: the fixture goes away
  // before seededApi's own `after` closes the driver, and comes after its `before`.
  after(async () => removeTiedObservations(createTestExecutor(api.driver)));
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, observer) });
  before(async () => createTiedObservations(createTestExecutor(api.driver)));

  async function holders(id: string, at: string | null, withObservations: boolean): Promise<{ holders: Holder[]; cypher: string[] }> {
    observer.queries.length = 0;
    const { node } = await api.data<{ node: { officeHolders: Holder[] } }>(HOLDERS(withObservations), { id, at });
    return { holders: node.officeHolders, cypher: [...observer.queries] };
  }
  const withoutObservations = (list: Holder[]) => list.map(({ observations: _ignored, ...rest }) => rest);

  it('take the earliest-starting observation as the first and, of the latest-ending, the last in date order', async () => {
    const id = toGlobalId('Organization', TIED_ORGANIZATION);
    const all = await holders(id, null, true);
    const ends = await holders(id, null, false);
    assert.deepEqual(ends.holders, withoutObservations(all.holders));
    assert.deepEqual(
      ends.holders.map((h) => [h.title, h.firstSeenPartial?.text, h.lastSeenPartial?.text]),
      [
        ['Phó Trưởng Ban', '2021-06-30', '2021-06-30'],
        ['Trưởng Ban', '2023', '2023-12'],
      ],
    );
    assert.deepEqual(
      all.holders.map((h) => h.observations?.map((o) => o.id)),
      [
        [toGlobalId('RoleObservation', 'zz-oh-obs-7'), toGlobalId('RoleObservation', 'zz-oh-obs-6')],
        ['zz-oh-obs-1', 'zz-oh-obs-5', 'zz-oh-obs-4', 'zz-oh-obs-2', 'zz-oh-obs-3'].map((o) => toGlobalId('RoleObservation', o)),
      ],
    );
    // Without observations the statement returns the two ends, not all five.
    assert.ok(ends.cypher.some((c) => c.includes('CASE WHEN first.id = last.id')), 'the ends-only statement ran');
    assert.ok(all.cypher.every((c) => !c.includes('CASE WHEN first.id = last.id')), 'the detailed statement ran');
  });

  it('answer alike on every organisation of the seed, ever and on several days', async () => {
    const organizations = await api.executor.read<{ id: string }>('MATCH (o:Organization) WHERE (o)<-[:IN_ORGANIZATION]-() RETURN o.id AS id ORDER BY id');
    assert.ok(organizations.length >= 10, `the seed has organisations with office holders (${organizations.length})`);
    let compared = 0;
    for (const { id } of organizations) {
      for (const at of [null, '2020-06-15', '2021-03-24', '2022-01-01', '2023-03-30', '2023-12-15']) {
        const all = await holders(toGlobalId('Organization', id), at, true);
        const ends = await holders(toGlobalId('Organization', id), at, false);
        assert.deepEqual(ends.holders, withoutObservations(all.holders), `${id} at ${at}`);
        compared += ends.holders.length;
      }
    }
    assert.ok(compared > 20, `holders compared: ${compared}`);
  });
});
