import type { Executor } from '../executor.js';
import { namePageStatements, type NameOrder } from '../list-orders.js';
import { foldedWords, readPages, type PageRows } from '../list-query.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { nameMatches } from '../name-match.js';
import { nodeProperties } from '../read-projection.js';
import { reachesPlace, validOn } from './place-scope.js';

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

const MATCH_LOCATED = `  MATCH (o:Organization)
  WHERE ${reachesPlace('(o)-[:LOCATED_IN]->')}`;

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
    const params = queries.map((q) => ({ key: q.key, offset: q.offset, limit: q.limit, place: q.placeId, contained: q.includeContained }));
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

  private async keyedPlaces(statement: string, params: Record<string, unknown>): Promise<KeyedNode[]> {
    const rows = await this.executor.coalescedRead<{ key: string; node: Record<string, unknown> }>(statement, params, ['key', 'node']);
    return rows.map((r) => ({ key: r.key, node: toNodeRow('Place', r.node) }));
  }
}
