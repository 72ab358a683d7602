// Queries that follow succession, on the seed (the Đồng Tháp of 2025 and the
// one before it) and on a fixture written through the API (two provinces
// merged, a commune merged twice, an organisation merged while a person held
// a post in it):
// - place filters (docs/decisions/026): what was inside the units that became
//   a place is in its scope, each result saying through which former units;
//   `followSuccession: false` turns it off; succession is followed backwards only;
// - `asOf` and an observation's organisation then (docs/decisions/027): the
//   units of a line that existed on a day, on both sides of a change and on
//   its boundary, and a year-only date across a change as UNCERTAIN.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const place = (slug: string) => id('Place', `pl-zz-scope-${slug}`);

interface Edge {
  node: { slug: string };
  through: { slug: string }[];
}
type Page = { totalCount: number; edges: Edge[] };

const page = (edges: Edge[]) => ({ totalCount: edges.length, edges });
const edge = (slug: string, ...through: string[]) => ({ node: { slug }, through: through.map((s) => ({ slug: s })) });

const LISTS = `query Scope($place: ID!, $follow: Boolean) {
  models(filter: { place: $place, followSuccession: $follow }, orderBy: NAME_ASC) { totalCount edges { node { slug } through { slug } } }
  events(filter: { place: $place, followSuccession: $follow }, orderBy: NAME_ASC) { totalCount edges { node { slug } through { slug } } }
  programs(filter: { place: $place, followSuccession: $follow }, orderBy: NAME_ASC) { totalCount edges { node { slug } through { slug } } }
  organizations(filter: { place: $place, followSuccession: $follow }, orderBy: NAME_ASC) { totalCount edges { node { slug } through { slug } } }
  people(filter: { place: $place, followSuccession: $follow }) { totalCount edges { node { slug } } }
}`;

