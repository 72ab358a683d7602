// Recording facts between entities: role observations, participations,
// typed links and unlinks, and attaching sources — each shown through the read
// API, each checked against the graph model's whitelist before any write.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const SECOND_SOURCE = 'src-001-giao-ban-dan-van-dbscl-2020';
const id = (label: string, slug: string) => toGlobalId(label, slug);
const PERSON = id('Person', 'per-zz-fact-person');
const ORG = id('Organization', 'org-zz-fact-org');
const EVENT = id('Event', 'ev-zz-fact-event');
const PLACE = id('Place', 'pl-zz-fact-place');
const MODEL = id('Model', 'mdl-zz-fact-model');
const PROGRAM = id('Program', 'pr-zz-fact-program');

const OBSERVE = `mutation Observe($input: RecordRoleObservationInput!) {
  recordRoleObservation(input: $input) { created observation { slug title titleAsWritten observedAt observedAtPartial { text precision } event { slug } organization { slug } person { slug } sources { slug } } }
}`;
const PARTICIPATE = `mutation Participate($input: RecordParticipationInput!) {
  recordParticipation(input: $input) { created relationship { id type from to label sources { slug } inferred inferenceNote } }
}`;
const LINK = `mutation Link($input: LinkInput!) { link(input: $input) { created relationship { id type from to label sources { slug } } } }`;
const UNLINK = `mutation Unlink($input: UnlinkInput!) { unlink(input: $input) { removed } }`;
const ATTACH = `mutation Attach($input: AttachSourcesInput!) {
  attachSources(input: $input) { node { id ... on Entity { sources { slug } } ... on RoleObservation { sources { slug } } } relationship { id sources { slug } } }
}`;

