// The list statements sort only the first matches a batch asks for (a top-k,
// docs/decisions/031) and the model list tests only the filters its batch
// uses: walking a list one item at a time gives the whole list, in every
// ordering, and lists with different filters asked together answer as each
// does alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { seededApi } from '../helpers/seeded-api.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

const LISTS = [
  { field: 'models', orders: ['NAME_ASC', 'NAME_DESC', 'DATE_ASC', 'DATE_DESC'] },
  { field: 'events', orders: ['NAME_ASC', 'NAME_DESC', 'DATE_ASC', 'DATE_DESC'] },
  { field: 'programs', orders: ['NAME_ASC', 'NAME_DESC', 'DATE_ASC', 'DATE_DESC'] },
  { field: 'places', orders: ['NAME_ASC', 'NAME_DESC'] },
  { field: 'organizations', orders: ['NAME_ASC', 'NAME_DESC'] },
  { field: 'people', orders: ['NAME_ASC', 'NAME_DESC'] },
] as const;

const pageQuery = (field: string) =>
  `query($first: Int, $after: String, $orderBy: ${field === 'people' ? 'PersonOrderBy' : `${field[0]!.toUpperCase()}${field.slice(1, -1)}OrderBy`}) {
    list: ${field}(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
  }`;

describe('list pages', () => {
  const api = seededApi();

  it('walked one item at a time, every list in every ordering is the whole list', async () => {
    for (const { field, orders } of LISTS) {
      for (const orderBy of orders) {
        const whole = (await api.data<{ list: Page }>(pageQuery(field), { first: 100, orderBy })).list;
        assert.ok(whole.edges.length >= 2, `${field} ${orderBy}: the seed has at least two`);
        assert.equal(whole.totalCount, whole.edges.length);
        const walked: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: Page = (await api.data<{ list: Page }>(pageQuery(field), { first: 1, after, orderBy })).list;
          assert.equal(page.totalCount, whole.totalCount, `${field} ${orderBy}: the count of a later page`);
          walked.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        assert.deepEqual(walked, whole.edges.map((e) => e.node.id), `${field} ${orderBy}`);
      }
    }
  });

  it('lists of models with different filters asked together answer as each alone', async () => {
    const filters: Record<string, unknown>[] = [
      {},
      { text: 'to nhan dan' },
      { place: toGlobalId('Place', 'pl-dong-thap-2025') },
      { place: toGlobalId('Place', 'pl-dong-thap-2025'), followSuccession: false },
      { place: toGlobalId('Place', 'pl-viet-nam'), seenFrom: '2020-01-01', seenTo: '2020-12-31' },
      { category: 'cong tac dan van' },
    ];
    const models = (alias: string, i: number) =>
      `${alias}: models(filter: $f${i}, first: 1, after: $after, orderBy: DATE_ASC) { totalCount edges { node { id } } }`;
    const variables = (list: number[]) => Object.fromEntries(list.map((i) => [`f${i}`, filters[i]]));
    const declared = (list: number[]) => list.map((i) => `$f${i}: ModelFilter`).join(', ');
    const alone: unknown[] = [];
    for (let i = 0; i < filters.length; i++) {
      const data = await api.data<Record<string, unknown>>(`query(${declared([i])}, $after: String) { ${models('a', i)} }`, { ...variables([i]), after: null });
      alone.push(data['a']);
    }
    const all = filters.map((_, i) => i);
    const together = await api.data<Record<string, unknown>>(`query(${declared(all)}, $after: String) { ${all.map((i) => models(`a${i}`, i)).join(' ')} }`, { ...variables(all), after: null });
    assert.deepEqual(all.map((i) => together[`a${i}`]), alone);
    // The filters do tell the lists apart (the comparison is not of empty lists).
    assert.ok(new Set(alone.map((a) => JSON.stringify(a))).size >= 3);
  });
});
