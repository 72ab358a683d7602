// People against the seeded articles: the contract's PersonTimeline, the
// filters of `people`, its pages, and the people met at the same events.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi } from '../helpers/api-server.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';

const NGHIA = toGlobalId('Person', 'per-pham-thien-nghia');
const UBND_DONG_THAP = toGlobalId('Organization', 'org-ubnd-tinh-dong-thap');
const HUYEN_UY_CHAU_THANH = toGlobalId('Organization', 'org-huyen-uy-chau-thanh-dong-thap');
const DONG_THAP = toGlobalId('Place', 'pl-dong-thap');
const CHAU_THANH = toGlobalId('Place', 'pl-chau-thanh-dong-thap');

const SOURCE_2021 = { id: toGlobalId('Source', 'src-000-tong-ket-dvcq-2020'), title: 'Hội nghị Tổng kết công tác Dân vận Chính quyền 2020', publisher: null, publishedAt: null };
const SOURCE_2023 = {
  id: toGlobalId('Source', 'src-003-so-ket-dvcq-dong-thap-2022'),
  title: 'Tiếp tục nâng cao chất lượng, hiệu quả công tác dân vận chính quyền',
  publisher: null,
  publishedAt: '2023-03-30',
};

interface Observation {
  observedAt: string | null;
  title: string;
  event: { id: string; name: string; date: string | null } | null;
  source: { id: string; title: string; publisher: string | null; publishedAt: string | null };
}
interface Role {
  title: string;
  organization: { id: string; name: string };
  firstSeen: string | null;
  lastSeen: string | null;
  observations: Observation[];
}
interface Timeline {
  node: {
    __typename: string;
    id: string;
    name: string;
    aliases: string[];
    roles: Role[];
    appearances: { totalCount: number; edges: { role: string; titleAtEvent: string | null; node: { id: string; name: string; date: string | null; place: { name: string } | null } }[] };
  } | null;
}
interface PeoplePage {
  people: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null }; edges: { cursor: string; node: { name: string } }[] };
}

const PEOPLE = `query People($filter: PersonFilter, $orderBy: PersonOrderBy, $first: Int, $after: String, $last: Int, $before: String) {
  people(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { name } }
  }
}`;