describe('recording facts', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('fact');
    const create = async (kind: string, input: Record<string, unknown>) => {
      const { body } = await s.as.editor(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { created } }`, { input: { ...input, sources: [SEED_SOURCE_ID] } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    };
    await create('Person', { slug: 'per-zz-fact-person', name: 'Zz Fact Người' });
    await create('Person', { slug: 'per-zz-fact-presenter', name: 'Zz Fact Người trình bày' });
    await create('Organization', { slug: 'org-zz-fact-org', name: 'Zz Fact Ban', kind: 'PARTY_BOARD', level: 'DISTRICT', line: 'PARTY' });
    await create('Organization', { slug: 'org-zz-fact-ban-a', name: 'Zz Fact Ban A', kind: 'PARTY_BOARD', level: 'PROVINCE', line: 'PARTY' });
    await create('Organization', { slug: 'org-zz-fact-ban-b', name: 'Zz Fact Ban B', kind: 'PARTY_BOARD', level: 'PROVINCE', line: 'PARTY' });
    await create('Organization', { slug: 'org-zz-fact-ban-ab', name: 'Zz Fact Ban A và B', kind: 'PARTY_BOARD', level: 'PROVINCE', line: 'PARTY', validFrom: '2025-02' });
    await create('Event', { slug: 'ev-zz-fact-event', name: 'Zz Fact Hội nghị', kind: 'INTERIM_REVIEW', date: '2022-06-15' });
    await create('Place', { slug: 'pl-zz-fact-place', name: 'Zz Fact Xã', kind: 'COMMUNE' });
    await create('Place', { slug: 'pl-zz-fact-next', name: 'Zz Fact Xã mới', kind: 'COMMUNE' });
    await create('Model', { slug: 'mdl-zz-fact-model', name: 'Zz Fact Mô hình' });
    await create('Program', { slug: 'pr-zz-fact-program', name: 'Zz Fact Chương trình', kind: 'COORDINATION_PLAN' });
  });
  after(() => s.close());

  it('records a role observation, shown on the person’s timeline; recording it again adds the source', async () => {
    const input = { person: PERSON, organization: ORG, event: EVENT, title: 'Trưởng Ban', titleAsWritten: 'Trưởng Ban Dân vận Huyện ủy', observedAt: '2022-06-15', sources: [SEED_SOURCE_ID] };
    const first = await s.as.editor<{ recordRoleObservation: { created: boolean; observation: Record<string, unknown> } }>(OBSERVE, { input });
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const observation = first.body.data!.recordRoleObservation.observation;
    assert.equal(first.body.data!.recordRoleObservation.created, true);
    assert.deepEqual([observation.title, observation.observedAt, (observation.event as { slug: string }).slug], ['Trưởng Ban', '2022-06-15', 'ev-zz-fact-event']);
    const again = await s.as.editor<{ recordRoleObservation: { created: boolean; observation: { slug: string; sources: { slug: string }[] } } }>(OBSERVE, {
      input: { ...input, sources: [toGlobalId('Source', SECOND_SOURCE)] },
    });
    assert.equal(again.body.data!.recordRoleObservation.created, false);
    assert.equal(again.body.data!.recordRoleObservation.observation.slug, observation.slug);
    assert.deepEqual(again.body.data!.recordRoleObservation.observation.sources.map((x) => x.slug), [SEED_SOURCE, SECOND_SOURCE]);
    const timeline = await s.as.anonymous<{ node: { roles: { title: string; organization: { slug: string }; firstSeen: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { roles { title organization { slug } firstSeen } } } }`,
      { id: PERSON },
    );
    assert.deepEqual(timeline.body.data?.node.roles, [{ title: 'Trưởng Ban', organization: { slug: 'org-zz-fact-org' }, firstSeen: '2022-06-15' }]);
    const rels = await s.executor.read<{ type: string; id: string; sourceIds: string[] }>(
      'MATCH (ro:RoleObservation {id: $id})-[r]-() RETURN type(r) AS type, r.id AS id, r.sourceIds AS sourceIds ORDER BY type',
      { id: observation.slug },
    );
    assert.deepEqual(rels.map((r) => [r.type, r.id]), [
      ['AT_EVENT', `${observation.slug as string}-at-event`],
      ['HAS_ROLE', `${observation.slug as string}-has-role`],
      ['IN_ORGANIZATION', `${observation.slug as string}-in-organization`],
    ]);
    assert.ok(rels.every((r) => r.sourceIds.length === 2), 'the relationships carry the observation’s sources, as in the seed');
  });

  it('refuses an observation dated otherwise than its event, of the wrong kinds, or at an impossible date', async () => {
    const dump = await dumpGraph(s.executor);
    const base = { person: PERSON, organization: ORG, title: 'Phó Ban', observedAt: '2022', sources: [SEED_SOURCE_ID] };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, event: EVENT, observedAt: '2022-06' }, 'input.observedAt'],
      [{ ...base, observedAt: '2022-02-29' }, 'input.observedAt'],
      [{ ...base, person: ORG }, 'input.person'],
      [{ ...base, organization: id('Organization', 'org-zz-fact-nobody') }, 'input.organization'],
      [{ ...base, title: '   ' }, 'input.title'],
      [{ ...base, inferred: true }, 'input.inferenceNote'],
    ];
    for (const [input, field] of cases) {
      const { body } = await s.as.editor(OBSERVE, { input });
      assert.deepEqual([errorOf(body).code, errorOf(body).field], ['BAD_USER_INPUT', field], JSON.stringify(input));
    }
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('records a participation with its bridge point, updating it when recorded again in the same role', async () => {
    const input = { person: PERSON, event: EVENT, role: 'SPOKE', titleAtEvent: 'Trưởng Ban', bridgePoint: 'Điểm cầu xã', bridgePointPlace: PLACE, sources: [SEED_SOURCE_ID] };
    const first = await s.as.editor<{ recordParticipation: { created: boolean; relationship: { type: string; label: string } } }>(PARTICIPATE, { input });
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    assert.deepEqual([first.body.data!.recordParticipation.created, first.body.data!.recordParticipation.relationship.type, first.body.data!.recordParticipation.relationship.label], [true, 'PARTICIPATED_IN', 'SPOKE']);
    const second = await s.as.editor<{ recordParticipation: { created: boolean } }>(PARTICIPATE, { input: { person: PERSON, event: EVENT, role: 'SPOKE', inferred: true, inferenceNote: 'the list is partial', sources: [SEED_SOURCE_ID] } });
    assert.equal(second.body.data!.recordParticipation.created, false);
    const event = await s.as.anonymous<{ node: { participants: { person: { slug: string }; role: string; titleAtEvent: string; bridgePoint: string; bridgePointPlace: { slug: string }; inferred: boolean }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Event { participants { person { slug } role titleAtEvent bridgePoint bridgePointPlace { slug } inferred } } } }`,
      { id: EVENT },
    );
    assert.deepEqual(event.body.data?.node.participants, [
      { person: { slug: 'per-zz-fact-person' }, role: 'SPOKE', titleAtEvent: 'Trưởng Ban', bridgePoint: 'Điểm cầu xã', bridgePointPlace: { slug: 'pl-zz-fact-place' }, inferred: true },
    ]);
    const bad = await s.as.editor(PARTICIPATE, { input: { person: PERSON, event: EVENT, role: 'ATTENDED', bridgePointPlace: PLACE, sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(bad.body).code, errorOf(bad.body).field], ['BAD_USER_INPUT', 'input.bridgePoint']);
  });

  it('links an event’s organisers, models and programs, and the read API shows them', async () => {
    const links = [
      { type: 'ORGANIZED', from: ORG, to: EVENT },
      { type: 'PRESENTED_AT', from: MODEL, to: EVENT, presentedBy: id('Person', 'per-zz-fact-presenter') },
      { type: 'REVIEWED_AT', from: PROGRAM, to: EVENT },
      { type: 'HELD_IN', from: EVENT, to: PLACE },
      { type: 'ADOPTED_IN', from: MODEL, to: PLACE, since: '2021-09' },
      { type: 'SUCCEEDED_BY', from: PLACE, to: id('Place', 'pl-zz-fact-next'), date: '2025-07-01', note: 'hợp nhất' },
    ];
    for (const input of links) {
      const { body } = await s.as.editor<{ link: { created: boolean } }>(LINK, { input: { ...input, sources: [SEED_SOURCE_ID] } });
      assert.equal(body.errors, undefined, `${input.type}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.data!.link.created, true);
    }
    const event = await s.as.anonymous<{ node: Record<string, unknown> }>(
      `query($id: ID!) { node(id: $id) { ... on Event { organizers { slug } models { slug } programs { slug } place { slug } presentations { presentedBy { slug } } } } }`,
      { id: EVENT },
    );
    assert.deepEqual(event.body.data?.node, {
      organizers: [{ slug: 'org-zz-fact-org' }],
      models: [{ slug: 'mdl-zz-fact-model' }],
      programs: [{ slug: 'pr-zz-fact-program' }],
      place: { slug: 'pl-zz-fact-place' },
      presentations: [{ presentedBy: { slug: 'per-zz-fact-presenter' } }],
    });
    const place = await s.as.anonymous<{ node: { successors: { place: { slug: string }; date: string; note: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Place { successors { place { slug } date note } } } }`,
      { id: PLACE },
    );
    assert.deepEqual(place.body.data?.node.successors, [{ place: { slug: 'pl-zz-fact-next' }, date: '2025-07-01', note: 'hợp nhất' }]);
    const again = await s.as.editor<{ link: { created: boolean; relationship: { sources: { slug: string }[] } } }>(LINK, { input: { type: 'ORGANIZED', from: ORG, to: EVENT, sources: [toGlobalId('Source', SECOND_SOURCE)] } });
    assert.equal(again.body.data!.link.created, false, 'linking twice updates the one relationship');
    assert.deepEqual(again.body.data!.link.relationship.sources.map((x) => x.slug), [SEED_SOURCE, SECOND_SOURCE]);
  });

  it('links two organisations by SUCCEEDED_BY, its date required, and both ends show it', async () => {
    const A = id('Organization', 'org-zz-fact-ban-a');
    const B = id('Organization', 'org-zz-fact-ban-b');
    const AB = id('Organization', 'org-zz-fact-ban-ab');
    const dump = await dumpGraph(s.executor);
    const undated = await s.as.editor(LINK, { input: { type: 'SUCCEEDED_BY', from: A, to: AB, kind: 'MERGED_INTO', note: 'hợp nhất', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(undated.body).code, errorOf(undated.body).field], ['BAD_USER_INPUT', 'input.date']);
    const toPlace = await s.as.editor(LINK, { input: { type: 'SUCCEEDED_BY', from: A, to: PLACE, date: '2025-02-03', kind: 'MERGED_INTO', note: 'x', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(toPlace.body).code, errorOf(toPlace.body).field], ['BAD_USER_INPUT', 'input.to']);
    assert.match(errorOf(toPlace.body).message, /SUCCEEDED_BY joins Place → Place or Organization → Organization, not Organization → Place/);
    const kindElsewhere = await s.as.editor(LINK, { input: { type: 'ORGANIZED', from: A, to: EVENT, kind: 'MERGED_INTO', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(kindElsewhere.body).code, errorOf(kindElsewhere.body).field], ['BAD_USER_INPUT', 'input.kind']);
    assert.equal(await dumpGraph(s.executor), dump, 'a refused link writes nothing');

    const web = { slug: 'src-zz-fact-web', title: 'Zz Fact tin hợp nhất', kind: 'ARTICLE', publisher: 'Zz Báo', url: 'https://example.org/zz-fact-hop-nhat' };
    for (const [from, sources] of [[A, { newSources: [web] }], [B, { sources: [toGlobalId('Source', 'src-zz-fact-web')] }]] as const) {
      const { body } = await s.as.editor<{ link: { created: boolean; relationship: { type: string; label: string; sources: { slug: string }[] } } }>(LINK, {
        input: { type: 'SUCCEEDED_BY', from, to: AB, date: '2025-02-03', kind: 'MERGED_INTO', note: 'Hợp nhất thành Ban A và B.', ...sources },
      });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.deepEqual([body.data!.link.created, body.data!.link.relationship.type, body.data!.link.relationship.label, body.data!.link.relationship.sources.map((x) => x.slug)], [
        true,
        'SUCCEEDED_BY',
        '2025-02-03',
        ['src-zz-fact-web'],
      ]);
    }
    const history = await s.as.anonymous<{ a: Record<string, unknown>; ab: Record<string, unknown> }>(
      `query($a: ID!, $ab: ID!) {
        a: node(id: $a) { ... on Organization { successors { organization { slug } date datePartial { precision } kind note sources { slug url } inferred } predecessors { date } } }
        ab: node(id: $ab) { ... on Organization { validFromPartial { text } predecessors { organization { slug } kind } } }
      }`,
      { a: A, ab: AB },
    );
    assert.deepEqual(history.body.data, {
      a: {
        successors: [
          {
            organization: { slug: 'org-zz-fact-ban-ab' },
            date: '2025-02-03',
            datePartial: { precision: 'DAY' },
            kind: 'MERGED_INTO',
            note: 'Hợp nhất thành Ban A và B.',
            sources: [{ slug: 'src-zz-fact-web', url: 'https://example.org/zz-fact-hop-nhat' }],
            inferred: false,
          },
        ],
        predecessors: [],
      },
      ab: {
        validFromPartial: { text: '2025-02' },
        predecessors: [
          { organization: { slug: 'org-zz-fact-ban-a' }, kind: 'MERGED_INTO' },
          { organization: { slug: 'org-zz-fact-ban-b' }, kind: 'MERGED_INTO' },
        ],
      },
    });

    // A dissolution is the organisation's validTo; it cannot come before validFrom.
    const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { entity { ... on Organization { validTo validToPartial { text precision } } } } }`;
    const dissolved = await s.as.editor<{ updateOrganization: { entity: Record<string, unknown> } }>(UPDATE, { input: { id: AB, validTo: '2025-06-30', sources: [SEED_SOURCE_ID] } });
    assert.equal(dissolved.body.errors, undefined, JSON.stringify(dissolved.body.errors));
    assert.deepEqual(dissolved.body.data!.updateOrganization.entity, { validTo: '2025-06-30', validToPartial: { text: '2025-06-30', precision: 'DAY' } });
    const backwards = await s.as.editor(UPDATE, { input: { id: AB, validTo: '2025-01', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(backwards.body).code, errorOf(backwards.body).field], ['BAD_USER_INPUT', 'input.validTo']);
  });

  it('refuses links the graph model does not allow, naming the field, and writes nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ type: 'ORGANIZED', from: EVENT, to: ORG }, 'input.to'],
      [{ type: 'HELD_IN', from: MODEL, to: PLACE }, 'input.to'],
      [{ type: 'PARTICIPATED_IN', from: PERSON, to: EVENT }, 'input.type'],
      [{ type: 'HELD_ROLE', from: PERSON, to: ORG }, 'input.type'],
      [{ type: 'SUCCEEDED_BY', from: PLACE, to: id('Place', 'pl-zz-fact-nowhere'), date: '2025', note: 'x' }, 'input.to'],
      [{ type: 'ORGANIZED', from: ORG, to: EVENT, since: '2020' }, 'input.since'],
      [{ type: 'ADOPTED_IN', from: MODEL, to: PLACE, since: '2021-13' }, 'input.since'],
      [{ type: 'HELD_IN', from: EVENT, to: id('Place', 'pl-zz-fact-next') }, 'input.sources'],
    ];
    for (const [input, field] of cases) {
      const sources = field === 'input.sources' ? [] : [SEED_SOURCE_ID];
      const { body } = await s.as.editor(LINK, { input: { sources, ...input } });
      assert.deepEqual([errorOf(body).code, errorOf(body).field], ['BAD_USER_INPUT', field], JSON.stringify(input));
    }
    const newSuccession = await s.as.editor(LINK, { input: { type: 'SUCCEEDED_BY', from: id('Place', 'pl-zz-fact-next'), to: PLACE, sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(newSuccession.body).code, errorOf(newSuccession.body).field], ['BAD_USER_INPUT', 'input.date']);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('attaches sources to an entity, a role observation and a relationship', async () => {
    const toEntity = await s.as.editor<{ attachSources: { node: { sources: { slug: string }[] } } }>(ATTACH, { input: { target: MODEL, sources: [toGlobalId('Source', SECOND_SOURCE)] } });
    assert.deepEqual(toEntity.body.data?.attachSources.node.sources.map((x) => x.slug), [SEED_SOURCE, SECOND_SOURCE]);
    const edges = await s.as.anonymous<{ node: { relationships: { edges: { relationship: { id: string; type: string } }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Model { relationships(types: [ADOPTED_IN]) { edges { relationship { id type } } } } } }`,
      { id: MODEL },
    );
    const edgeId = edges.body.data!.node.relationships.edges[0]!.relationship.id;
    const toEdge = await s.as.editor<{ attachSources: { relationship: { sources: { slug: string }[] } } }>(ATTACH, {
      input: { target: edgeId, newSources: [{ slug: 'src-zz-fact-new', title: 'Zz Fact bài mới', kind: 'ARTICLE' }] },
    });
    assert.equal(toEdge.body.errors, undefined, JSON.stringify(toEdge.body.errors));
    assert.deepEqual(toEdge.body.data?.attachSources.relationship.sources.map((x) => x.slug), [SEED_SOURCE, 'src-zz-fact-new']);
    const since = await s.executor.read<{ since: string; sinceFrom: unknown }>("MATCH ()-[r:ADOPTED_IN]->(:Place {id: 'pl-zz-fact-place'}) RETURN r.since AS since, r.sinceFrom AS sinceFrom");
    assert.equal(since[0]?.since, '2021-09');
    assert.equal(String(since[0]?.sinceFrom), '2021-09-01', 'rewriting a relationship keeps its date range');
    const ro = (await s.executor.read<{ id: string }>("MATCH (:Person {id: 'per-zz-fact-person'})-[:HAS_ROLE]->(ro) RETURN ro.id AS id"))[0]!.id;
    const toObservation = await s.as.editor<{ attachSources: { node: { sources: { slug: string }[] } } }>(ATTACH, {
      input: { target: toGlobalId('RoleObservation', ro), sources: [toGlobalId('Source', 'src-002-tong-ket-dan-van-toan-quoc-2019')] },
    });
    assert.equal(toObservation.body.data?.attachSources.node.sources.length, 3);
    const relSources = await s.executor.read<{ n: number }>('MATCH (ro:RoleObservation {id: $ro})-[r]-() WHERE size(r.sourceIds) = 3 RETURN count(r) AS n', { ro });
    assert.equal(relSources[0]?.n, 3, 'the observation’s relationships follow its sources');
    const toSource = await s.as.editor(ATTACH, { input: { target: SEED_SOURCE_ID, sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(toSource.body).code, errorOf(toSource.body).field], ['BAD_USER_INPUT', 'input.target']);
  });

  it('unlinks idempotently: removes the relationship, then removes nothing', async () => {
    const input = { type: 'HELD_IN', from: EVENT, to: PLACE, sources: [SEED_SOURCE_ID] };
    const first = await s.as.editor<{ unlink: { removed: number } }>(UNLINK, { input });
    const second = await s.as.editor<{ unlink: { removed: number } }>(UNLINK, { input });
    assert.deepEqual([first.body.data?.unlink.removed, second.body.data?.unlink.removed], [1, 0]);
    const participation = await s.as.editor<{ unlink: { removed: number } }>(UNLINK, { input: { type: 'PARTICIPATED_IN', from: PERSON, to: EVENT, role: 'CHAIRED', sources: [SEED_SOURCE_ID] } });
    assert.equal(participation.body.data?.unlink.removed, 0, 'only the given role is removed');
    const spoke = await s.as.editor<{ unlink: { removed: number } }>(UNLINK, { input: { type: 'PARTICIPATED_IN', from: PERSON, to: EVENT, role: 'SPOKE', sources: [SEED_SOURCE_ID] } });
    assert.equal(spoke.body.data?.unlink.removed, 1);
    const audit = await s.executor.read<{ changes: string }>("MATCH (a:AuditEntry {operation: 'unlink'}) WHERE 'ev-zz-fact-event' IN a.entityIds RETURN a.changes AS changes ORDER BY a.at");
    const removed = JSON.parse(audit[0]!.changes) as { label: string; before: Record<string, unknown>; after: unknown }[];
    assert.deepEqual([removed[0]!.label, removed[0]!.before._from, removed[0]!.before._to, removed[0]!.after], ['HELD_IN', 'ev-zz-fact-event', 'pl-zz-fact-place', null]);
    const noSource = await s.as.editor(UNLINK, { input: { ...input, sources: [] } });
    assert.deepEqual([errorOf(noSource.body).code, errorOf(noSource.body).field], ['BAD_USER_INPUT', 'input.sources']);
  });
});
