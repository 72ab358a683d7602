// Models and campaigns through the API against the seeded database: the
// contract's Models operation with values from the articles (filters by text
// and by place through every place inside it, pagination, errors), a model's
// presentations and first-seen date, a campaign and what hangs off it.
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

interface ModelsData {
  models: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: Named & {
        description: string | null;
        category: string | null;
        originPlace: Named | null;
        places: Named[];
        events: (Named & { date: string | null })[];
        firstSeen: string | null;
        sources: { id: string; title: string }[];
      };
    }[];
  };
}

const id = (label: string, slug: string) => toGlobalId(label, slug);

describe('models and campaigns through the API', () => {
  const api = seededApi();

  async function models(variables: Record<string, unknown>) {
    return (await api.data<ModelsData>(CONTRACT, variables, 'Models')).models;
  }

  it('Models: "hoi quan" finds Hội quán, from Đồng Tháp, presented at the 2020 briefing whose day is unknown', async () => {
    const page = await models({ filter: { text: 'hoi quan' } });
    assert.equal(page.totalCount, 1);
    const model = page.edges[0]!.node;
    assert.equal(model.id, id('Model', 'mdl-hoi-quan'));
    assert.equal(model.name, 'Hội quán');
    assert.equal(model.category, 'Công tác dân vận');
    assert.equal(model.originPlace?.name, 'Đồng Tháp');
    assert.equal(model.originPlace?.id, id('Place', 'pl-dong-thap'));
    // The place of origin first, not repeated when the model was also taken up there.
    assert.deepEqual(model.places.map((p) => p.id), [id('Place', 'pl-dong-thap')]);
    assert.deepEqual(model.events, [
      { id: id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020'), name: 'Giao ban công tác dân vận 6 tháng đầu năm 2020 Cụm đồng bằng sông Cửu Long', date: null },
    ]);
    // Seen only in 2020, not on a known day.
    assert.equal(model.firstSeen, null);
    assert.deepEqual(model.sources, [{ id: id('Source', 'src-001-giao-ban-dan-van-dbscl-2020'), title: 'Giao ban công tác dân vận 6 tháng đầu năm 2020 Cụm đồng bằng sông Cửu Long' }]);
  });

  it('Models: Tổ nhân dân tự quản has no recorded origin but was taken up in Đồng Tháp', async () => {
    const page = await models({ filter: { text: 'To nhan dan tu quan' } });
    assert.deepEqual(page.edges.map((e) => e.node.name), ['Tổ nhân dân tự quản']);
    const model = page.edges[0]!.node;
    assert.equal(model.originPlace, null);
    assert.deepEqual(model.places.map((p) => p.name), ['Đồng Tháp']);
    assert.deepEqual(model.events.map((e) => e.id), [id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020')]);
  });

  it('Models: a place filter takes in every place inside it (Việt Nam, the ĐBSCL region), and nothing elsewhere', async () => {
    for (const place of ['pl-viet-nam', 'pl-dong-bang-song-cuu-long', 'pl-dong-thap']) {
      const page = await models({ filter: { place: id('Place', place) } });
      assert.deepEqual(page.edges.map((e) => e.node.name), ['Hội quán', 'Tổ nhân dân tự quản'], place);
      assert.equal(page.totalCount, 2);
    }
    const elsewhere = await models({ filter: { place: id('Place', 'pl-thua-thien-hue') } });
    assert.equal(elsewhere.totalCount, 0);
    assert.deepEqual(elsewhere.edges, []);
  });

  it('Models: the category matches ignoring case and diacritics; text and place combine', async () => {
    const byCategory = await models({ filter: { category: 'CONG TAC DAN VAN' } });
    assert.equal(byCategory.totalCount, 2);
    const none = await models({ filter: { category: 'cong tac' } });
    assert.equal(none.totalCount, 0);
    const both = await models({ filter: { text: 'hoi quan', place: id('Place', 'pl-dong-bang-song-cuu-long') } });
    assert.deepEqual(both.edges.map((e) => e.node.name), ['Hội quán']);
  });

  it('Models: pages of one without overlap or gap, then BAD_USER_INPUT above 100 and for a place id of another kind', async () => {
    const first = await models({ first: 1 });
    assert.equal(first.totalCount, 2);
    assert.equal(first.pageInfo.hasNextPage, true);
    const second = await models({ first: 1, after: first.pageInfo.endCursor });
    assert.equal(second.pageInfo.hasNextPage, false);
    assert.deepEqual([...first.edges, ...second.edges].map((e) => e.node.name), ['Hội quán', 'Tổ nhân dân tự quản']);

    for (const variables of [{ first: 101 }, { filter: { place: id('Event', 'ev-dong-thap-tong-ket-dvcq-2020') } }]) {
      const { body } = await api.graphql(CONTRACT, variables, 'Models');
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
    }
  });

  it('gives who presented a model, its adoptions and its first-seen date at year precision', async () => {
    const { body } = await api.graphql<{
      node: {
        firstSeenPartial: unknown;
        presentations: { event: Named; model: Named; presentedBy: Named | null; sources: { id: string }[] }[];
        adoptions: { place: Named; since: string | null; inferred: boolean }[];
        events: { datePartial: { precision: string } }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Model {
        firstSeenPartial { text precision from to }
        presentations { event { id name } model { id name } presentedBy { id name } sources { id } }
        adoptions { place { id name } since inferred }
        events { datePartial { precision } }
      } } }`,
      { id: id('Model', 'mdl-hoi-quan') },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const model = body.data!.node;
    assert.deepEqual(model.firstSeenPartial, { text: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31' });
    assert.equal(model.presentations.length, 1);
    assert.equal(model.presentations[0]?.presentedBy?.name, 'Nguyễn Tôn Hoàng');
    assert.equal(model.presentations[0]?.model.name, 'Hội quán');
    assert.equal(model.presentations[0]?.event.id, id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020'));
    assert.deepEqual(model.presentations[0]?.sources.map((s) => s.id), [id('Source', 'src-001-giao-ban-dan-van-dbscl-2020')]);
    assert.deepEqual(model.adoptions.map((a) => a.place.name), ['Đồng Tháp']);
    assert.equal(model.adoptions[0]?.since, null);
    assert.deepEqual(model.events.map((e) => e.datePartial.precision), ['YEAR']);
  });

  it('gives a campaign with the documents it implements, the awards granted for it and where it was reviewed', async () => {
    const { body } = await api.graphql<{
      nam2020: { kind: string; year: number; documents: Named[]; awards: (Named & { collectives: number; individuals: number; awardedAt: Named; grantedBy: Named[] })[]; models: { totalCount: number } };
      nam2019: { reviewedAt: (Named & { date: string })[] };
    }>(
      `query($a: ID!, $b: ID!) {
        nam2020: node(id: $a) { ... on Campaign { kind year documents { id name } awards { id name collectives individuals awardedAt { id name } grantedBy { id name } } models(first: 5) { totalCount } } }
        nam2019: node(id: $b) { ... on Campaign { reviewedAt { id name date } } }
      }`,
      { a: id('Campaign', 'cmp-nam-dan-van-kheo-2020'), b: id('Campaign', 'cmp-nam-dan-van-chinh-quyen-2019') },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const { nam2020, nam2019 } = body.data!;
    assert.equal(nam2020.kind, 'THEMED_YEAR');
    assert.equal(nam2020.year, 2020);
    assert.deepEqual(nam2020.documents.map((d) => d.id), [id('Document', 'doc-chi-thi-05-ct-tw')]);
    const award = nam2020.awards.find((a) => a.id === id('Award', 'aw-dong-thap-bang-khen-nam-dan-van-kheo-2020'));
    assert.equal(award?.collectives, 3);
    assert.equal(award?.individuals, 6);
    assert.equal(award?.awardedAt.id, id('Event', 'ev-dong-thap-tong-ket-dvcq-2020'));
    assert.deepEqual(award?.grantedBy.map((o) => o.name), ['Ủy ban nhân dân tỉnh Đồng Tháp']);
    assert.deepEqual(nam2019.reviewedAt.map((e) => e.date), ['2020-01-09']);
  });
});
