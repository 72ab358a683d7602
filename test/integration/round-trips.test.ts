import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { BULK_SIZE, createBulkGraph, removeBulkGraph } from '../helpers/bulk-graph.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestDriver, createTestExecutor } from '../helpers/database.js';
import { ensureSeeded } from '../helpers/seeded.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);

/** Nested selections of object fields: `node { roles { observations { event { id } } } }` is 4. */
function queryDepth(document: string): number {
  const depthOf = (set: SelectionSetNode | undefined): number =>
    Math.max(0, ...(set?.selections ?? []).map((s) => (s.kind === 'Field' ? (s.selectionSet ? 1 + depthOf(s.selectionSet) : 0) : s.kind === 'InlineFragment' ? depthOf(s.selectionSet) : 0)));
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return depthOf(operation.selectionSet);
}

/**
 * Each contract operation, run once where its lists hold one or two items and
 * once where they hold 50 or more (pages of 50). The Cypher round trips must be
 * the same: they may depend on the depth of the query, never on its width.
 */
const cases: { operation: string; few: Record<string, unknown>; many: Record<string, unknown>; minItems?: number }[] = [
  { operation: 'Search', few: { q: 'kiem thu', first: 2 }, many: { q: 'kiem thu', first: 50 } },
  { operation: 'PersonTimeline', few: { id: id('Person', 'zz-rt-person-5') }, many: { id: id('Person', 'zz-rt-person-main') } },
  { operation: 'OfficeHolders', few: { id: id('Organization', 'zz-rt-org-5') }, many: { id: id('Organization', 'zz-rt-organizer') } },
  { operation: 'Models', few: { filter: { text: 'mo hinh kiem thu' }, first: 2 }, many: { filter: { text: 'mo hinh kiem thu' }, first: 50 } },
  { operation: 'EventDetail', few: { id: id('Event', 'zz-rt-event-7') }, many: { id: id('Event', 'zz-rt-event-0') } },
  { operation: 'ProgramDetail', few: { id: id('Program', 'pr-dong-thap-ke-hoach-phoi-hop-2023') }, many: { id: id('Program', 'zz-rt-program') } },
  { operation: 'PlaceDetail', few: { id: id('Place', 'zz-rt-place-3') }, many: { id: id('Place', 'zz-rt-province') } },
  { operation: 'Neighborhood', few: { id: id('Person', 'zz-rt-person-main'), depth: 2, limit: 5 }, many: { id: id('Person', 'zz-rt-person-main'), depth: 2, limit: 200 } },
  // 60 shortest paths exist in the large case; the operation returns the default 10.
  { operation: 'Connection', few: { from: id('Person', 'zz-rt-person-3'), to: id('Place', 'zz-rt-place-3') }, many: { from: id('Person', 'zz-rt-person-main'), to: id('Organization', 'zz-rt-organizer') }, minItems: 30 },
];

describe('Cypher round trips of the contract operations', () => {
  let driver: Driver;
  let api: RunningApi;
  const observer = new CountingObserver();
  const table: string[] = [];

  before(async () => {
    driver = createTestDriver();
    const executor = createTestExecutor(driver);
    await ensureSeeded(executor);
    await createBulkGraph(executor);
    api = await startApi(createTestExecutor(driver, observer));
  });
  after(async () => {
    await api.close();
    await removeBulkGraph(createTestExecutor(driver));
    await driver.close();
    console.log(`round trips per contract operation (few items → ${BULK_SIZE} items):\n${table.join('\n')}`);
  });

  async function roundTrips(operation: string, variables: Record<string, unknown>): Promise<{ count: number; items: number }> {
    const before = observer.count;
    const { body } = await api.graphql(contractOperation(operation), variables, operation);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return { count: observer.count - before, items: JSON.stringify(body.data).split('"id"').length - 1 };
  }

  for (const { operation, few, many, minItems = 40 } of cases) {
    it(`${operation} costs the same round trips for 50 items as for a few, at most 1 + the depth of the query`, async () => {
      const small = await roundTrips(operation, few);
      const large = await roundTrips(operation, many);
      const depth = queryDepth(contractOperation(operation));
      table.push(`  ${operation.padEnd(15)} ${small.count} (${small.items} ids) → ${large.count} (${large.items} ids); depth ${depth}`);
      assert.ok(large.items >= minItems, `the large case returns many items (${large.items} ids)`);
      assert.ok(large.items > small.items * 3, `the large case is wider (${small.items} → ${large.items} ids)`);
      assert.equal(large.count, small.count);
      // Issue 7's budget. (A path search reads one more level per round when its ends are further
      // apart than these, so Connection can exceed it for long paths: bounded by maxHops, not by width.)
      assert.ok(large.count <= 1 + depth, `${large.count} round trips for a query of depth ${depth}`);
    });
  }
});
