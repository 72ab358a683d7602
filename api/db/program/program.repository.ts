import type { Executor } from '../executor.js';
import { foldedWords, pageStatement, readPages, type PageRows } from '../list-query.js';
import { branchVariants, listSource, type ListBranch } from '../place/place-scope.js';

export type ProgramOrder = 'DATE_ASC' | 'DATE_DESC' | 'NAME_ASC' | 'NAME_DESC';

/** The conditions of `programs`; ids are stored ids. */
export interface ProgramFilter {
  text?: string | null;
  partyId?: string | null;
  activeIn?: number | null;
  placeId?: string | null;
  kinds?: readonly string[] | null;
  /** With `placeId`: also what was in the units that became it (true, the default) or not (false). */
  followSuccession?: boolean;
}

export interface ProgramPageQuery {
  key: string;
  filter: ProgramFilter;
  offset: number;
  limit: number;
}

// A program without a period (startYear and endYear) is never active.
const matchPrograms = (branches: ReadonlySet<ListBranch>) => `${listSource('Program', 'p', branches)}
  WITH q, p
  WHERE (q.words IS NULL OR all(w IN q.words WHERE p.searchText CONTAINS w))
    AND (q.party IS NULL OR EXISTS { (:Organization {id: q.party})-[:PARTY_TO]->(p) })
    AND (q.activeIn IS NULL OR (p.startYear <= q.activeIn AND q.activeIn <= p.endYear))
    AND (q.kinds IS NULL OR p.kind IN q.kinds)
  CALL (p) {
    OPTIONAL MATCH (p)-[:SIGNED_AT]->(signing:Event)
    RETURN min(signing.dateFrom) AS signedFrom
  }
  WITH p, signedFrom, coalesce(p.startYear, signedFrom.year) AS year`;

// By date: the start year (or, without a period, the year it was signed), then
// the signing date; programs with neither come last in both directions.
const ORDER: Record<ProgramOrder, string> = {
  DATE_ASC: 'year IS NULL, year, signedFrom IS NULL, signedFrom, p.id',
  DATE_DESC: 'year IS NULL, year DESC, signedFrom IS NULL, signedFrom DESC, p.id DESC',
  NAME_ASC: 'p.sortKey, p.id',
  NAME_DESC: 'p.sortKey DESC, p.id DESC',
};

const PROGRAM_PAGES = branchVariants<ProgramOrder>((order, branches) =>
  pageStatement(matchPrograms(branches), 'p', ORDER[order], order.startsWith('DATE') ? ['signedFrom', 'year'] : []),
);

/** All Cypher of the program domain. */
export class ProgramRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of programs for many queries of one ordering, in one round trip. */
  async pages(order: ProgramOrder, queries: readonly ProgramPageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }) => ({
      key,
      offset,
      limit,
      words: foldedWords(f.text),
      party: f.partyId ?? null,
      activeIn: f.activeIn ?? null,
      kinds: f.kinds ?? null,
      place: f.placeId ?? null,
      contained: true,
      succession: f.followSuccession ?? true,
    }));
    return readPages(this.executor, PROGRAM_PAGES(order, params), 'Program', params);
  }
}
