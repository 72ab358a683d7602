// Organisations against the seeded articles: the contract's OfficeHolders,
// the relationships of an organisation, the filters of `organizations` and its pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation } from '../helpers/contract.js';
import { seededApi } from '../helpers/seeded-api.js';

const org = (slug: string) => toGlobalId('Organization', slug);
const UBND_DONG_THAP = org('org-ubnd-tinh-dong-thap');
const TINH_UY_DONG_THAP = org('org-tinh-uy-dong-thap');
const BAN_DAN_VAN_DONG_THAP = org('org-ban-dan-van-tinh-uy-dong-thap');
const QUOC_HOI = org('org-quoc-hoi');
const NGHIA = { id: toGlobalId('Person', 'per-pham-thien-nghia'), name: 'Phạm Thiện Nghĩa' };
const DONG_THAP = toGlobalId('Place', 'pl-dong-thap');

interface OfficeHolders {
  node: {
    __typename: string;
    id: string;
    name: string;
    kind: string;
    level: string;
    place: { id: string; name: string } | null;
    officeHolders: { title: string; person: { id: string; name: string }; firstSeen: string | null; lastSeen: string | null }[];
  } | null;
}
interface OrganizationsPage {
  organizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { name: string } }[] };
}

const ORGANIZATIONS = `query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {
  organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { name } }
  }
}`;

