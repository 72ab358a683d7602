import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../../../model/labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { compareEdges, entityKeyString, toEdgeRow, type EdgeRecord, type EdgeRow, type EntityKey } from './graph-edge.js';
import { HELD_ROLE, NEIGHBOURS_OF_A, ROLE_CHAIN, STORED_PATTERN, heldRoleEdges, keyOf, labelOf, matchEntity, graphEdgeTypes, storedEdge, type EdgeDetail, type GraphEdgeType } from './graph.cypher.js';
import { shortestPaths } from './shortest-paths.js';
import { nodeFields, nodeProperties } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';

/**
 * How much of the entities and edges of a neighbourhood or of paths a request
 * reads: entities with only the properties its fields read (such rows serve
 * those fields only), and `bare` edges without their provenance
 * (graph.cypher.ts).
 */
export interface GraphDetail {
  /** The properties the request's fields read of the entities (api/graphql/field-reads.ts); null: all of them. */
  entities: readonly string[] | null;
  edges: EdgeDetail;
}

export const FULL_DETAIL: GraphDetail = { entities: null, edges: 'cited' };

const entityMap = (node: string, detail: GraphDetail, label = labelOf(node)) =>
  `{label: ${label}, props: ${detail.entities ? nodeFields(node, undefined, detail.entities) : nodeProperties(node)}}`;

/** One statement per detail, built once: labels and types in them come from fixed lists. */
const byDetail = (build: (detail: GraphDetail) => string) =>
  statementVariants<GraphDetail>((detail) => `${detail.entities?.join(',') ?? '*'}/${detail.edges}`, build);

/** Rows one level of a path search may read; past it the level is cut (a guard against hubs, far above the registry's size). */
export const MAX_LEVEL_ROWS = 20_000;

/**
 * One level of the breadth-first neighbourhood, written out three times (the
 * maximum depth). A level runs only while the depth asks for it and the limit
 * has not cut the previous one, so every kept level is complete and
 * `truncated` is exact. Neighbours are taken in name order, one more than fits
 * so that a cut shows.
 */
const neighbourhoodLevel = (level: number) => `
CALL (seen, frontier, truncated) {
  UNWIND CASE WHEN $depth >= ${level} AND NOT truncated THEN frontier ELSE [] END AS a
  ${NEIGHBOURS_OF_A}
  WITH DISTINCT b WHERE NOT b IN seen
  ORDER BY b.sortKey, b.id
  LIMIT toInteger($limit) + 1
  RETURN collect(b) AS found
}
WITH c, seen, found, truncated, toInteger($limit) - size(seen) AS room
WITH c, seen + found[0..room] AS seen, found[0..room] AS frontier, truncated OR size(found) > room AS truncated`;

/**
 * The stored relationships from \`a\` to the nodes of \`seen\`. Testing each
 * relationship's other end for membership in \`seen\` costs a scan of the list
 * per relationship: an organisation with thousands of events would cost
 * thousands of scans. So a node with more relationships than \`seen\` has nodes
 * looks for each of them instead, which Neo4j answers from the side with fewer
 * relationships (Expand(Into)). At 1M, a neighbourhood's edges: 19.7 → 11.5 ms.
 */
const RELATIONSHIPS_INTO_SEEN = `WITH a, seen, COUNT { (a)-[:${STORED_PATTERN}]->() } AS outgoing
  CALL (a, seen, outgoing) {
    WITH a, seen, outgoing WHERE outgoing <= size(seen)
    MATCH (a)-[r:${STORED_PATTERN}]->(b) WHERE type(r) IN $types AND b IN seen
    RETURN r
    UNION ALL
    WITH a, seen, outgoing WHERE outgoing > size(seen)
    UNWIND seen AS b
    MATCH (a)-[r:${STORED_PATTERN}]->(b) WHERE type(r) IN $types
    RETURN r
  }`;

