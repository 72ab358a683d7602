// Events through the API against the seeded database: the contract's
// EventDetail with values from the articles, the `events` list (filters,
// orderings, pagination) and its errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { CONTRACT_FILE } from '../../api/paths.js';
import { seededApi } from '../helpers/seeded-api.js';

const CONTRACT = readFileSync(CONTRACT_FILE, 'utf8');

interface Named {
  id: string;
  name: string;
}

interface EventDetail {
  node: Named & {
    __typename: string;
    date: string | null;
    kind: string;
    online: boolean | null;
    place: Named | null;
    organizers: Named[];
    participants: { role: string; titleAtEvent: string | null; person: Named }[];
    models: Named[];
    programs: Named[];
    sources: { id: string; title: string; publisher: string | null; publishedAt: string | null }[];
  } | null;
}

interface EventPage {
  events: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string; date: string | null } }[] };
}

const EVENTS = `query Events($filter: EventFilter, $orderBy: EventOrderBy, $first: Int, $after: String, $last: Int, $before: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name date } }
  }
}`;

const id = (label: string, slug: string) => toGlobalId(label, slug);
const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('events through the API', () => {
  const api = seededApi();

  async function eventDetail(slug: string) {
    const { node } = await api.data<EventDetail>(CONTRACT, { id: id('Event', slug) }, 'EventDetail');
    assert.ok(node, `no event ${slug}`);
    return node;
  }

  async function events(variables: Record<string, unknown>) {
    return (await api.data<EventPage>(EVENTS, variables)).events;
  }

  it('EventDetail: the online conference of 24/3/2021 in Đồng Tháp, its organisers, co-chairs and the program signed there', async () => {
    const event = await eventDetail('ev-dong-thap-tong-ket-dvcq-2020');
    assert.equal(event.__typename, 'Event');
    assert.equal(event.date, '2021-03-24');
    assert.equal(event.kind, 'REVIEW_CONFERENCE');
    assert.equal(event.online, true);
    assert.equal(event.place?.name, 'Đồng Tháp');
    assert.equal(event.place?.id, id('Place', 'pl-dong-thap'));
    assert.deepEqual(names(event.organizers), ['Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp', 'Ban Dân vận Tỉnh ủy Đồng Tháp']);
    const coChairs = event.participants.filter((p) => p.role === 'CO_CHAIRED');
    assert.deepEqual(coChairs.map((p) => p.person.name), ['Lê Thành Công', 'Phạm Thiện Nghĩa']);
    assert.equal(coChairs[1]?.titleAtEvent, 'Bí thư Ban cán sự đảng UBND tỉnh, Chủ tịch UBND tỉnh');
    // Chairs first, attendees last.
    assert.deepEqual(event.participants.slice(0, 2), coChairs);
    assert.equal(event.participants.at(-1)?.role, 'ATTENDED');
    assert.ok(names(event.programs).includes('Chương trình phối hợp giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh Đồng Tháp giai đoạn 2021–2026'));
    assert.deepEqual(event.sources.map((s) => s.title), ['Hội nghị Tổng kết công tác Dân vận Chính quyền 2020']);
    assert.equal(event.sources[0]?.publishedAt, null);
  });

  it('EventDetail: the national conference of 9/1/2020, with three co-chairs and Nguyễn Đức Hòa chairing a bridge point', async () => {
    const event = await eventDetail('ev-toan-quoc-tong-ket-dan-van-2019');
    assert.equal(event.date, '2020-01-09');
    assert.equal(event.online, true);
    const coChairs = event.participants.filter((p) => p.role === 'CO_CHAIRED').map((p) => p.person.name);
    assert.deepEqual(coChairs.sort(), ['Nguyễn Xuân Phúc', 'Trương Hòa Bình', 'Trương Thị Mai']);
    const chair = event.participants.find((p) => p.person.name === 'Nguyễn Đức Hòa');
    assert.equal(chair?.role, 'CHAIRED');

    const { body } = await api.graphql<{ node: { participants: { role: string; bridgePoint: string | null; bridgePointPlace: Named | null; person: Named; sources: { id: string }[] }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Event { participants { role bridgePoint bridgePointPlace { id name } person { id name } sources { id } } } } }`,
      { id: id('Event', 'ev-toan-quoc-tong-ket-dan-van-2019') },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const atBinhThuan = body.data!.node.participants.find((p) => p.person.name === 'Nguyễn Đức Hòa');
    assert.equal(atBinhThuan?.bridgePointPlace?.name, 'Bình Thuận');
    assert.match(atBinhThuan?.bridgePoint ?? '', /Bình Thuận/);
    assert.deepEqual(atBinhThuan?.sources.map((s) => s.id), [id('Source', 'src-002-tong-ket-dan-van-toan-quoc-2019')]);
  });

  it('gives a date known only to the year as a partial date, never as a day', async () => {
    const { body } = await api.graphql<{ node: { date: string | null; datePartial: unknown; models: Named[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Event { date datePartial { text precision from to } models { name } } } }`,
      { id: id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020') },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data!.node.date, null);
    assert.deepEqual(body.data!.node.datePartial, { text: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31' });
    assert.deepEqual(names(body.data!.node.models), ['Hội quán', 'Tổ nhân dân tự quản']);
  });

  it('lists events latest first by default, undated ones last', async () => {
    const page = await events({ first: 100 });
    const dates = page.edges.map((e) => e.node.date);
    assert.equal(page.totalCount, page.edges.length);
    const dated = dates.filter((d): d is string => d !== null);
    assert.deepEqual(dated, [...dated].sort().reverse());
    assert.equal(page.edges[0]?.node.id, id('Event', 'ev-dong-thap-so-ket-dvcq-2022'));
  });

  it('filters by place, including every place inside it', async () => {
    const inDongThap = await events({ filter: { place: id('Place', 'pl-dong-thap') }, orderBy: 'DATE_ASC' });
    assert.ok(inDongThap.edges.some((e) => e.node.id === id('Event', 'ev-dong-thap-tong-ket-dvcq-2020')));
    const inVietNam = await events({ filter: { place: id('Place', 'pl-viet-nam') } });
    assert.ok(inVietNam.totalCount >= inDongThap.totalCount);
    for (const edge of inDongThap.edges) assert.ok(inVietNam.edges.some((e) => e.node.id === edge.node.id), edge.node.name);
    const inBinhThuan = await events({ filter: { place: id('Place', 'pl-lam-dong-2025') } });
    assert.equal(inBinhThuan.totalCount, 0);
  });

  it('filters by date range, kind, organiser, participant, online and text without diacritics', async () => {
    const in2021 = await events({ filter: { from: '2021-01-01', to: '2021-12-31' }, orderBy: 'DATE_ASC' });
    assert.deepEqual(in2021.edges.map((e) => e.node.id), [id('Event', 'ev-dong-thap-tong-ket-dvcq-2020'), id('Event', 'ev-phong-dien-so-ket-phoi-hop-dan-van-2021')]);
    // A date known only to the year overlaps any period inside that year.
    const june2020 = await events({ filter: { from: '2020-06-01', to: '2020-06-30', kinds: ['BRIEFING'] } });
    assert.deepEqual(june2020.edges.map((e) => e.node.id), [id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020')]);
    const organised = await events({ filter: { organizer: id('Organization', 'org-ban-dan-van-huyen-uy-phong-dien-thua-thien-hue') } });
    assert.deepEqual(organised.edges.map((e) => e.node.id), [id('Event', 'ev-phong-dien-so-ket-phoi-hop-dan-van-2021')]);
    const withNghia = await events({ filter: { participant: id('Person', 'per-pham-thien-nghia'), online: true } });
    assert.deepEqual(withNghia.edges.map((e) => e.node.id), [id('Event', 'ev-dong-thap-tong-ket-dvcq-2020')]);
    const text = await events({ filter: { text: 'giao ban dong bang song cuu long' } });
    assert.deepEqual(text.edges.map((e) => e.node.id), [id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020')]);
  });

  it('pages forward and backward without overlap or gap', async () => {
    const all = await events({ first: 100, orderBy: 'NAME_ASC' });
    assert.ok(all.totalCount >= 4);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: EventPage['events'] = await events({ first: 2, after, orderBy: 'NAME_ASC' });
      assert.equal(page.totalCount, all.totalCount);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, all.edges.map((e) => e.node.id));
    const lastTwo = await events({ last: 2, orderBy: 'NAME_ASC' });
    assert.deepEqual(lastTwo.edges.map((e) => e.node.id), seen.slice(-2));
    const beforeLast = await events({ last: 1, before: lastTwo.edges[1]!.cursor, orderBy: 'NAME_ASC' });
    assert.deepEqual(beforeLast.edges.map((e) => e.node.id), seen.slice(-2, -1));
  });

  it('refuses a page above 100, a malformed cursor and an id of the wrong kind with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { last: 101 }, { first: 1, after: 'nonsense!' }, { filter: { place: id('Person', 'per-pham-thien-nghia') } }]) {
      const { body } = await api.graphql(EVENTS, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
      assert.equal(body.data, null);
    }
  });
});
