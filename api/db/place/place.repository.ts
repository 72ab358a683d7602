import type { Executor } from '../executor.js';
import { namePageStatements, type NameOrder } from '../list-orders.js';
import { foldedWords, readPages, type PageRows } from '../list-query.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { nameMatches } from '../name-match.js';
import { nodeProperties } from '../read-projection.js';
import { listSource, PLACE_LINKS, SCOPE_STEP_TYPES, SCOPE_STEPS, validOn, type ScopedLabel } from './place-scope.js';

export type { NameOrder };

/** The conditions of `places`; ids are stored ids. */
export interface PlaceFilter {
  text?: string | null;
  kinds?: readonly string[] | null;
  withinId?: string | null;
  validAt?: string | null;
}

export interface PlacePageQuery {
  key: string;
  filter: PlaceFilter;
  offset: number;
  limit: number;
}

/** The organisations located in a place (or in the places inside it). */
export interface LocatedPageQuery {
  key: string;
  placeId: string;
  includeContained: boolean;
  /** Also the organisations located in the units that became it. */
  followSuccession: boolean;
  offset: number;
  limit: number;
}

export interface KeyedNode {
  key: string;
  node: NodeRow;
}

// A place's text is its name and aliases only: descriptions name other places
// ("huyện của tỉnh Đồng Tháp") and would match them.
const MATCH_PLACES = `  MATCH (p:Place)
  WHERE ${nameMatches('p')}
    AND (q.kinds IS NULL OR p.kind IN q.kinds)
    AND (q.within IS NULL OR EXISTS { (p)-[:PART_OF*1..]->(:Place {id: q.within}) })
    AND (q.validAt IS NULL OR ${validOn('p', 'q.validAt')})`;

const PLACE_PAGES = namePageStatements(MATCH_PLACES, 'p');

// Every query of this list names its place.
const MATCH_LOCATED = listSource('Organization', 'o', new Set(['inScope']));

const LOCATED_PAGES = namePageStatements(MATCH_LOCATED, 'o');

const CHILDREN = `UNWIND $ids AS key
MATCH (child:Place)-[:PART_OF]->(:Place {id: key})
WHERE $validAt IS NULL OR ${validOn('child', '$validAt')}
RETURN key, ${nodeProperties('child', 'Place')} AS node
ORDER BY key, child.sortKey, child.id`;

// Nearest first: the length of the PART_OF chain orders the ancestors.
const ANCESTORS = `UNWIND $ids AS key
MATCH chain = (:Place {id: key})-[:PART_OF*1..]->(ancestor:Place)
RETURN key, ${nodeProperties('ancestor', 'Place')} AS node
ORDER BY key, length(chain), ancestor.id`;

/** A result of a place filter, and the filter's scope: the place and whether it takes in what is inside it. */
export interface ScopeRouteQuery {
  key: string;
  node: string;
  place: string;
  contained: boolean;
}

// The route with the fewest successions from a result to the filter's place;
// its former units are the starts of its SUCCEEDED_BY steps, nearest the
// result first. Ties go to the route whose former ids sort first, so that
// the answer is the same every time.
const SCOPE_ROUTES = Object.fromEntries(
  Object.entries(PLACE_LINKS).map(([label, link]) => [
    label,
    `UNWIND $queries AS q
CALL (q) {
  MATCH (:${label} {id: q.node})-[:${link}]->(:Place)-[steps:${SCOPE_STEP_TYPES.join('|')}*0..]->(:Place {id: q.place})
  WHERE ${SCOPE_STEPS}
  WITH [step IN steps WHERE type(step) = 'SUCCEEDED_BY' | startNode(step)] AS former
  RETURN former ORDER BY size(former), [f IN former | f.id] LIMIT 1
}
RETURN q.key AS key, [f IN former | ${nodeProperties('f', 'Place')}] AS places`,
  ]),
) as Record<ScopedLabel, string>;

/** All Cypher of the place domain. */
export class PlaceRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of places for many queries of one ordering, in one round trip. */
  async pages(order: NameOrder, queries: readonly PlacePageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }) => ({
      key,
      offset,
      limit,
      words: foldedWords(f.text),
      kinds: f.kinds ?? null,
      within: f.withinId ?? null,
      validAt: f.validAt ?? null,
    }));
    return readPages(this.executor, PLACE_PAGES[order], 'Place', params);
  }

  /** Pages of the organisations located in many places, in one round trip. */
  async organizationPages(order: NameOrder, queries: readonly LocatedPageQuery[]): Promise<PageRows[]> {
    const params = queries.map((q) => ({ key: q.key, offset: q.offset, limit: q.limit, place: q.placeId, contained: q.includeContained, succession: q.followSuccession }));
    return readPages(this.executor, LOCATED_PAGES[order], 'Organization', params);
  }

  /** The places directly inside each place, by name; only those valid on `validAt` when given. */
  async children(ids: readonly string[], validAt: string | null): Promise<KeyedNode[]> {
    return this.keyedPlaces(CHILDREN, { ids: [...ids], validAt });
  }

  /** The chain of places each place is inside, nearest first. */
  async ancestors(ids: readonly string[]): Promise<KeyedNode[]> {
    return this.keyedPlaces(ANCESTORS, { ids: [...ids] });
  }

  /** For each result of a place filter that follows succession, the former units of the filter's place it was found through. */
  async scopeRoutes(label: ScopedLabel, queries: readonly ScopeRouteQuery[]): Promise<{ key: string; places: NodeRow[] }[]> {
    const rows = await this.executor.coalescedRead<{ key: string; places: Record<string, unknown>[] }>(SCOPE_ROUTES[label], { queries: queries.map((q) => ({ ...q, succession: true })) }, ['key', 'places']);
    return rows.map((r) => ({ key: r.key, places: r.places.map((p) => toNodeRow('Place', p)) }));
  }

  private async keyedPlaces(statement: string, params: Record<string, unknown>): Promise<KeyedNode[]> {
    const rows = await this.executor.coalescedRead<{ key: string; node: Record<string, unknown> }>(statement, params, ['key', 'node']);
    return rows.map((r) => ({ key: r.key, node: toNodeRow('Place', r.node) }));
  }
}