const neighborhoodStatement = byDetail(
  (detail) => `
WITH $center AS key
${matchEntity('key', 'c')}
WITH c, [c] AS seen, [c] AS frontier, false AS truncated
${[1, 2, 3].map(neighbourhoodLevel).join('\n')}
CALL (seen) {
  UNWIND seen AS a
  ${RELATIONSHIPS_INTO_SEEN}
  RETURN collect(${storedEdge(detail.edges)}) AS stored
}
CALL (seen) {
  CALL (seen) {
    UNWIND seen AS p
    MATCH ${ROLE_CHAIN} WHERE '${HELD_ROLE}' IN $types AND o IN seen
    ${heldRoleEdges('', detail.edges)}
  }
  RETURN collect(edge) AS held
}
RETURN [n IN seen | ${entityMap('n', detail)}] AS nodes, truncated, stored + held AS edges`,
);

/**
 * The relationships of many entities with the same arguments, one page per
 * entity: ordered by type, then the other end's name, then the edge, so that
 * offsets are stable.
 */
const RELATIONSHIPS = `
UNWIND $keys AS key
${matchEntity('key', 'a')}
CALL (a) {
  MATCH (a)-[r:${STORED_PATTERN}]-(b) WHERE type(r) IN $types
  RETURN b, ${storedEdge()} AS edge
  UNION ALL
  WITH a AS p
  MATCH ${ROLE_CHAIN} WHERE '${HELD_ROLE}' IN $types
  ${heldRoleEdges(', o AS b')}
  UNION ALL
  WITH a AS o
  MATCH ${ROLE_CHAIN} WHERE '${HELD_ROLE}' IN $types
  ${heldRoleEdges(', p AS b')}
}
WITH key, b, edge, edge.from.label = key.label AND edge.from.id = key.id AS outgoing
WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING') = outgoing) AND ${labelOf('b')} IN $labels
ORDER BY key.label, key.id, edge.type, b.sortKey, b.id, coalesce(edge.props.id, edge.props.title)
WITH key, collect({label: ${labelOf('b')}, props: ${nodeProperties('b')}, edge: edge, outgoing: outgoing}) AS related
RETURN key, size(related) AS total, related[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page`;

/**
 * The entities one edge away from each entity of a frontier, for `frontier`
 * ($name lists keys; at most $maxRows rows), each with its degree: what
 * reading its own neighbours would cost, which the search weighs
 * (shortest-paths.ts).
 */
const frontierNeighbours = (frontier: string) => `CALL () {
  UNWIND $${frontier} AS key
  ${matchEntity('key', 'a')}
  ${NEIGHBOURS_OF_A}
  WITH key, b LIMIT toInteger($maxRows)
  WITH key, collect({key: ${keyOf('b')}, degree: COUNT { (b)--() }}) AS neighbours
  RETURN collect({key: key, neighbours: neighbours}) AS ${frontier}
}`;

/**
 * One round of a path search: the next level of both ends, and which of
 * $ends exist (asked in the first round only, so that a missing end costs no
 * statement of its own).
 */
const PATH_LEVELS = `
CALL () {
  UNWIND $ends AS key
  ${matchEntity('key', 'a')}
  RETURN collect(key) AS existing
}
${frontierNeighbours('forward')}
${frontierNeighbours('backward')}
RETURN existing, forward, backward`;

const ENTITIES = `
UNWIND $keys AS key
${matchEntity('key', 'a')}
RETURN key.label AS label, ${nodeProperties('a')} AS props`;

/** The entities of some paths, and every edge between each pair of consecutive entities, either way round. */
const pathDetailsStatement = byDetail(
  (detail) => `
CALL () {
  UNWIND $keys AS key
  ${matchEntity('key', 'a')}
  RETURN collect(${entityMap('a', detail, 'key.label')}) AS nodes
}
CALL () {
  UNWIND $pairs AS pair
  WITH pair[0] AS one, pair[1] AS other
  ${matchEntity('one', 'a')}
  ${matchEntity('other', 'b')}
  CALL (a, b) {
    MATCH (a)-[r:${STORED_PATTERN}]-(b) WHERE type(r) IN $types
    RETURN ${storedEdge(detail.edges)} AS edge
    UNION ALL
    WITH a AS p, b AS o
    MATCH ${ROLE_CHAIN} WHERE '${HELD_ROLE}' IN $types
    ${heldRoleEdges('', detail.edges)}
    UNION ALL
    WITH b AS p, a AS o
    MATCH ${ROLE_CHAIN} WHERE '${HELD_ROLE}' IN $types
    ${heldRoleEdges('', detail.edges)}
  }
  RETURN collect(edge) AS edges
}
RETURN nodes, edges`,
);

