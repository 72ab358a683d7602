// The graph explorer through the API against the seeded database, with the
// contract's Neighborhood and Connection operations: real neighbours of
// Phạm Thiện Nghĩa, the paths from him to Lê Thành Công and Nguyễn Xuân Phúc,
// Entity.relationships, the bounds and the errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';

const NEIGHBORHOOD = contractOperation('Neighborhood');
const CONNECTION = contractOperation('Connection');

interface Entity {
  __typename: string;
  id: string;
  name: string;
}

interface Edge {
  type: string;
  from: string;
  to: string;
}

interface NeighborhoodData {
  neighborhood: { truncated: boolean; nodes: Entity[]; edges: Edge[] };
}

interface ConnectionData {
  paths: { length: number; nodes: Entity[]; edges: Edge[] }[];
}

const PHAM_THIEN_NGHIA = toGlobalId('Person', 'per-pham-thien-nghia');
const LE_THANH_CONG = toGlobalId('Person', 'per-le-thanh-cong');
const NGUYEN_XUAN_PHUC = toGlobalId('Person', 'per-nguyen-xuan-phuc');
const REVIEW_2021 = toGlobalId('Event', 'ev-dong-thap-tong-ket-dvcq-2020');
const REVIEW_2023 = toGlobalId('Event', 'ev-dong-thap-so-ket-dvcq-2022');
const PEOPLES_COMMITTEE = toGlobalId('Organization', 'org-ubnd-tinh-dong-thap');

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Each edge of a path joins the nodes on either side of it, in whichever stored direction. */
function assertWellFormed(path: ConnectionData['paths'][number]) {
  assert.equal(path.nodes.length, path.length + 1);
  assert.equal(path.edges.length, path.length);
  path.edges.forEach((edge, i) => assert.deepEqual([edge.from, edge.to].sort(), [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort()));
}

describe('the graph explorer through the API', () => {
  const observer = new CountingObserver();
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, observer) });

  async function neighborhood(variables: { id: string; depth?: number; limit?: number }) {
    return (await api.data<NeighborhoodData>(NEIGHBORHOOD, variables)).neighborhood;
  }

  async function connection(variables: { from: string; to: string; maxHops?: number }) {
    return (await api.data<ConnectionData>(CONNECTION, variables)).paths;
  }

  describe('neighborhood', () => {
    it('at depth 1 holds Phạm Thiện Nghĩa, the events he took part in and the bodies he held titles at', async () => {
      const result = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 1 });
      assert.equal(result.truncated, false);
      assert.deepEqual(result.nodes[0], { __typename: 'Person', id: PHAM_THIEN_NGHIA, name: 'Phạm Thiện Nghĩa' });
      const names = result.nodes.map((n) => n.name);
      for (const name of [
        'Hội nghị tổng kết công tác dân vận chính quyền năm 2020 tỉnh Đồng Tháp',
        'Hội nghị sơ kết công tác dân vận các cơ quan nhà nước, chính quyền các cấp năm 2022 tỉnh Đồng Tháp',
        'Ủy ban nhân dân tỉnh Đồng Tháp',
        'Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp',
        'Tỉnh ủy Đồng Tháp',
      ]) {
        assert.ok(names.includes(name), `${name} is missing from ${names.join(', ')}`);
      }
      assert.ok(!names.includes('Lê Thành Công'), 'a co-participant is two edges away');
      assert.ok(result.edges.some((e) => e.type === 'PARTICIPATED_IN' && e.from === PHAM_THIEN_NGHIA && e.to === REVIEW_2021));
      assert.ok(result.edges.some((e) => e.type === 'HELD_ROLE' && e.from === PHAM_THIEN_NGHIA && e.to === PEOPLES_COMMITTEE));
      // Role observations are folded into HELD_ROLE: no RoleObservation and no HAS_ROLE edge show.
      assert.ok(result.edges.every((e) => !['HAS_ROLE', 'IN_ORGANIZATION', 'AT_EVENT'].includes(e.type)));
      const nodeIds = new Set(ids(result.nodes));
      assert.ok(result.edges.every((e) => nodeIds.has(e.from) && nodeIds.has(e.to)), 'every edge joins two returned entities');
    });

    it('at depth 2 adds the people he met at those events, and the province', async () => {
      const one = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 1 });
      const two = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 2 });
      assert.equal(two.truncated, false);
      assert.deepEqual(ids(two.nodes).slice(0, one.nodes.length), ids(one.nodes), 'nearer entities come first');
      const added = two.nodes.slice(one.nodes.length).map((n) => `${n.__typename} ${n.name}`);
      for (const entity of ['Person Lê Thành Công', 'Place Đồng Tháp']) assert.ok(added.includes(entity), `${entity} is missing from ${added.join(', ')}`);
      assert.ok(two.edges.some((e) => e.type === 'PARTICIPATED_IN' && e.from === LE_THANH_CONG && e.to === REVIEW_2021));
    });

    it('is truncated when the limit cuts it, keeping the centre first', async () => {
      const full = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 1 });
      const cut = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 1, limit: 3 });
      assert.equal(cut.truncated, true);
      assert.deepEqual(ids(cut.nodes), ids(full.nodes).slice(0, 3));
      const exact = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 1, limit: full.nodes.length });
      assert.equal(exact.truncated, false, 'a limit that fits everything does not truncate');
    });

    it('reads ids and names only when that is all a request asks, and answers what a request asking more answers', async () => {
      const DETAILED = `query Detailed($id: ID!) {
        neighborhood(id: $id, depth: 2) {
          nodes { __typename id name ... on Event { date kind } }
          edges { type from to label inferred sources { id title } }
        }
      }`;
      const before = observer.count;
      const bare = await neighborhood({ id: PHAM_THIEN_NGHIA, depth: 2 });
      const bareStatement = observer.queries[before]!;
      const beforeDetailed = observer.count;
      const detailed = (
        await api.data<{ neighborhood: { nodes: (Entity & { date?: string | null; kind?: string })[]; edges: (Edge & { label: string | null; sources: { id: string }[] })[] } }>(DETAILED, {
          id: PHAM_THIEN_NGHIA,
        })
      ).neighborhood;
      // Its first statement reads the neighbourhood; the next one the edges' sources.
      const detailedStatement = observer.queries[beforeDetailed]!;
      assert.deepEqual(
        bare.nodes,
        detailed.nodes.map(({ __typename, id, name }) => ({ __typename, id, name })),
      );
      assert.deepEqual(bare.edges, detailed.edges.map(({ type, from, to }) => ({ type, from, to })));
      // The detailed answer has what the bare statement did not read.
      assert.ok(detailed.nodes.some((n) => n.__typename === 'Event' && n.date === '2021-03-24'));
      assert.ok(detailed.edges.every((e) => e.sources.length > 0), 'every edge cites a source');
      assert.ok(detailed.edges.some((e) => e.type === 'HELD_ROLE' && e.label !== null));
      assert.ok(!bareStatement.includes('sourceIds'), 'the bare statement reads no provenance');
      assert.ok(detailedStatement.includes('sourceIds'));
    });

    it('refuses depth 4 and a limit above 500 with BAD_USER_INPUT, and answers NOT_FOUND for an id of nothing', async () => {
      for (const variables of [{ id: PHAM_THIEN_NGHIA, depth: 4 }, { id: PHAM_THIEN_NGHIA, depth: 0 }, { id: PHAM_THIEN_NGHIA, limit: 501 }, { id: 'not an id' }]) {
        const { body } = await api.graphql(NEIGHBORHOOD, variables);
        assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
      }
      const { body } = await api.graphql(NEIGHBORHOOD, { id: toGlobalId('Person', 'per-nobody') });
      assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    });
  });

  describe('paths', () => {
    it('joins Phạm Thiện Nghĩa and Lê Thành Công in two steps, through the 2021 or the 2023 conference', async () => {
      const paths = await connection({ from: PHAM_THIEN_NGHIA, to: LE_THANH_CONG });
      assert.ok(paths.length >= 2);
      for (const path of paths) {
        assertWellFormed(path);
        assert.equal(path.length, 2);
        assert.deepEqual([path.nodes[0]!.id, path.nodes[2]!.id], [PHAM_THIEN_NGHIA, LE_THANH_CONG]);
        assert.ok([REVIEW_2021, REVIEW_2023].includes(path.nodes[1]!.id), `through ${path.nodes[1]!.name}`);
        assert.deepEqual(path.edges.map((e) => e.type), ['PARTICIPATED_IN', 'PARTICIPATED_IN']);
      }
      assert.deepEqual(new Set(paths.map((p) => p.nodes[1]!.id)), new Set([REVIEW_2021, REVIEW_2023]));
    });

    it('joins Nguyễn Xuân Phúc and Phạm Thiện Nghĩa in six steps, and not within the default four', async () => {
      const paths = await connection({ from: NGUYEN_XUAN_PHUC, to: PHAM_THIEN_NGHIA, maxHops: 6 });
      assert.ok(paths.length > 0);
      for (const path of paths) {
        assertWellFormed(path);
        assert.equal(path.length, 6);
        assert.deepEqual([path.nodes[0]!.name, path.nodes[6]!.name], ['Nguyễn Xuân Phúc', 'Phạm Thiện Nghĩa']);
        assert.equal(new Set(ids(path.nodes)).size, 7, 'a shortest path never comes back to an entity');
      }
      assert.deepEqual(await connection({ from: NGUYEN_XUAN_PHUC, to: PHAM_THIEN_NGHIA }), []);
    });

    it('counts a role held as one step (HELD_ROLE), not as the two stored relationships behind it', async () => {
      const paths = await connection({ from: PHAM_THIEN_NGHIA, to: PEOPLES_COMMITTEE, maxHops: 1 });
      assert.deepEqual(paths.map((p) => [p.length, p.edges.map((e) => e.type)]), [[1, ['HELD_ROLE']]]);
    });

    it('refuses maxHops 7 with BAD_USER_INPUT, and answers NOT_FOUND for an end that does not exist', async () => {
      const tooFar = await api.graphql(CONNECTION, { from: PHAM_THIEN_NGHIA, to: LE_THANH_CONG, maxHops: 7 });
      assert.equal(tooFar.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      const nobody = await api.graphql(CONNECTION, { from: PHAM_THIEN_NGHIA, to: toGlobalId('Person', 'per-nobody') });
      assert.equal(nobody.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assert.equal(nobody.body.errors?.[0]?.extensions?.argument, 'to');
    });

    it('answers the same paths whether a request asks for ids and names only or for more', async () => {
      const DETAILED = `query Detailed($from: ID!, $to: ID!) {
        paths(from: $from, to: $to) { length nodes { __typename id name ... on Person { aliases } } edges { type from to sources { id } } }
      }`;
      const bare = await connection({ from: PHAM_THIEN_NGHIA, to: LE_THANH_CONG });
      const detailed = (await api.data<{ paths: { length: number; nodes: Entity[]; edges: (Edge & { sources: { id: string }[] })[] }[] }>(DETAILED, { from: PHAM_THIEN_NGHIA, to: LE_THANH_CONG })).paths;
      assert.ok(bare.length > 0);
      assert.deepEqual(
        bare,
        detailed.map((p) => ({ length: p.length, nodes: p.nodes.map(({ __typename, id, name }) => ({ __typename, id, name })), edges: p.edges.map(({ type, from, to }) => ({ type, from, to })) })),
      );
      assert.ok(detailed.every((p) => p.edges.every((e) => e.sources.length > 0)));
    });

    it('needs at most one round trip per hop searched, plus two', async () => {
      const before = observer.count;
      await connection({ from: NGUYEN_XUAN_PHUC, to: PHAM_THIEN_NGHIA, maxHops: 6 });
      assert.ok(observer.count - before <= 6 + 2, `${observer.count - before} round trips`);
    });
  });

  describe('Entity.relationships', () => {
    const RELATIONSHIPS = `query Relationships($ids: [ID!]!, $types: [RelationshipType!], $direction: RelationshipDirection, $kinds: [EntityKind!], $first: Int, $after: String) {
      nodes(ids: $ids) {
        ... on Entity {
          name
          relationships(types: $types, direction: $direction, kinds: $kinds, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor outgoing node { __typename id name } relationship { id type from to label inferred sources { id } } }
          }
        }
      }
    }`;

    interface RelationshipsData {
      nodes: {
        name: string;
        relationships: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { cursor: string; outgoing: boolean; node: Entity; relationship: Edge & { id: string; label: string | null; inferred: boolean; sources: { id: string }[] } }[];
        };
      }[];
    }

    async function relationships(variables: Record<string, unknown>) {
      return (await api.data<RelationshipsData>(RELATIONSHIPS, variables)).nodes.map((n) => n.relationships);
    }

    it('lists the titles Phạm Thiện Nghĩa held as HELD_ROLE edges, each citing its sources', async () => {
      const [held] = await relationships({ ids: [PHAM_THIEN_NGHIA], types: ['HELD_ROLE'] });
      const titles = held!.edges.map((e) => `${e.relationship.label} @ ${e.node.name}`);
      assert.ok(titles.includes('Chủ tịch @ Ủy ban nhân dân tỉnh Đồng Tháp'), titles.join('; '));
      assert.ok(titles.includes('Bí thư @ Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp'), titles.join('; '));
      for (const edge of held!.edges) {
        assert.equal(edge.outgoing, true);
        assert.equal(edge.relationship.from, PHAM_THIEN_NGHIA);
        assert.ok(edge.relationship.sources.length > 0);
      }
      const chairman = held!.edges.find((e) => e.relationship.label === 'Chủ tịch')!;
      assert.ok(chairman.relationship.sources.length >= 2, 'observed as chairman in the 2021 and the 2023 article');
    });

    it('filters by direction and by the kind at the other end', async () => {
      const [incomingPeople] = await relationships({ ids: [PEOPLES_COMMITTEE], direction: 'INCOMING', kinds: ['PERSON'] });
      assert.ok(incomingPeople!.edges.length > 0);
      for (const edge of incomingPeople!.edges) {
        assert.equal(edge.outgoing, false);
        assert.equal(edge.node.__typename, 'Person');
        assert.equal(edge.relationship.to, PEOPLES_COMMITTEE);
      }
      assert.ok(incomingPeople!.edges.some((e) => e.node.id === PHAM_THIEN_NGHIA && e.relationship.label === 'Chủ tịch'));
      const [outgoing] = await relationships({ ids: [PEOPLES_COMMITTEE], direction: 'OUTGOING' });
      assert.ok(outgoing!.edges.every((e) => e.outgoing && e.relationship.from === PEOPLES_COMMITTEE));
    });

    it('pages without overlap or gap', async () => {
      const [whole] = await relationships({ ids: [PHAM_THIEN_NGHIA], first: 100 });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const [page]: RelationshipsData['nodes'][number]['relationships'][] = await relationships({ ids: [PHAM_THIEN_NGHIA], first: 3, after: cursor });
        assert.equal(page!.totalCount, whole!.totalCount);
        seen.push(...page!.edges.map((e) => e.relationship.id));
        cursor = page!.pageInfo.hasNextPage ? page!.pageInfo.endCursor : null;
      } while (cursor);
      assert.deepEqual(seen, whole!.edges.map((e) => e.relationship.id));
      assert.equal(new Set(seen).size, whole!.totalCount);
    });

    it('reads the relationships of every entity of a list in one statement', async () => {
      const people = ['per-pham-thien-nghia', 'per-le-thanh-cong', 'per-nguyen-xuan-phuc', 'per-nguyen-ton-hoang', 'per-truong-thi-mai', 'per-vo-ngoc-thanh'].map((id) => toGlobalId('Person', id));
      const roundTrips = async (count: number) => {
        const before = observer.count;
        const pages = await relationships({ ids: people.slice(0, count) });
        assert.equal(pages.length, count);
        return observer.count - before;
      };
      assert.equal(await roundTrips(6), await roundTrips(2));
    });
  });
});
