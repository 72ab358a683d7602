// Programs through the API against the seeded database: the contract's
// ProgramDetail with values from the articles, the `programs` list (filters,
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

interface ProgramDetail {
  node: Named & {
    __typename: string;
    startYear: number | null;
    endYear: number | null;
    parties: Named[];
    signedAt: (Named & { date: string | null }) | null;
    sources: { id: string; title: string }[];
  } | null;
}

interface ProgramPage {
  programs: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string; startYear: number | null } }[] };
}

const PROGRAMS = `query Programs($filter: ProgramFilter, $orderBy: ProgramOrderBy, $first: Int, $after: String, $last: Int, $before: String) {
  programs(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name startYear } }
  }
}`;

const id = (label: string, slug: string) => toGlobalId(label, slug);

describe('programs through the API', () => {
  const api = seededApi();

  async function programDetail(slug: string) {
    const { node } = await api.data<ProgramDetail>(CONTRACT, { id: id('Program', slug) }, 'ProgramDetail');
    assert.ok(node, `no program ${slug}`);
    return node;
  }

  async function programs(variables: Record<string, unknown>) {
    return (await api.data<ProgramPage>(PROGRAMS, variables)).programs;
  }

  it('ProgramDetail: the Phong Điền program 2021–2025, its six parties and the meeting of 10/9/2021 where it was signed', async () => {
    const program = await programDetail('pr-phong-dien-dan-van-2021-2025');
    assert.equal(program.__typename, 'Program');
    assert.equal(program.startYear, 2021);
    assert.equal(program.endYear, 2025);
    assert.deepEqual(
      program.parties.map((p) => p.name).sort(),
      [
        'Ban Chỉ huy Quân sự huyện Phong Điền',
        'Ban Dân vận Huyện ủy Phong Điền',
        'Công an huyện Phong Điền',
        'Đồn Biên phòng Phong Hải',
        'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phong Điền',
        'Ủy ban nhân dân huyện Phong Điền',
      ].sort(),
    );
    assert.equal(program.signedAt?.id, id('Event', 'ev-phong-dien-so-ket-phoi-hop-dan-van-2021'));
    assert.equal(program.signedAt?.date, '2021-09-10');
    assert.deepEqual(program.sources.map((s) => s.id), [id('Source', 'src-004-phoi-hop-dan-van-phong-dien-2021')]);
    assert.equal(program.sources[0]?.title, 'Ký kết chương trình phối hợp công tác Dân vận giai đoạn 2021-2025');
  });

  it('ProgramDetail: the Đồng Tháp program 2021–2026 was signed at the conference of 24/3/2021 by the bodies of the province and of the district', async () => {
    const program = await programDetail('pr-dong-thap-bdv-bcsd-ubnd-2021-2026');
    assert.equal(program.startYear, 2021);
    assert.equal(program.endYear, 2026);
    // "Ban Dân vận và Ban cán sự đảng UBND Tỉnh, Huyện Ký kết": Châu Thành's two bodies beside the province's.
    assert.deepEqual(program.parties.map((p) => p.name), [
      'Ban cán sự đảng Ủy ban nhân dân huyện Châu Thành',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp',
      'Ban Dân vận Huyện ủy Châu Thành',
      'Ban Dân vận Tỉnh ủy Đồng Tháp',
    ]);
    assert.equal(program.signedAt?.id, id('Event', 'ev-dong-thap-tong-ket-dvcq-2020'));
    assert.equal(program.signedAt?.date, '2021-03-24');
  });

  it('answers null dates of a program without a period', async () => {
    const program = await programDetail('pr-ban-dan-van-trung-uong-bcsd-chinh-phu');
    assert.equal(program.startYear, null);
    assert.equal(program.endYear, null);
  });

  it('filters by party, year of activity, kind, place and text', async () => {
    const ofPhongDien = await programs({ filter: { party: id('Organization', 'org-ban-dan-van-huyen-uy-phong-dien-thua-thien-hue') }, orderBy: 'DATE_ASC' });
    assert.deepEqual(ofPhongDien.edges.map((e) => e.node.id), [id('Program', 'pr-phong-dien-dan-van-2017-2020'), id('Program', 'pr-phong-dien-dan-van-2021-2025')]);
    const in2023 = await programs({ filter: { activeIn: 2023 }, orderBy: 'NAME_ASC', first: 100 });
    const ids2023 = in2023.edges.map((e) => e.node.id);
    for (const slug of ['pr-dong-thap-bdv-bcsd-ubnd-2021-2026', 'pr-dong-thap-ke-hoach-phoi-hop-2023', 'pr-phong-dien-dan-van-2021-2025']) assert.ok(ids2023.includes(id('Program', slug)), slug);
    // A program without a period is never active.
    assert.ok(!ids2023.includes(id('Program', 'pr-ban-dan-van-trung-uong-bcsd-chinh-phu')));
    assert.ok(!ids2023.includes(id('Program', 'pr-phong-dien-dan-van-2017-2020')));
    const plans = await programs({ filter: { kinds: ['COORDINATION_PLAN'] } });
    assert.deepEqual(plans.edges.map((e) => e.node.id), [id('Program', 'pr-dong-thap-ke-hoach-phoi-hop-2023')]);
    const text = await programs({ filter: { text: 'ke hoach phoi hop nam 2023' } });
    assert.deepEqual(text.edges.map((e) => e.node.id), [id('Program', 'pr-dong-thap-ke-hoach-phoi-hop-2023')]);
    const inVietNam = await programs({ filter: { place: id('Place', 'pl-viet-nam') }, first: 100 });
    const inHue = await programs({ filter: { place: id('Place', 'pl-thua-thien-hue') }, first: 100 });
    assert.ok(inHue.edges.every((e) => inVietNam.edges.some((v) => v.node.id === e.node.id)));
    assert.ok(inHue.edges.every((e) => e.node.name.includes('Phong Điền')), JSON.stringify(inHue.edges));
  });

  it('orders by period latest first by default, programs without a period last', async () => {
    const all = await programs({ first: 100 });
    const years = all.edges.map((e) => e.node.startYear);
    const dated = years.filter((y): y is number => y !== null);
    assert.deepEqual(dated, [...dated].sort((a, b) => b - a));
    assert.equal(all.edges.at(-1)?.node.id, id('Program', 'pr-ban-dan-van-trung-uong-bcsd-chinh-phu'));
  });

  it('pages without overlap or gap', async () => {
    const all = await programs({ first: 100, orderBy: 'NAME_DESC' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ProgramPage['programs'] = await programs({ first: 2, after, orderBy: 'NAME_DESC' });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, all.edges.map((e) => e.node.id));
    assert.equal(seen.length, all.totalCount);
  });

  it('refuses first above 100 and a party id of the wrong kind with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { filter: { party: id('Place', 'pl-dong-thap') } }, { filter: { place: 'not an id' } }]) {
      const { body } = await api.graphql(PROGRAMS, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
    }
  });
});