describe('queries that follow succession', () => {
  let s: MutationSuite;
  const run = async <T>(query: string, variables: Record<string, unknown>) => {
    const { body } = await s.as.anonymous<T>(query, variables);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!;
  };

  before(async () => {
    s = await startMutationSuite('scope');
    const write = async (mutation: string, input: Record<string, unknown>) => {
      const { body } = await s.as.editor(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename } }`, {
        input: { ...input, sources: [SEED_SOURCE_ID] },
      });
      assert.equal(body.errors, undefined, `${mutation} ${JSON.stringify(input)}: ${JSON.stringify(body.errors)}`);
    };
    // Two provinces merged into a third; a district inside the first; a commune
    // outside both merged twice, the second time into a commune of the new province.
    for (const [slug, kind, extra] of [
      ['old-a', 'PROVINCE', { validTo: '2025-06-30' }],
      ['old-b', 'PROVINCE', { validTo: '2025-06-30' }],
      ['new', 'PROVINCE', { validFrom: '2025-07-01' }],
      ['district', 'DISTRICT', { validTo: '2025-06-30' }],
      ['c1', 'COMMUNE', { validTo: '2019-12-31' }],
      ['c2', 'COMMUNE', { validFrom: '2020-01-01', validTo: '2025-06-30' }],
      ['c3', 'COMMUNE', { validFrom: '2025-07-01' }],
      ['region', 'REGION', {}],
    ] as const) {
      await write('createPlace', { slug: `pl-zz-scope-${slug}`, name: `Zz Scope ${slug}`, kind, ...extra });
    }
    await write('createModel', { slug: 'mdl-zz-scope-direct', name: 'Zz Scope mô hình mới' });
    await write('createModel', { slug: 'mdl-zz-scope-district', name: 'Zz Scope mô hình huyện' });
    await write('createModel', { slug: 'mdl-zz-scope-commune', name: 'Zz Scope mô hình xã' });
    await write('createEvent', { slug: 'ev-zz-scope-b', name: 'Zz Scope hội nghị tỉnh B', kind: 'BRIEFING' });
    await write('createProgram', { slug: 'pr-zz-scope-b', name: 'Zz Scope chương trình tỉnh B', kind: 'COORDINATION_PROGRAM' });
    await write('createOrganization', { slug: 'org-zz-scope-a', name: 'Zz Scope ban tỉnh A', kind: 'PARTY_COMMITTEE', line: 'PARTY' });
    await write('createOrganization', { slug: 'org-zz-scope-new', name: 'Zz Scope ban tỉnh mới', kind: 'PARTY_COMMITTEE', line: 'PARTY' });
    await write('createPerson', { slug: 'per-zz-scope-a', name: 'Zz Scope Người A' });
    await write('createPerson', { slug: 'per-zz-scope-b', name: 'Zz Scope Người B' });
    await write('createPerson', { slug: 'per-zz-scope-c', name: 'Zz Scope Người C' });
    const succeeded = (from: string, to: string, date: string) => ({ type: 'SUCCEEDED_BY', from: place(from), to: place(to), date, kind: 'MERGED_INTO', note: 'hợp nhất' });
    for (const link of [
      succeeded('old-a', 'new', '2025-07-01'),
      succeeded('old-b', 'new', '2025-07-01'),
      succeeded('c1', 'c2', '2020-01-01'),
      succeeded('c2', 'c3', '2025-07-01'),
      { type: 'PART_OF', from: place('district'), to: place('old-a') },
      { type: 'PART_OF', from: place('c3'), to: place('new') },
      { type: 'ORIGINATED_IN', from: id('Model', 'mdl-zz-scope-direct'), to: place('new') },
      { type: 'ORIGINATED_IN', from: id('Model', 'mdl-zz-scope-district'), to: place('district') },
      { type: 'ADOPTED_IN', from: id('Model', 'mdl-zz-scope-commune'), to: place('c1') },
      { type: 'HELD_IN', from: id('Event', 'ev-zz-scope-b'), to: place('old-b') },
      { type: 'APPLIES_IN', from: id('Program', 'pr-zz-scope-b'), to: place('old-b') },
      { type: 'LOCATED_IN', from: id('Organization', 'org-zz-scope-a'), to: place('old-a') },
      { type: 'LOCATED_IN', from: id('Organization', 'org-zz-scope-new'), to: place('new') },
      { type: 'PART_OF', from: place('old-a'), to: place('region') },
      {
        type: 'SUCCEEDED_BY',
        from: id('Organization', 'org-zz-scope-a'),
        to: id('Organization', 'org-zz-scope-new'),
        date: '2025-07-01',
        kind: 'MERGED_INTO',
        note: 'hợp nhất',
      },
    ]) {
      await write('link', link);
    }
    // One post held by B, then by A before the merger, in the year of it (by year only) and after it, then by C.
    for (const [person, organization, observedAt, title] of [
      ['per-zz-scope-b', 'org-zz-scope-a', '2021-03-24', 'Trưởng Ban'],
      ['per-zz-scope-a', 'org-zz-scope-a', '2024-05-02', 'Trưởng ban'],
      ['per-zz-scope-a', 'org-zz-scope-a', '2025', 'Trưởng ban'],
      ['per-zz-scope-a', 'org-zz-scope-new', '2025-09-15', 'Trưởng ban'],
      ['per-zz-scope-c', 'org-zz-scope-new', '2026-02-01', 'Trưởng ban'],
    ] as const) {
      await write('recordRoleObservation', { person: id('Person', person), organization: id('Organization', organization), title, observedAt });
    }
  });
  after(async () => s?.close());

  it('the new province takes in its predecessors, the places inside them, and a commune merged twice, each through its former units', async () => {
    assert.deepEqual(await run(LISTS, { place: place('new') }), {
      models: page([
        edge('mdl-zz-scope-district', 'pl-zz-scope-old-a'),
        edge('mdl-zz-scope-direct'),
        edge('mdl-zz-scope-commune', 'pl-zz-scope-c1', 'pl-zz-scope-c2'),
      ]),
      events: page([edge('ev-zz-scope-b', 'pl-zz-scope-old-b')]),
      programs: page([edge('pr-zz-scope-b', 'pl-zz-scope-old-b')]),
      organizations: page([edge('org-zz-scope-a', 'pl-zz-scope-old-a'), edge('org-zz-scope-new')]),
      people: { totalCount: 3, edges: ['a', 'b', 'c'].map((p) => ({ node: { slug: `per-zz-scope-${p}` } })) },
    });
  });

  it('followSuccession: false keeps to the place as it is', async () => {
    assert.deepEqual(await run(LISTS, { place: place('new'), follow: false }), {
      models: page([edge('mdl-zz-scope-direct')]),
      events: page([]),
      programs: page([]),
      organizations: page([edge('org-zz-scope-new')]),
      // Observed at the new body: A and C, not B.
      people: { totalCount: 2, edges: ['a', 'c'].map((p) => ({ node: { slug: `per-zz-scope-${p}` } })) },
    });
  });

  it('succession is followed backwards only: a former province does not take in its successor', async () => {
    const old = await run<{ models: Page; organizations: Page }>(LISTS, { place: place('old-a') });
    assert.deepEqual([old.models, old.organizations], [page([edge('mdl-zz-scope-district')]), page([edge('org-zz-scope-a')])]);
    // The middle commune: its predecessor, not its successor.
    const middle = await run<{ models: Page }>(LISTS, { place: place('c2') });
    assert.deepEqual(middle.models, page([edge('mdl-zz-scope-commune', 'pl-zz-scope-c1')]));
  });

  it("a place's own lists follow it too, and includeContained: false keeps its predecessors but not what is inside them", async () => {
    const data = await run<{ node: Record<string, Page> }>(
      `query($id: ID!) { node(id: $id) { ... on Place {
        models { totalCount edges { node { slug } through { slug } } }
        only: models(includeContained: false) { totalCount edges { node { slug } through { slug } } }
        asIs: models(followSuccession: false) { totalCount edges { node { slug } through { slug } } }
        organizations { totalCount edges { node { slug } through { slug } } }
        events { totalCount edges { node { slug } through { slug } } }
      } } }`,
      { id: place('new') },
    );
    assert.deepEqual(data.node, {
      models: page([
        edge('mdl-zz-scope-district', 'pl-zz-scope-old-a'),
        edge('mdl-zz-scope-direct'),
        edge('mdl-zz-scope-commune', 'pl-zz-scope-c1', 'pl-zz-scope-c2'),
      ]),
      only: page([edge('mdl-zz-scope-direct')]),
      asIs: page([edge('mdl-zz-scope-direct')]),
      // Located in the former province itself: in scope with includeContained false too.
      organizations: page([edge('org-zz-scope-a', 'pl-zz-scope-old-a'), edge('org-zz-scope-new')]),
      events: page([edge('ev-zz-scope-b', 'pl-zz-scope-old-b')]),
    });
  });

  it('on the seed: the models of Đồng Tháp (2025) are those of the Đồng Tháp before the merger, through it', async () => {
    const query = `query($place: ID!, $follow: Boolean) { models(filter: { place: $place, followSuccession: $follow }, orderBy: NAME_ASC) { totalCount edges { node { slug } through { slug } } } }`;
    const before2025 = await run<{ models: Page }>(query, { place: id('Place', 'pl-dong-thap') });
    assert.ok(before2025.models.totalCount > 0, 'the seed has models in the Đồng Tháp of before 2025');
    const since2025 = await run<{ models: Page }>(query, { place: id('Place', 'pl-dong-thap-2025') });
    assert.deepEqual(
      since2025.models,
      page(before2025.models.edges.map((e) => edge(e.node.slug, 'pl-dong-thap'))),
    );
    assert.deepEqual((await run<{ models: Page }>(query, { place: id('Place', 'pl-dong-thap-2025'), follow: false })).models, page([]));
  });

  it('asOf on both sides of a change and on its boundary, a commune merged twice followed back two steps, and the parent then', async () => {
    const AS_OF = `query($id: ID!) { node(id: $id) { ... on Place {
      d1: asOf(date: "2018-05-01") { ...standing }
      d2: asOf(date: "2025-06-30") { ...standing }
      d3: asOf(date: "2025-07-01") { ...standing }
    } } }
    fragment standing on PlaceAsOf { date existence places { slug } name parent { slug } }`;
    const c3 = await run<{ node: Record<string, unknown> }>(AS_OF, { id: place('c3') });
    assert.deepEqual(c3.node, {
      d1: { date: '2018-05-01', existence: 'NOT_YET', places: [{ slug: 'pl-zz-scope-c1' }], name: 'Zz Scope c1', parent: null },
      d2: { date: '2025-06-30', existence: 'NOT_YET', places: [{ slug: 'pl-zz-scope-c2' }], name: 'Zz Scope c2', parent: null },
      d3: { date: '2025-07-01', existence: 'EXISTED', places: [{ slug: 'pl-zz-scope-c3' }], name: 'Zz Scope c3', parent: { slug: 'pl-zz-scope-new' } },
    });
    const district = await run<{ node: Record<string, unknown> }>(AS_OF, { id: place('district') });
    assert.deepEqual(district.node, {
      // The district's parent then is the old province; the old province's, the region.
      d1: { date: '2018-05-01', existence: 'EXISTED', places: [{ slug: 'pl-zz-scope-district' }], name: 'Zz Scope district', parent: { slug: 'pl-zz-scope-old-a' } },
      d2: { date: '2025-06-30', existence: 'EXISTED', places: [{ slug: 'pl-zz-scope-district' }], name: 'Zz Scope district', parent: { slug: 'pl-zz-scope-old-a' } },
      // Ended without a successor (the district level ended): nothing of its line exists.
      d3: { date: '2025-07-01', existence: 'ENDED', places: [], name: null, parent: null },
    });
    const merged = await run<{ node: Record<string, unknown> }>(AS_OF, { id: place('new') });
    assert.deepEqual(merged.node, {
      d1: { date: '2018-05-01', existence: 'NOT_YET', places: [{ slug: 'pl-zz-scope-old-a' }, { slug: 'pl-zz-scope-old-b' }], name: null, parent: null },
      d2: { date: '2025-06-30', existence: 'NOT_YET', places: [{ slug: 'pl-zz-scope-old-a' }, { slug: 'pl-zz-scope-old-b' }], name: null, parent: null },
      d3: { date: '2025-07-01', existence: 'EXISTED', places: [{ slug: 'pl-zz-scope-new' }], name: 'Zz Scope new', parent: null },
    });
  });

  it("a person whose organisation merged mid-career: each observation's organisation then, a year-only date in the year of the merger on either side", async () => {
    const data = await run<{ node: { roles: unknown[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { roles { organization { slug } observations {
        observedAtPartial { text }
        organizationThen { from to existence organizations { slug } name latest { slug } }
      } } } } }`,
      { id: id('Person', 'per-zz-scope-a') },
    );
    const then = (from: string, to: string, existence: string, organizations: string[], name: string | null, latest: string[]) => ({
      from,
      to,
      existence,
      organizations: organizations.map((slug) => ({ slug })),
      name,
      latest: latest.map((slug) => ({ slug })),
    });
    assert.deepEqual(data.node.roles, [
      {
        organization: { slug: 'org-zz-scope-a' },
        observations: [
          { observedAtPartial: { text: '2024-05-02' }, organizationThen: then('2024-05-02', '2024-05-02', 'EXISTED', ['org-zz-scope-a'], 'Zz Scope ban tỉnh A', ['org-zz-scope-new']) },
          {
            observedAtPartial: { text: '2025' },
            organizationThen: then('2025-01-01', '2025-12-31', 'UNCERTAIN', ['org-zz-scope-a', 'org-zz-scope-new'], null, ['org-zz-scope-new']),
          },
        ],
      },
      {
        organization: { slug: 'org-zz-scope-new' },
        observations: [{ observedAtPartial: { text: '2025-09-15' }, organizationThen: then('2025-09-15', '2025-09-15', 'EXISTED', ['org-zz-scope-new'], 'Zz Scope ban tỉnh mới', []) }],
      },
    ]);
  });

  it('on the seed: the Tỉnh ủy Đồng Tháp and the province as they stood each side of 1/7/2025', async () => {
    const data = await run<Record<string, unknown>>(
      `query($org: ID!, $place: ID!) {
        org: node(id: $org) { ... on Organization { before: asOf(date: "2025-06-30") { existence organizations { slug } } after: asOf(date: "2025-07-01") { existence organizations { slug } latest { slug } } } }
        place: node(id: $place) { ... on Place { before: asOf(date: "2025-06-30") { existence places { slug } } after: asOf(date: "2025-07-01") { existence places { slug } } } }
      }`,
      { org: id('Organization', 'org-tinh-uy-dong-thap'), place: id('Place', 'pl-dong-thap') },
    );
    assert.deepEqual(data, {
      org: {
        before: { existence: 'EXISTED', organizations: [{ slug: 'org-tinh-uy-dong-thap' }] },
        after: { existence: 'ENDED', organizations: [{ slug: 'org-tinh-uy-dong-thap-2025' }], latest: [{ slug: 'org-tinh-uy-dong-thap-2025' }] },
      },
      place: {
        before: { existence: 'EXISTED', places: [{ slug: 'pl-dong-thap' }] },
        after: { existence: 'ENDED', places: [{ slug: 'pl-dong-thap-2025' }] },
      },
    });
  });

  it('predecessor and successor in a post, across the merger of its organisation, and unknown where nobody is seen', async () => {
    const NEIGHBOURS = `query($id: ID!) { node(id: $id) { ... on Person { roles { organization { slug }
      predecessor { person { slug } observation { observedAtPartial { text } } organization { slug } }
      successor { person { slug } observation { observedAtPartial { text } } organization { slug } }
    } } } }`;
    const neighbour = (person: string, text: string, organization: string) => ({
      person: { slug: `per-zz-scope-${person}` },
      observation: { observedAtPartial: { text } },
      organization: { slug: `org-zz-scope-${organization}` },
    });
    const a = await run<{ node: { roles: unknown[] } }>(NEIGHBOURS, { id: id('Person', 'per-zz-scope-a') });
    // One tenure across the merger: both roles have B before and C after.
    assert.deepEqual(a.node.roles, [
      { organization: { slug: 'org-zz-scope-a' }, predecessor: neighbour('b', '2021-03-24', 'a'), successor: neighbour('c', '2026-02-01', 'new') },
      { organization: { slug: 'org-zz-scope-new' }, predecessor: neighbour('b', '2021-03-24', 'a'), successor: neighbour('c', '2026-02-01', 'new') },
    ]);
    const b = await run<{ node: { roles: unknown[] } }>(NEIGHBOURS, { id: id('Person', 'per-zz-scope-b') });
    assert.deepEqual(b.node.roles, [{ organization: { slug: 'org-zz-scope-a' }, predecessor: null, successor: neighbour('a', '2024-05-02', 'a') }]);
    const holders = await run<{ node: { officeHolders: unknown[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Organization { officeHolders { person { slug } predecessor { person { slug } } successor { person { slug } } } } } }`,
      { id: id('Organization', 'org-zz-scope-new') },
    );
    assert.deepEqual(holders.node.officeHolders, [
      { person: { slug: 'per-zz-scope-a' }, predecessor: { person: { slug: 'per-zz-scope-b' } }, successor: { person: { slug: 'per-zz-scope-c' } } },
      { person: { slug: 'per-zz-scope-c' }, predecessor: { person: { slug: 'per-zz-scope-a' } }, successor: null },
    ]);
  });

  it("officeHolders(wholeLine: true): the holders of the organisation's whole line, each tenure across the merger, from either end", async () => {
    const HOLDERS = `query($id: ID!, $at: Date, $line: Boolean) { node(id: $id) { ... on Organization {
      officeHolders(at: $at, wholeLine: $line) { title person { slug } firstSeenPartial { text } lastSeenPartial { text } observations { organization { slug } } }
    } } }`;
    const holders = async (organization: string, line: boolean | undefined, at?: string) =>
      (await run<{ node: { officeHolders: unknown[] } }>(HOLDERS, { id: id('Organization', `org-zz-scope-${organization}`), line, at })).node.officeHolders;
    const holder = (title: string, person: string, first: string, last: string, organizations: string[]) => ({
      title,
      person: { slug: `per-zz-scope-${person}` },
      firstSeenPartial: { text: first },
      lastSeenPartial: { text: last },
      observations: organizations.map((o) => ({ organization: { slug: `org-zz-scope-${o}` } })),
    });
    const line = [
      holder('Trưởng Ban', 'b', '2021-03-24', '2021-03-24', ['a']),
      // The last observation is the one ending latest: "2025" runs to 31/12/2025, after 15/9/2025.
      holder('Trưởng ban', 'a', '2024-05-02', '2025', ['a', 'a', 'new']),
      holder('Trưởng ban', 'c', '2026-02-01', '2026-02-01', ['new']),
    ];
    assert.deepEqual(await holders('new', true), line);
    assert.deepEqual(await holders('a', true), line, 'the line is followed both ways');
    // The merged body's own holders, as before: only what was observed there.
    assert.deepEqual(await holders('new', undefined), [holder('Trưởng ban', 'a', '2025-09-15', '2025-09-15', ['new']), holder('Trưởng ban', 'c', '2026-02-01', '2026-02-01', ['new'])]);
    // In office on 1/8/2025 along the line: A, whose tenure runs from the old body into the new; at the new body alone, nobody seen yet.
    assert.deepEqual(await holders('new', true, '2025-08-01'), [line[1]]);
    assert.deepEqual(await holders('new', false, '2025-08-01'), []);
  });
});