describe('people', () => {
  const api = seededApi();
  const { data } = api;
  const names = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    (await data<PeoplePage>(PEOPLE, { filter, first: 100, ...extra })).people.edges.map((e) => e.node.name);

  describe('PersonTimeline (contract)', () => {
    let timeline: Timeline['node'];
    before(async () => {
      timeline = (await data<Timeline>(contractOperation('PersonTimeline'), { id: NGHIA })).node;
    });

    it('names the person', () => {
      assert.equal(timeline?.__typename, 'Person');
      assert.equal(timeline?.id, NGHIA);
      assert.equal(timeline?.name, 'Phạm Thiện Nghĩa');
      assert.deepEqual(timeline?.aliases, []);
    });

    it('shows him Chủ tịch of UBND tỉnh Đồng Tháp from 2021-03-24 to 2023-03-30', () => {
      const chairman = timeline!.roles.find((r) => r.title === 'Chủ tịch');
      assert.deepEqual(chairman?.organization, { id: UBND_DONG_THAP, name: 'Ủy ban nhân dân tỉnh Đồng Tháp' });
      assert.equal(chairman?.firstSeen, '2021-03-24');
      assert.equal(chairman?.lastSeen, '2023-03-30');
    });

    it('cites the 2021 and the 2023 articles for that role, earliest first', () => {
      const chairman = timeline!.roles.find((r) => r.title === 'Chủ tịch')!;
      assert.deepEqual(
        chairman.observations.map((o) => ({ observedAt: o.observedAt, title: o.title, eventDate: o.event?.date, source: o.source })),
        [
          { observedAt: '2021-03-24', title: 'Chủ tịch', eventDate: '2021-03-24', source: SOURCE_2021 },
          { observedAt: '2023-03-30', title: 'Chủ tịch', eventDate: '2023-03-30', source: SOURCE_2023 },
        ],
      );
      assert.equal(chairman.observations[1]!.event?.id, toGlobalId('Event', 'ev-dong-thap-so-ket-dvcq-2022'));
    });

    it('orders the roles by first seen, then by title', () => {
      assert.deepEqual(
        timeline!.roles.map((r) => [r.title, r.organization.name, r.firstSeen, r.lastSeen]),
        [
          ['Bí thư', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp', '2021-03-24', '2023-03-30'],
          ['Chủ tịch', 'Ủy ban nhân dân tỉnh Đồng Tháp', '2021-03-24', '2023-03-30'],
          ['Phó Bí thư', 'Tỉnh ủy Đồng Tháp', '2023-03-30', '2023-03-30'],
        ],
      );
    });

    it('lists every stated participation, earliest first', () => {
      const appearances = timeline!.appearances;
      assert.equal(appearances.totalCount, 4);
      assert.deepEqual(
        appearances.edges.map((e) => [e.node.date, e.role]),
        [
          ['2021-03-24', 'CO_CHAIRED'],
          ['2021-03-24', 'SPOKE'],
          ['2023-03-30', 'SIGNED'],
          ['2023-03-30', 'SPOKE'],
        ],
      );
      assert.equal(appearances.edges[0]!.titleAtEvent, 'Bí thư Ban cán sự đảng UBND tỉnh, Chủ tịch UBND tỉnh');
    });
  });

  describe('Person.appearances', () => {
    it('filters by role and carries the relationship’s sources', async () => {
      const result = await data<{ node: { appearances: { totalCount: number; edges: { role: string; inferred: boolean; sources: { title: string }[]; node: { name: string } }[] } } }>(
        `query($id: ID!) { node(id: $id) { ... on Person { appearances(role: SIGNED) { totalCount edges { role inferred sources { title } node { name } } } } } }`,
        { id: NGHIA },
      );
      assert.equal(result.node.appearances.totalCount, 1);
      assert.deepEqual(result.node.appearances.edges[0]!.sources, [{ title: SOURCE_2023.title }]);
      assert.equal(result.node.appearances.edges[0]!.role, 'SIGNED');
    });

    it('names the bridge point a participant attended from', async () => {
      const result = await data<{ node: { appearances: { edges: { bridgePoint: string | null; bridgePointPlace: { id: string } | null }[] } } }>(
        `query($id: ID!) { node(id: $id) { ... on Person { appearances { edges { bridgePoint bridgePointPlace { id } } } } } }`,
        { id: toGlobalId('Person', 'per-nguyen-tan-luc') },
      );
      assert.deepEqual(result.node.appearances.edges, [{ bridgePoint: 'huyện Châu Thành', bridgePointPlace: { id: CHAU_THANH } }]);
    });
  });

  describe('Person.coAppearances', () => {
    it('lists the people met at the same events, most frequent first, with the events', async () => {
      const result = await data<{ node: { coAppearances: { totalCount: number; edges: { count: number; node: { name: string }; events: { date: string | null }[] }[] } } }>(
        `query($id: ID!) { node(id: $id) { ... on Person { coAppearances { totalCount edges { count node { name } events { date } } } } } }`,
        { id: NGHIA },
      );
      const { totalCount, edges } = result.node.coAppearances;
      assert.equal(totalCount, 4);
      assert.deepEqual(
        edges.map((e) => [e.node.name, e.count, e.events.map((ev) => ev.date)]),
        [
          ['Lê Thành Công', 2, ['2021-03-24', '2023-03-30']],
          ['Nguyễn Tấn Lực', 1, ['2021-03-24']],
          ['Phạm Tấn Xiếu', 1, ['2021-03-24']],
          ['Võ Ngọc Thành', 1, ['2021-03-24']],
        ],
      );
    });

    it('pages without overlap', async () => {
      const query = `query($id: ID!, $after: String) { node(id: $id) { ... on Person { coAppearances(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name } } } } } }`;
      type Page = { node: { coAppearances: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } } };
      const first = (await data<Page>(query, { id: NGHIA })).node.coAppearances;
      const second = (await data<Page>(query, { id: NGHIA, after: first.pageInfo.endCursor })).node.coAppearances;
      assert.equal(first.pageInfo.hasNextPage, true);
      assert.equal(second.pageInfo.hasNextPage, false);
      assert.deepEqual([...first.edges, ...second.edges].map((e) => e.node.name), ['Lê Thành Công', 'Nguyễn Tấn Lực', 'Phạm Tấn Xiếu', 'Võ Ngọc Thành']);
    });
  });

  describe('a person’s other relationships', () => {
    it('lists the awards presented and the sources written', async () => {
      const nghia = await data<{ node: { awardsPresented: { id: string }[] } }>(`query($id: ID!) { node(id: $id) { ... on Person { awardsPresented { id } } } }`, { id: NGHIA });
      assert.deepEqual(nghia.node.awardsPresented, [{ id: toGlobalId('Award', 'aw-dong-thap-bang-khen-dvcq-2022') }]);
      const author = await data<{ node: { authored: { totalCount: number; edges: { node: { id: string } }[] } } }>(
        `query($id: ID!) { node(id: $id) { ... on Person { authored { totalCount edges { node { id } } } } } }`,
        { id: toGlobalId('Person', 'per-van-khuong') },
      );
      assert.deepEqual(author.node.authored, { totalCount: 1, edges: [{ node: { id: SOURCE_2023.id } }] });
    });

    it('reaches a role observation by its id, with what it names', async () => {
      const id = toGlobalId('RoleObservation', 'ro-000-pham-thien-nghia-chu-tich-ubnd-tinh');
      const result = await data<{ node: Record<string, unknown> }>(
        `query($id: ID!) { node(id: $id) { __typename ... on RoleObservation {
          id slug title titleAsWritten observedAt observedAtPartial { precision } inferred
          person { name } organization { name } event { date } source { title } sources { title } } } }`,
        { id },
      );
      assert.deepEqual(result.node, {
        __typename: 'RoleObservation',
        id,
        slug: 'ro-000-pham-thien-nghia-chu-tich-ubnd-tinh',
        title: 'Chủ tịch',
        titleAsWritten: 'Chủ tịch UBND tỉnh',
        observedAt: '2021-03-24',
        observedAtPartial: { precision: 'DAY' },
        // The article says only "tỉnh": the province is inferred.
        inferred: true,
        person: { name: 'Phạm Thiện Nghĩa' },
        organization: { name: 'Ủy ban nhân dân tỉnh Đồng Tháp' },
        event: { date: '2021-03-24' },
        source: { title: SOURCE_2021.title },
        sources: [{ title: SOURCE_2021.title }],
      });
    });
  });

  describe('people filters', () => {
    it('match a name typed without diacritics', async () => {
      assert.deepEqual(await names({ text: 'pham thien nghia' }), ['Phạm Thiện Nghĩa']);
      assert.deepEqual(await names({ text: 'PHẠM thiện' }), ['Phạm Thiện Nghĩa']);
    });

    it('match the name, not the description', async () => {
      // Lê Thành Công's description mentions Đồng Tháp; his name does not.
      assert.deepEqual(await names({ text: 'dong thap' }), []);
    });

    it('keep the people observed in an organisation', async () => {
      assert.deepEqual(await names({ organization: UBND_DONG_THAP }), ['Phạm Thiện Nghĩa']);
    });

    it('keep the people observed with a title, ignoring case and diacritics', async () => {
      assert.deepEqual(await names({ title: 'chu tich', organization: UBND_DONG_THAP }), ['Phạm Thiện Nghĩa']);
      assert.deepEqual(await names({ title: 'trưởng ban' }), ['Lê Thành Công', 'Trần Thị Diệu Minh', 'Trương Thị Mai', 'Võ Ngọc Thành']);
    });

    it('hold the observation conditions on one and the same observation', async () => {
      // He was Phó Bí thư (of the Tỉnh ủy) and held a role at UBND, but never Phó Bí thư at UBND.
      assert.deepEqual(await names({ title: 'pho bi thu', organization: UBND_DONG_THAP }), []);
    });

    it('keep the people observed in a place or any place inside it', async () => {
      assert.deepEqual(await names({ place: CHAU_THANH }), ['Nguyễn Tấn Lực', 'Phạm Tấn Xiếu', 'Võ Ngọc Thành']);
      // Vietnamese order: â before ô ("Tấn" before "Tôn"), â before h ("Tấn" before "Thiện").
      assert.deepEqual(await names({ place: DONG_THAP }), ['Lê Thành Công', 'Nguyễn Tấn Lực', 'Nguyễn Tôn Hoàng', 'Phạm Tấn Xiếu', 'Phạm Thiện Nghĩa', 'Võ Ngọc Thành']);
    });

    it('keep the people seen between two dates', async () => {
      assert.deepEqual(await names({ seenFrom: '2023-01-01' }), ['Lê Thành Công', 'Phạm Thiện Nghĩa']);
      // Nguyễn Tôn Hoàng is seen in "2020", which covers the whole year.
      assert.deepEqual(await names({ seenFrom: '2020-06-01', seenTo: '2020-12-31' }), ['Nguyễn Tôn Hoàng']);
      assert.deepEqual(await names({ seenFrom: '2023-01-01', organization: HUYEN_UY_CHAU_THANH }), []);
    });

    it('reject an organisation id that is not one', async () => {
      const { body } = await api.graphql(PEOPLE, { filter: { organization: NGHIA } });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    });
  });

  describe('people pages', () => {
    it('walk the whole list in Vietnamese order without overlap or gap', async () => {
      const all = await data<PeoplePage>(PEOPLE, { first: 100 });
      const walked: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page: PeoplePage['people'] = (await data<PeoplePage>(PEOPLE, { first: 4, after })).people;
        assert.equal(page.totalCount, all.people.totalCount);
        walked.push(...page.edges.map((e) => e.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      assert.deepEqual(walked, all.people.edges.map((e) => e.node.name));
      assert.equal(walked.length, all.people.totalCount);
      // Đ is the letter after d, not a character after z as in code-point order.
      assert.deepEqual(walked.slice(0, 3), ['Bùi Tuấn Quang', 'Đoàn Kỳ Côi', 'Hoàng Văn Thái']);
    });

    it('reverse with NAME_DESC', async () => {
      const asc = await names({}, { orderBy: 'NAME_ASC' });
      assert.deepEqual(await names({}, { orderBy: 'NAME_DESC' }), [...asc].reverse());
    });

    it('page backwards with last and before', async () => {
      const asc = await names({});
      const last = (await data<PeoplePage>(PEOPLE, { last: 3 })).people;
      assert.deepEqual(last.edges.map((e) => e.node.name), asc.slice(-3));
      assert.equal(last.pageInfo.hasPreviousPage, true);
      const before = (await data<PeoplePage>(PEOPLE, { last: 2, before: last.pageInfo.startCursor })).people;
      assert.deepEqual(before.edges.map((e) => e.node.name), asc.slice(-5, -3));
    });

    it('refuse a page of more than 100', async () => {
      const { body } = await api.graphql(PEOPLE, { first: 101 });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(body.data, null);
    });
  });

  describe('round trips', () => {
    const NESTED = `query($first: Int) { people(first: $first) { edges { node {
      roles { title organization { name } observations { source { title } event { name } } }
      appearances(first: 50) { edges { role node { name } } }
      coAppearances { edges { count node { name } } }
    } } } }`;

    it('do not grow with the number of people on the page', async () => {
      const counted = async (first: number) => {
        const observer = new CountingObserver();
        const counting = await startApi(createTestExecutor(api.driver, observer));
        try {
          const { body } = await counting.graphql<{ people: { edges: unknown[] } }>(NESTED, { first });
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          assert.equal(body.data!.people.edges.length, first);
          return observer.count;
        } finally {
          await counting.close();
        }
      };
      const [few, many] = [await counted(2), await counted(15)];
      // One statement per level, whatever the page size: the people; then their roles (each observation
      // joined with its organisation, event and source), appearances and co-appearances together.
      assert.equal(few, 2);
      assert.equal(many, few);
    });
  });
});
