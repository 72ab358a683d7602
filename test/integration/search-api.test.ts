// Search through the API against the seeded database, with the contract's
// Search operation: diacritic-free queries find the right entity first,
// kinds restrict, pages are stable, hostile input answers cleanly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';

const SEARCH = contractOperation('Search');

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; score: number; node: { __typename: string; id: string; name: string } }[];
  };
}

describe('search through the API', () => {
  const observer = new CountingObserver();
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, observer) });

  async function search(variables: { q: string; kinds?: string[]; first?: number; after?: string | null }) {
    return (await api.data<SearchData>(SEARCH, variables)).search;
  }

  it('finds the model Hội quán first for "hoi quan"', async () => {
    const result = await search({ q: 'hoi quan' });
    assert.deepEqual(result.edges[0]?.node, { __typename: 'Model', id: toGlobalId('Model', 'mdl-hoi-quan'), name: 'Hội quán' });
    assert.ok(result.totalCount > 1, 'descriptions mentioning Hội quán match too, ranked below');
  });

  it('finds Phạm Thiện Nghĩa first for "pham thien nghia"', async () => {
    const result = await search({ q: 'pham thien nghia' });
    assert.deepEqual(result.edges[0]?.node, { __typename: 'Person', id: toGlobalId('Person', 'per-pham-thien-nghia'), name: 'Phạm Thiện Nghĩa' });
  });

  it('puts the province Đồng Tháp (before and after the 2025 merger) first for "dong thap", above bodies named after it', async () => {
    const result = await search({ q: 'dong thap' });
    const firstTwo = result.edges.slice(0, 2).map((e) => e.node);
    assert.deepEqual(firstTwo.map((n) => [n.__typename, n.name]), [['Place', 'Đồng Tháp'], ['Place', 'Đồng Tháp']]);
    assert.deepEqual(firstTwo.map((n) => n.id).sort(), [toGlobalId('Place', 'pl-dong-thap'), toGlobalId('Place', 'pl-dong-thap-2025')].sort());
    assert.ok(result.edges.some((e) => e.node.name === 'Ủy ban nhân dân tỉnh Đồng Tháp'));
  });

  it('answers the same with diacritics as without', async () => {
    const plain = await search({ q: 'dong thap' });
    const marked = await search({ q: 'Đồng Tháp' });
    assert.deepEqual(marked, plain);
  });

  it('ranks best first: scores never increase down the list', async () => {
    const { edges } = await search({ q: 'dan van', first: 100 });
    assert.ok(edges.length > 5);
    for (let i = 1; i < edges.length; i += 1) assert.ok(edges[i]!.score <= edges[i - 1]!.score, `${edges[i - 1]!.node.name} before ${edges[i]!.node.name}`);
  });

  it('restricts results to the kinds asked for, and counts only those', async () => {
    const all = await search({ q: 'dong thap', first: 100 });
    const organizations = await search({ q: 'dong thap', kinds: ['ORGANIZATION'], first: 100 });
    assert.ok(organizations.edges.length > 0);
    assert.deepEqual([...new Set(organizations.edges.map((e) => e.node.__typename))], ['Organization']);
    assert.ok(organizations.edges.some((e) => e.node.name === 'Ủy ban nhân dân tỉnh Đồng Tháp'));
    assert.equal(organizations.totalCount, all.edges.filter((e) => e.node.__typename === 'Organization').length);
    const placesOrPeople = await search({ q: 'dong thap', kinds: ['PLACE', 'PERSON'], first: 100 });
    assert.ok(placesOrPeople.edges.every((e) => ['Place', 'Person'].includes(e.node.__typename)));
    assert.ok(placesOrPeople.totalCount < all.totalCount);
  });

  it('pages through the results without overlap or gap, in the order of one big page', async () => {
    const whole = await search({ q: 'dong thap', first: 100 });
    assert.ok(whole.totalCount > 10, `only ${whole.totalCount} results`);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result = await search({ q: 'dong thap', first: 4, after: cursor });
      assert.equal(result.totalCount, whole.totalCount);
      seen.push(...result.edges.map((e) => e.node.id));
      cursor = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) break;
    }
    assert.deepEqual(seen, whole.edges.map((e) => e.node.id));
    assert.equal(new Set(seen).size, seen.length);
  });

  it('answers input that looks like Cypher or Lucene syntax cleanly, as plain words', async () => {
    const hostile = ['"}) DETACH DELETE n //', 'hoi AND (', 'hoi OR quan', '*', 'quan~', '[0 TO 9]', 'a:b', '\\', '"', "'; MATCH (n) RETURN n //", 'hội quán)', 'tp.ho'];
    for (const q of hostile) {
      const { body } = await api.graphql<SearchData>(SEARCH, { q });
      assert.equal(body.errors, undefined, `${q}: ${JSON.stringify(body.errors)}`);
      assert.ok(body.data!.search.totalCount >= 0);
    }
    // The words are words: "hội quán)" still finds the model, "tp.ho" the city.
    assert.equal((await search({ q: 'hội quán)' })).edges[0]?.node.name, 'Hội quán');
    assert.equal((await search({ q: 'tp.ho' })).edges[0]?.node.name, 'Thành phố Hồ Chí Minh');
    assert.equal((await search({ q: 'pham thien nghia' })).totalCount, 1, 'the data is still there');
  });

  it('answers no results, not an error, for text with no word in it', async () => {
    const result = await search({ q: '!!! ???' });
    assert.deepEqual(result, { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('refuses a blank query, a page above 100 and a malformed cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ q: '   ' }, { q: 'dong thap', first: 101 }, { q: 'dong thap', after: 'not a cursor' }]) {
      const { body } = await api.graphql(SEARCH, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
    }
  });

  it('runs one Cypher statement per search, the page’s nodes included, whatever the page size', async () => {
    const roundTrips = async (q: string, first: number) => {
      const before = observer.count;
      const page = await search({ q, first });
      return { statements: observer.count - before, found: page.edges.length };
    };
    assert.deepEqual(await roundTrips('dan van', 5), { statements: 1, found: 5 });
    const large = await roundTrips('dan van', 50);
    assert.equal(large.statements, 1);
    assert.ok(large.found > 5, `${large.found} hits on a page of 50`);
    assert.deepEqual(await roundTrips('zzzkhongcogi', 5), { statements: 1, found: 0 });
  });

  it('answers the same hits whatever the fields asked of them, with their sources in the same statement', async () => {
    type Data = { search: { totalCount: number; edges: { score: number; node: { __typename: string; id: string; name: string; sources: { id: string }[] } }[] } };
    const light = await search({ q: 'dong thap', first: 30 });
    // Fields that read a few properties (sources, date), and one that needs whole nodes (roles).
    for (const extra of ['... on Event { date }', '... on Person { roles { title } }']) {
      const before = observer.count;
      const query = `query($q: String!) { search(query: $q, first: 30) { totalCount edges { score node { __typename id name sources { id } ${extra} } } } }`;
      const answer = (await api.data<Data>(query, { q: 'dong thap' })).search;
      if (!extra.includes('roles')) assert.equal(observer.count - before, 1, 'the sources come with the hits');
      assert.equal(answer.totalCount, light.totalCount);
      assert.deepEqual(
        answer.edges.map((e) => [e.score, e.node.__typename, e.node.id, e.node.name]),
        light.edges.map((e) => [e.score, e.node.__typename, e.node.id, e.node.name]),
      );
      assert.ok(answer.edges.every((e) => e.node.__typename === 'Source' || e.node.sources.length > 0), 'every entity cites a source');
    }
  });
});