export interface NeighborhoodResult {
  center: NodeRow;
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

export interface RelationshipRow {
  node: NodeRow;
  edge: EdgeRow;
  outgoing: boolean;
}

export interface RelationshipPage {
  total: number;
  rows: RelationshipRow[];
}

export interface RelationshipQuery {
  types: readonly string[] | null | undefined;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  labels: readonly EntityLabel[];
  offset: number;
  limit: number;
}

export interface PathRow {
  __typename: 'Path';
  length: number;
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export type PathsResult = { found: true; paths: PathRow[] } | { found: false; missing: EntityKey[] };

function keyFromString(text: string): EntityKey {
  const colon = text.indexOf(':');
  return { label: text.slice(0, colon) as EntityLabel, id: text.slice(colon + 1) };
}

/** All Cypher of the graph domain: relationships, neighbourhoods and paths over the entity graph. */
export class GraphRepository {
  constructor(private readonly executor: Executor) {}

  /** The entities within `depth` edges of `center`, at most `limit` of them; null when the centre does not exist. */
  async neighborhood(center: EntityKey, depth: number, limit: number, types?: readonly string[] | null, detail: GraphDetail = FULL_DETAIL): Promise<NeighborhoodResult | null> {
    const rows = await this.executor.read<{ nodes: { label: string; props: Record<string, unknown> }[]; truncated: boolean; edges: EdgeRecord[] }>(neighborhoodStatement(detail), {
      center,
      depth,
      limit,
      types: graphEdgeTypes(types),
      entityLabels: ENTITY_LABELS,
    });
    const row = rows[0];
    if (!row) return null;
    const nodes = row.nodes.map((n) => toNodeRow(n.label, n.props));
    return { center: nodes[0]!, nodes, truncated: row.truncated, edges: row.edges.map(toEdgeRow).sort(compareEdges) };
  }

  /** A page of relationships for each entity, keyed by `Label:id`; an entity without any gets none. */
  async relationships(keys: readonly EntityKey[], query: RelationshipQuery): Promise<Map<string, RelationshipPage>> {
    const rows = await this.executor.coalescedRead<{ key: EntityKey; total: number; page: { label: string; props: Record<string, unknown>; edge: EdgeRecord; outgoing: boolean }[] }>(
      RELATIONSHIPS,
      {
        keys: [...keys],
        types: graphEdgeTypes(query.types),
        direction: query.direction,
        labels: [...query.labels],
        offset: query.offset,
        limit: query.limit,
        entityLabels: ENTITY_LABELS,
      },
      ['key', 'total', 'page'],
    );
    return new Map(
      rows.map((r) => [
        entityKeyString(r.key),
        { total: r.total, rows: r.page.map((p) => ({ node: toNodeRow(p.label, p.props), edge: toEdgeRow(p.edge), outgoing: p.outgoing })) },
      ]),
    );
  }

  /** The entities that exist among the given keys. */
  async entities(keys: readonly EntityKey[]): Promise<NodeRow[]> {
    const rows = await this.executor.coalescedRead<{ label: string; props: Record<string, unknown> }>(ENTITIES, { keys: [...keys] }, ['label', 'props']);
    return rows.map((r) => toNodeRow(r.label, r.props));
  }