describe('organizations', () => {
  const api = seededApi();
  const { data } = api;
  const names = async (filter: Record<string, unknown>) => (await data<OrganizationsPage>(ORGANIZATIONS, { filter, first: 100 })).organizations.edges.map((e) => e.node.name);

  describe('OfficeHolders (contract)', () => {
    const officeHolders = async (id: string, at?: string) => (await data<OfficeHolders>(contractOperation('OfficeHolders'), { id, at })).node;

    it('describes UBND tỉnh Đồng Tháp and its chairman on 2022-01-01', async () => {
      const node = await officeHolders(UBND_DONG_THAP, '2022-01-01');
      assert.deepEqual(node, {
        __typename: 'Organization',
        id: UBND_DONG_THAP,
        name: 'Ủy ban nhân dân tỉnh Đồng Tháp',
        kind: 'PEOPLES_COMMITTEE',
        level: 'PROVINCE',
        place: { id: DONG_THAP, name: 'Đồng Tháp' },
        officeHolders: [{ title: 'Chủ tịch', person: NGHIA, firstSeen: '2021-03-24', lastSeen: '2023-03-30' }],
      });
    });

    it('names nobody on 2019-01-01, before the sources saw anyone in office', async () => {
      assert.deepEqual((await officeHolders(UBND_DONG_THAP, '2019-01-01'))?.officeHolders, []);
    });

    it('names every holder ever seen when no date is given', async () => {
      assert.deepEqual((await officeHolders(UBND_DONG_THAP))?.officeHolders, [{ title: 'Chủ tịch', person: NGHIA, firstSeen: '2021-03-24', lastSeen: '2023-03-30' }]);
    });

    it('lists the holders by title, then first seen', async () => {
      const holders = (await officeHolders(TINH_UY_DONG_THAP))?.officeHolders;
      assert.deepEqual(
        holders?.map((h) => [h.title, h.person.name, h.firstSeen, h.lastSeen]),
        [
          ['Phó Bí thư', 'Phạm Thiện Nghĩa', '2023-03-30', '2023-03-30'],
          // Seen in "2020" only: no day to give, but the year covers mid-2020.
          ['Phó Bí thư Thường trực', 'Nguyễn Tôn Hoàng', null, null],
        ],
      );
      assert.deepEqual((await officeHolders(TINH_UY_DONG_THAP, '2020-06-15'))?.officeHolders.map((h) => h.person.name), ['Nguyễn Tôn Hoàng']);
    });

    it('gives the year-precise dates through the partial fields, with their sources', async () => {
      const result = await data<{ node: { officeHolders: { firstSeenPartial: unknown; lastSeenPartial: unknown; observations: { title: string }[]; sources: { title: string }[] }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Organization { officeHolders(at: "2020-06-15") {
          firstSeenPartial { text precision from to } lastSeenPartial { text } observations { title } sources { title } } } } }`,
        { id: TINH_UY_DONG_THAP },
      );
      assert.deepEqual(result.node.officeHolders, [
        {
          firstSeenPartial: { text: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31' },
          lastSeenPartial: { text: '2020' },
          observations: [{ title: 'Phó Bí thư Thường trực' }],
          sources: [{ title: 'Giao ban công tác dân vận 6 tháng đầu năm 2020 Cụm đồng bằng sông Cửu Long' }],
        },
      ]);
    });

    it('refuses a date that is not a calendar day', async () => {
      const { body } = await api.graphql(contractOperation('OfficeHolders'), { id: UBND_DONG_THAP, at: '2022-02-30' });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    });
  });

  describe('an organisation’s relationships', () => {
    it('places Ban Dân vận Tỉnh ủy in the Tỉnh ủy, with its programs newest first and its events latest first', async () => {
      const result = await data<{
        node: {
          parent: { name: string };
          programs: { id: string }[];
          events: { totalCount: number; edges: { relation: string; node: { date: string }; sources: { title: string }[] }[] };
        };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Organization {
          parent { name } programs { id } events { totalCount edges { relation node { date } sources { title } } } } } }`,
        { id: BAN_DAN_VAN_DONG_THAP },
      );
      assert.equal(result.node.parent.name, 'Tỉnh ủy Đồng Tháp');
      assert.deepEqual(
        result.node.programs.map((p) => p.id),
        ['pr-dong-thap-ke-hoach-phoi-hop-2023', 'pr-dong-thap-bdv-bcsd-ubnd-2021-2026', 'pr-dong-thap-bdv-bcsd-ubnd-2016-2020'].map((slug) => toGlobalId('Program', slug)),
      );
      assert.equal(result.node.events.totalCount, 2);
      assert.deepEqual(
        result.node.events.edges.map((e) => [e.relation, e.node.date, e.sources.map((s) => s.title)]),
        [
          ['ORGANIZED', '2023-03-30', ['Tiếp tục nâng cao chất lượng, hiệu quả công tác dân vận chính quyền']],
          ['ORGANIZED', '2021-03-24', ['Hội nghị Tổng kết công tác Dân vận Chính quyền 2020']],
        ],
      );
    });

    it('lists the bodies that are part of the Tỉnh ủy, by name', async () => {
      const result = await data<{ node: { children: { name: string }[]; parent: null } }>(`query($id: ID!) { node(id: $id) { ... on Organization { parent { name } children { name } } } }`, {
        id: TINH_UY_DONG_THAP,
      });
      assert.deepEqual(result.node, {
        parent: null,
        children: [
          { name: 'Ban Dân vận Tỉnh ủy Đồng Tháp' },
          { name: 'Ban Thường vụ Tỉnh ủy Đồng Tháp' },
          { name: 'Ban Tuyên giáo Tỉnh ủy Đồng Tháp' },
          { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp' },
        ],
      });
    });

    it('tells the events UBND attended from those it organised, and the awards it granted', async () => {
      const result = await data<{ node: { organized: { totalCount: number }; attended: { edges: { node: { id: string } }[] }; awardsGranted: { id: string }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Organization {
          organized: events(relation: ORGANIZED) { totalCount }
          attended: events(relation: ATTENDED) { edges { node { id } } }
          awardsGranted { id } } } }`,
        { id: UBND_DONG_THAP },
      );
      assert.equal(result.node.organized.totalCount, 0);
      assert.deepEqual(result.node.attended.edges, [{ node: { id: toGlobalId('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020') } }]);
      assert.equal(result.node.awardsGranted.length, 2);
    });

    it('tells a collective from a body, with its count and the bridge points it attended from', async () => {
      type Collective = { collective: boolean; memberCount: number | null; level: string; inferred: boolean; place: { name: string }; events: { edges: { relation: string; bridgePoints: number | null; inferred: boolean; node: { id: string } }[] } };
      const query = `query($id: ID!) { node(id: $id) { ... on Organization {
        collective memberCount level inferred place { name } events { edges { relation bridgePoints inferred node { id } } } } } }`;
      const binhThuan = await data<{ node: Collective }>(query, { id: org('org-huyen-thi-thanh-uy-binh-thuan') });
      assert.deepEqual(binhThuan.node, {
        collective: true,
        memberCount: 10,
        level: 'DISTRICT',
        inferred: true,
        place: { name: 'Bình Thuận' },
        events: { edges: [{ relation: 'ATTENDED', bridgePoints: 10, inferred: true, node: { id: toGlobalId('Event', 'ev-toan-quoc-tong-ket-dan-van-2019') } }] },
      });
      const dbscl = await data<{ node: Collective }>(query, { id: org('org-ban-dan-van-cac-tinh-uy-thanh-uy-dbscl') });
      assert.deepEqual(dbscl.node, {
        collective: true,
        memberCount: null,
        level: 'PROVINCE',
        inferred: false,
        place: { name: 'Đồng bằng sông Cửu Long' },
        events: { edges: [{ relation: 'ATTENDED', bridgePoints: null, inferred: false, node: { id: toGlobalId('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020') } }] },
      });
      const body = await data<{ node: { collective: boolean; memberCount: number | null } }>(`query($id: ID!) { node(id: $id) { ... on Organization { collective memberCount } } }`, { id: UBND_DONG_THAP });
      assert.deepEqual(body.node, { collective: false, memberCount: null });
    });

    it('lists what an organisation published, newest first, in pages', async () => {
      const query = `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { published(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
      type Published = { node: { published: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } };
      const first = (await data<Published>(query, { id: QUOC_HOI })).node.published;
      const second = (await data<Published>(query, { id: QUOC_HOI, after: first.pageInfo.endCursor })).node.published;
      assert.equal(first.totalCount, 3);
      assert.equal(second.pageInfo.hasNextPage, false);
      assert.deepEqual(
        [...first.edges, ...second.edges].map((e) => e.node.id),
        ['src-nq-203-2025-qh15', 'src-nq-202-2025-qh15', 'src-nq-175-2024-qh15'].map((slug) => toGlobalId('Source', slug)),
      );
    });
  });

  describe('an organisation’s history (SUCCEEDED_BY)', () => {
    const HISTORY = `query($id: ID!) { node(id: $id) { ... on Organization {
      name validFrom validFromPartial { text precision } validTo validToPartial { text from to }
      successors { organization { id name } date datePartial { text precision from to } kind note sources { id } inferred inferenceNote }
      predecessors { organization { name } date kind inferred }
    } } }`;
    type History = {
      node: {
        name: string;
        validFrom: string | null;
        validFromPartial: { text: string; precision: string } | null;
        validTo: string | null;
        validToPartial: { text: string; from: string; to: string } | null;
        successors: { organization: { id: string; name: string }; date: string | null; datePartial: Record<string, string>; kind: string; note: string; sources: { id: string }[]; inferred: boolean; inferenceNote: string | null }[];
        predecessors: { organization: { name: string }; date: string | null; kind: string; inferred: boolean }[];
      };
    };
    const history = async (slug: string) => (await data<History>(HISTORY, { id: org(slug) })).node;

    it('follows the Ban Dân vận Trung ương into the Ban Tuyên giáo và Dân vận Trung ương, with the date’s inference', async () => {
      const node = await history('org-ban-dan-van-trung-uong');
      assert.deepEqual(node.successors, [
        {
          organization: { id: org('org-ban-tuyen-giao-va-dan-van-trung-uong'), name: 'Ban Tuyên giáo và Dân vận Trung ương' },
          date: '2025-02-03',
          datePartial: { text: '2025-02-03', precision: 'DAY', from: '2025-02-03', to: '2025-02-03' },
          kind: 'MERGED_INTO',
          note: 'Ban Dân vận Trung ương hợp nhất với Ban Tuyên giáo Trung ương thành Ban Tuyên giáo và Dân vận Trung ương.',
          sources: [{ id: toGlobalId('Source', 'src-znews-ban-tuyen-giao-dan-van-trung-uong-2025') }],
          inferred: true,
          inferenceNote:
            'Bài viết cho biết quyết định hợp nhất của Bộ Chính trị được thông báo tại hội nghị ngày 3/2/2025 nhưng không nêu số, ngày ký hay ngày có hiệu lực của quyết định; ngày công bố được ghi làm ngày hợp nhất.',
        },
      ]);
      assert.deepEqual([node.predecessors, node.validFrom, node.validTo, node.validToPartial], [[], null, null, null]);
    });

    it('lists the merged board’s predecessors by date, then name', async () => {
      const node = await history('org-ban-tuyen-giao-va-dan-van-trung-uong');
      assert.deepEqual(node.predecessors, [
        { organization: { name: 'Ban Dân vận Trung ương' }, date: '2025-02-03', kind: 'MERGED_INTO', inferred: true },
        { organization: { name: 'Ban Tuyên giáo Trung ương' }, date: '2025-02-03', kind: 'MERGED_INTO', inferred: true },
      ]);
      assert.deepEqual(node.successors, []);
    });

    it('gives a board its first day and a district committee its last', async () => {
      const board = await history('org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap');
      assert.deepEqual([board.validFrom, board.validFromPartial, board.predecessors.map((p) => p.organization.name)], [
        '2025-02-03',
        { text: '2025-02-03', precision: 'DAY' },
        ['Ban Dân vận Tỉnh ủy Đồng Tháp', 'Ban Tuyên giáo Tỉnh ủy Đồng Tháp'],
      ]);
      const district = await history('org-ubnd-huyen-chau-thanh-dong-thap');
      assert.deepEqual([district.validTo, district.validToPartial, district.successors], ['2025-06-30', { text: '2025-06-30', from: '2025-06-30', to: '2025-06-30' }, []]);
    });

    it('renames the Huyện ủy Phong Điền to the Thị ủy, which ends with the district level', async () => {
      const huyen = await history('org-huyen-uy-phong-dien-thua-thien-hue');
      assert.deepEqual(huyen.successors.map((s) => [s.organization.name, s.kind, s.date, s.inferred]), [['Thị ủy Phong Điền', 'RENAMED_TO', '2025-01-01', true]]);
      const thi = await history('org-thi-uy-phong-dien-hue');
      assert.deepEqual([thi.validFrom, thi.validTo, thi.predecessors.map((p) => p.organization.name), thi.successors], ['2025-01-01', '2025-06-30', ['Huyện ủy Phong Điền'], []]);
    });

    it('shows a place succession’s kind too', async () => {
      const result = await data<{ node: { successors: { place: { name: string }; kind: string }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Place { successors { place { name } kind } } } }`,
        { id: toGlobalId('Place', 'pl-thua-thien-hue') },
      );
      assert.deepEqual(result.node.successors, [{ place: { name: 'Huế' }, kind: 'RENAMED_TO' }]);
    });

    it('gives a web source its address', async () => {
      const result = await data<{ node: { url: string | null; file: string | null } }>(`query($id: ID!) { node(id: $id) { ... on Source { url file } } }`, {
        id: toGlobalId('Source', 'src-nhandan-dang-bo-truc-thuoc-thanh-pho-hue-2024'),
      });
      assert.deepEqual(result.node, { url: 'https://nhandan.vn/ocop/cong-bo-quyet-dinh-thanh-lap-cac-dang-bo-truc-thuoc-dang-bo-thanh-pho-hue-post853402.html', file: null });
    });
  });

  describe('organizations filters', () => {
    it('keep the organisations of some kinds, in Vietnamese order', async () => {
      assert.deepEqual(await names({ kinds: ['PEOPLES_COMMITTEE'] }), [
        'Ủy ban nhân dân huyện Châu Thành',
        'Ủy ban nhân dân huyện Phong Điền',
        'Ủy ban nhân dân tỉnh Bình Thuận',
        // The province's People's Committee before 1/7/2025 and the one of the merged province (decision 023).
        'Ủy ban nhân dân tỉnh Đồng Tháp',
        'Ủy ban nhân dân tỉnh Đồng Tháp',
        'Ủy ban nhân dân tỉnh Lâm Đồng',
      ]);
    });

    it('keep the organisations located in a place or any place inside it', async () => {
      const inDongThap = await names({ place: DONG_THAP });
      // The Đồng Tháp before 1/7/2025: its two boards of 2025 are in, the bodies of the merged province are not.
      assert.equal(inDongThap.length, 14);
      assert.ok(inDongThap.includes('Tỉnh ủy Đồng Tháp'));
      assert.ok(inDongThap.includes('Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp'));
      assert.ok(!inDongThap.includes('Ủy ban nhân dân tỉnh Lâm Đồng'));
      // Located in the district of Châu Thành, which is inside Đồng Tháp.
      assert.ok(inDongThap.includes('Huyện ủy Châu Thành'));
      assert.ok(!inDongThap.includes('Huyện ủy Phong Điền'));
    });

    it('combine level and place', async () => {
      assert.deepEqual(await names({ levels: ['DISTRICT'], place: DONG_THAP }), [
        'Ban cán sự đảng Ủy ban nhân dân huyện Châu Thành',
        'Ban Dân vận Huyện ủy Châu Thành',
        'Huyện ủy Châu Thành',
        'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành',
        'Ủy ban nhân dân huyện Châu Thành',
      ]);
    });

    it('keep the organisations of a line', async () => {
      assert.deepEqual(await names({ lines: ['FRONT'], levels: ['PROVINCE'] }), ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp']);
    });

    it('match names and aliases typed without diacritics', async () => {
      // "UBND tỉnh Đồng Tháp" is an alias of both; the words need not stand together.
      assert.deepEqual(await names({ text: 'ubnd dong thap' }), ['Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp', 'Ủy ban nhân dân tỉnh Đồng Tháp']);
      assert.deepEqual(await names({ text: 'Ban Dân vận', levels: ['CENTRAL'] }), [
        'Ban Dân vận Trung ương',
        'Ban Tuyên giáo và Dân vận Trung ương',
        'Cơ quan Thường trực Ban Dân vận Trung ương tại Thành phố Hồ Chí Minh',
      ]);
    });

    it('reject a place id that is not a place', async () => {
      const { body } = await api.graphql(ORGANIZATIONS, { filter: { place: UBND_DONG_THAP } });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    });
  });

  describe('every organisation', () => {
    // Every stored kind must be a value of OrganizationKind, and a body outside the
    // grid (the border guard station) has no level: either mismatch voids the page.
    it('serves its kind, level and line', async () => {
      const { body } = await api.graphql<{ organizations: { totalCount: number } }>('{ organizations(first: 100) { totalCount edges { node { kind level line } } } }');
      assert.deepEqual(body.errors, undefined);
      assert.equal(body.data?.organizations.totalCount, 42);
    });
  });

  describe('organizations pages', () => {
    it('walk the whole list without overlap or gap', async () => {
      const all = (await data<OrganizationsPage>(ORGANIZATIONS, { first: 100 })).organizations;
      const walked: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page: OrganizationsPage['organizations'] = (await data<OrganizationsPage>(ORGANIZATIONS, { first: 7, after })).organizations;
        walked.push(...page.edges.map((e) => e.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      assert.equal(all.totalCount, 42);
      assert.deepEqual(walked, all.edges.map((e) => e.node.name));
      assert.deepEqual(await names({}).then((n) => n.reverse()), (await data<OrganizationsPage>(ORGANIZATIONS, { first: 100, orderBy: 'NAME_DESC' })).organizations.edges.map((e) => e.node.name));
    });

    it('refuse a page of more than 100 and a cursor that is not one', async () => {
      assert.equal((await api.graphql(ORGANIZATIONS, { first: 101 })).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal((await api.graphql(ORGANIZATIONS, { after: 'not-a-cursor' })).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    });
  });
});
