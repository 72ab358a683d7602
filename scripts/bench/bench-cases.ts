import type { Executor } from '../../api/db/executor.js';
import { searchTerms } from '../../api/db/search/fulltext-query.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation } from '../../test/helpers/contract.js';
import type { BenchRequest } from './load-driver.js';
import { NEO4J_GRAPHQL_OPERATIONS } from './neo4j-graphql/operations.js';

/**
 * The operations measured, each with a set of real arguments sampled from the
 * loaded graph (requests cycle through them, so caches see variety), and how
 * each target is asked: dvk-graph with the contract's operation, @neo4j/graphql
 * with the nearest query its generated schema allows, the floor by operation
 * name. `Mix` interleaves them in the proportions of a registry's traffic.
 */
export const TARGETS = ['dvk-graph', 'neo4j-graphql', 'floor'] as const;
export type Target = (typeof TARGETS)[number];

type Args = Record<string, string>;

export interface Operation {
  name: string;
  args: Args[];
}

const SEARCH_TERMS = ['hoi quan', 'nguyen van', 'dan van kheo', 'dong thap', 'tran thi', 'ban dan van', 'chu tich', 'to nhan dan tu quan', 'phu tho', 'le thi'];

export async function sampleOperations(executor: Executor): Promise<Operation[]> {
  const ids = async (cypher: string) => (await executor.read<Args>(cypher)).slice(0, 20);
  return [
    { name: 'Search', args: SEARCH_TERMS.map((q) => ({ q })) },
    { name: 'PersonTimeline', args: await ids(`MATCH (p:Person) WHERE COUNT { (p)-[:HAS_ROLE]->() } >= 3 RETURN p.id AS id ORDER BY p.id LIMIT 20`) },
    { name: 'OfficeHolders', args: await ids(`MATCH (o:Organization {kind: 'PARTY_BOARD', level: 'PROVINCE'}) RETURN o.id AS id, '2022-01-01' AS at ORDER BY o.id LIMIT 20`) },
    { name: 'Models', args: await ids(`MATCH (p:Place {kind: 'PROVINCE'}) WHERE p.validTo IS NOT NULL RETURN p.id AS place ORDER BY p.id LIMIT 20`) },
    // The model registry of a province formed in 2025: its models are those of the provinces that merged into it (decision 026).
    { name: 'ModelsMerged', args: await ids(`MATCH (p:Place {kind: 'PROVINCE'})<-[:SUCCEEDED_BY]-(:Place) WHERE p.validFrom IS NOT NULL RETURN DISTINCT p.id AS place ORDER BY place LIMIT 20`) },
    { name: 'EventDetail', args: await ids(`MATCH (e:Event) WHERE COUNT { (e)<-[:PARTICIPATED_IN]-() } >= 2 RETURN e.id AS id ORDER BY e.id LIMIT 20`) },
    { name: 'Neighborhood', args: await ids(`MATCH (p:Person) WHERE COUNT { (p)-[:HAS_ROLE]->() } >= 3 RETURN p.id AS id ORDER BY p.id DESC LIMIT 20`) },
    {
      name: 'Connection',
      args: await ids(`MATCH (a:Person)-[:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(:Place)<-[:HELD_IN]-(:Event)<-[:PARTICIPATED_IN]-(b:Person)
        WHERE a.id < b.id WITH a, b LIMIT 200 RETURN DISTINCT a.id AS from, b.id AS to LIMIT 20`),
    },
  ];
}

/** Shares of the mix (out of 20): search and details dominate, graph queries are rarer. */
const MIX: ReadonlyArray<readonly [string, number]> = [
  ['Search', 6],
  ['PersonTimeline', 3],
  ['OfficeHolders', 2],
  ['Models', 3],
  ['EventDetail', 3],
  ['Neighborhood', 2],
  ['Connection', 1],
];
export const MIX_SEQUENCE = MIX.flatMap(([name, n]) => Array<string>(n).fill(name));

function dvkVariables(name: string, a: Args): Record<string, unknown> {
  switch (name) {
    case 'Search':
      return { q: a.q, first: 20 };
    case 'PersonTimeline':
      return { id: toGlobalId('Person', a.id!) };
    case 'OfficeHolders':
      return { id: toGlobalId('Organization', a.id!), at: a.at };
    case 'Models':
    case 'ModelsMerged':
      return { filter: { place: toGlobalId('Place', a.place!) }, first: 20 };
    case 'EventDetail':
      return { id: toGlobalId('Event', a.id!) };
    case 'Neighborhood':
      return { id: toGlobalId('Person', a.id!), depth: 2, limit: 200 };
    case 'Connection':
      return { from: toGlobalId('Person', a.from!), to: toGlobalId('Person', a.to!), maxHops: 6 };
  }
  throw new Error(`no variables for ${name}`);
}

function floorVariables(name: string, a: Args): Record<string, unknown> {
  if (name === 'Search') return { lucene: searchTerms(a.q!)!.lucene, first: 20 };
  if (name === 'Models') return { place: a.place, first: 20 };
  if (name === 'Neighborhood') return { id: a.id, limit: 200 };
  if (name === 'OfficeHolders') return { id: a.id, at: a.at };
  return a;
}

/** The request for operation `name` with arguments `a`, or null when the target cannot express it. */
export function requestFor(target: Target, name: string, a: Args): BenchRequest | null {
  // Following succession is dvk-graph's own: the peers answer a place filter with the place's own tree.
  if (name === 'ModelsMerged') return target === 'dvk-graph' ? { path: '/graphql', body: JSON.stringify({ query: contractOperation('Models'), variables: dvkVariables(name, a), operationName: 'Models' }) } : null;
  if (target === 'floor') return { path: `/${name}`, body: JSON.stringify(floorVariables(name, a)) };
  if (target === 'dvk-graph') return { path: '/graphql', body: JSON.stringify({ query: contractOperation(name), variables: dvkVariables(name, a), operationName: name }) };
  const op = NEO4J_GRAPHQL_OPERATIONS[name];
  if (!op) return null;
  return { path: '/graphql', body: JSON.stringify({ query: op.query, variables: op.variables(a, name === 'Search' ? searchTerms(a.q!)!.lucene : '') }) };
}