  /**
   * Up to `limit` shortest paths of at most `maxHops` edges. Round trips: one
   * per round of the search (the first reads both ends and checks that they
   * exist; a path of n ≥ 2 edges takes ⌈n / 2⌉ to n − 1 rounds, fewer the
   * smaller the frontiers on the way: shortest-paths.ts), one for the paths'
   * entities and edges.
   * Parallel edges between two entities make distinct paths, as they would
   * for allShortestPaths.
   */
  async paths(from: EntityKey, to: EntityKey, maxHops: number, limit: number, detail: GraphDetail = FULL_DETAIL): Promise<PathsResult> {
    const ends = [from, to];
    const same = entityKeyString(from) === entityKeyString(to);
    let existing: Set<string> | null = null;
    if (same) existing = new Set((await this.entities([from])).map((n) => `${n.label}:${n.id}`));

    const types = graphEdgeTypes(null);
    const nodePaths = await shortestPaths(entityKeyString(from), entityKeyString(to), maxHops, limit, async (forward, backward) => {
      type Level = { key: EntityKey; neighbours: { key: EntityKey; degree: number }[] }[];
      const [row] = await this.executor.read<{ existing: EntityKey[]; forward: Level; backward: Level }>(PATH_LEVELS, {
        ends: existing ? [] : ends,
        forward: forward.map(keyFromString),
        backward: backward.map(keyFromString),
        types,
        maxRows: MAX_LEVEL_ROWS,
        entityLabels: ENTITY_LABELS,
      });
      existing ??= new Set(row!.existing.map(entityKeyString));
      const neighbours = (level: Level) => new Map(level.map((r) => [entityKeyString(r.key), r.neighbours.map((n) => entityKeyString(n.key))]));
      const degrees = new Map([...row!.forward, ...row!.backward].flatMap((r) => r.neighbours.map((n) => [entityKeyString(n.key), n.degree] as const)));
      return [neighbours(row!.forward), neighbours(row!.backward), degrees];
    });
    // A missing end has no neighbours, so the search above found nothing from it.
    const missing = existing ? ends.filter((k) => !existing!.has(entityKeyString(k))) : [];
    if (missing.length > 0) return { found: false, missing };
    if (nodePaths.length === 0) return { found: true, paths: [] };
    return { found: true, paths: await this.pathDetails(nodePaths, types, limit, detail) };
  }

  private async pathDetails(nodePaths: string[][], types: GraphEdgeType[], limit: number, detail: GraphDetail): Promise<PathRow[]> {
    const nodeKeys = [...new Set(nodePaths.flat())];
    const pairKeys = new Map<string, [string, string]>();
    for (const path of nodePaths) {
      for (let i = 0; i + 1 < path.length; i += 1) {
        const pair = [path[i]!, path[i + 1]!].sort() as [string, string];
        pairKeys.set(pair.join(' '), pair);
      }
    }
    const [row] = await this.executor.read<{ nodes: { label: string; props: Record<string, unknown> }[]; edges: EdgeRecord[] }>(pathDetailsStatement(detail), {
      keys: nodeKeys.map(keyFromString),
      pairs: [...pairKeys.values()].map((p) => p.map(keyFromString)),
      types,
      entityLabels: ENTITY_LABELS,
    });
    const nodes = (row?.nodes ?? []).map((n) => toNodeRow(n.label, n.props));
    const edgeRecords = row?.edges ?? [];
    const nodeByKey = new Map(nodes.map((n) => [`${n.label}:${n.id}`, n]));
    const edgesByPair = new Map<string, EdgeRow[]>();
    for (const edge of edgeRecords.map(toEdgeRow).sort(compareEdges)) {
      const pair = [entityKeyString(edge.from), entityKeyString(edge.to)].sort().join(' ');
      edgesByPair.set(pair, [...(edgesByPair.get(pair) ?? []), edge]);
    }

    const paths: PathRow[] = [];
    for (const path of nodePaths) {
      const steps = path.slice(1).map((node, i) => edgesByPair.get([path[i]!, node].sort().join(' ')) ?? []);
      for (const edges of choices(steps)) {
        if (paths.length >= limit) return paths;
        paths.push({ __typename: 'Path', length: edges.length, nodes: path.map((k) => nodeByKey.get(k)!), edges });
      }
    }
    return paths;
  }
}

/** Every way of picking one item from each list, in order. */
function* choices<T>(lists: readonly (readonly T[])[]): Generator<T[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = lists;
  for (const item of first!) for (const tail of choices(rest)) yield [item, ...tail];
}
