import type { Executor } from '../executor.js';
import { foldedWords, pageStatement, readPages, type PageRows } from '../list-query.js';
import { plain } from '../mapping.js';
import { nodeProperties } from '../read-projection.js';
import { branchesFor, folded, listSource, type ListBranch } from '../place/place-scope.js';
import { statementVariants } from '../statement-variants.js';

export type ModelOrder = 'DATE_ASC' | 'DATE_DESC' | 'NAME_ASC' | 'NAME_DESC';

/** The conditions of `models` (and of `Place.models`, `Campaign.models`); ids are stored ids. */
export interface ModelFilter {
  text?: string | null;
  placeId?: string | null;
  /** With `placeId`: also the places inside it (true) or that place only (false). */
  includeContained?: boolean;
  /** With `placeId`: also what was in the units that became it (true, the default) or not (false). */
  followSuccession?: boolean;
  category?: string | null;
  seenFrom?: string | null;
  seenTo?: string | null;
  presentedAtId?: string | null;
  backedById?: string | null;
  campaignId?: string | null;
}

export interface ModelPageQuery {
  key: string;
  filter: ModelFilter;
  offset: number;
  limit: number;
}

/** One query of a batch as its statement reads it (`q`). */
interface ModelPageParams {
  key: string;
  offset: number;
  limit: number;
  words: string[] | null;
  category: string | null;
  place: string | null;
  contained: boolean;
  succession: boolean;
  seenFrom: string | null;
  seenTo: string | null;
  presentedAt: string | null;
  backedBy: string | null;
  campaign: string | null;
}

/** A partial date as stored: the text, its precision, the first and last day it covers (ISO). */
export interface StoredPartialDate {
  text: string;
  precision: string;
  from: string;
  to: string;
}

// A model is seen on the dates of the events it was presented at and on the
// publication dates of its sources, each a partial date with its range.
const SEEN_DATES = `COLLECT {
      MATCH (m)-[:PRESENTED_AT]->(e:Event) WHERE e.dateFrom IS NOT NULL
      RETURN {text: e.date, precision: e.datePrecision, from: e.dateFrom, to: e.dateTo} AS seen
      UNION
      MATCH (s:Source) WHERE s.id IN m.sourceIds AND s.publishedAtFrom IS NOT NULL
      RETURN {text: s.publishedAt, precision: s.publishedAtPrecision, from: s.publishedAtFrom, to: s.publishedAtTo} AS seen
    }`;

// The earliest seen date; of two starting on the same day, the more precise.
const FIRST_SEEN = `reduce(first = null, d IN seen | CASE WHEN first IS NULL OR d.from < first.from OR (d.from = first.from AND d.to < first.to) THEN d ELSE first END)`;

/** The filters of a batch of model queries that a statement variant tests; the others are left out of its text. */
type ModelCondition = ListBranch | 'words' | 'category' | 'presentedAt' | 'backedBy' | 'campaign' | 'seen';

// Each condition keeps its `q.x IS NULL OR` guard: a variant serves every
// query of its batch, including those without that filter.
const CONDITIONS: Partial<Record<ModelCondition, string>> = {
  words: '(q.words IS NULL OR all(w IN q.words WHERE m.searchText CONTAINS w))',
  category: `(q.category IS NULL OR ${folded('m.category')} = q.category)`,
  presentedAt: '(q.presentedAt IS NULL OR EXISTS { (m)-[:PRESENTED_AT]->(:Event {id: q.presentedAt}) })',
  backedBy: '(q.backedBy IS NULL OR EXISTS { (:Program {id: q.backedBy})-[:BACKS]->(m) })',
  campaign: '(q.campaign IS NULL OR EXISTS { (m)-[:PART_OF_CAMPAIGN]->(:Campaign {id: q.campaign}) })',
};

// Seen between two dates: one seen date whose range overlaps the period. The
// seen dates are read only when something needs them: a date filter, or an
// ordering by date. Ordered by name without dates, a province's thousands of
// models are not dated one by one.
function matchModels(conditions: ReadonlySet<ModelCondition>, byDate: boolean): string {
  const tests = (Object.keys(CONDITIONS) as ModelCondition[]).filter((c) => conditions.has(c)).map((c) => CONDITIONS[c]!);
  const lines = [listSource('Model', 'm', branchesOf(conditions))];
  if (tests.length > 0) lines.push(`  WITH q, m\n  WHERE ${tests.join('\n    AND ')}`);
  if (conditions.has('seen')) {
    lines.push(`  WITH q, m, ${SEEN_DATES} AS seen
  WHERE (q.seenFrom IS NULL AND q.seenTo IS NULL)
     OR any(d IN seen WHERE (q.seenFrom IS NULL OR d.to >= date(q.seenFrom)) AND (q.seenTo IS NULL OR d.from <= date(q.seenTo)))`);
    if (byDate) lines.push(`  WITH m, ${FIRST_SEEN} AS firstSeen`);
  } else if (byDate) {
    lines.push(`  WITH m, ${SEEN_DATES} AS seen\n  WITH m, ${FIRST_SEEN} AS firstSeen`);
  }
  return lines.join('\n');
}

// By date: the first day of the first-seen date; models never dated come last.
const ORDER: Record<ModelOrder, string> = {
  DATE_ASC: 'firstSeen IS NULL, firstSeen.from, m.id',
  DATE_DESC: 'firstSeen IS NULL, firstSeen.from DESC, m.id DESC',
  NAME_ASC: 'm.sortKey, m.id',
  NAME_DESC: 'm.sortKey DESC, m.id DESC',
};

const BY_DATE: Record<ModelOrder, boolean> = { DATE_ASC: true, DATE_DESC: true, NAME_ASC: false, NAME_DESC: false };

// One variant per ordering and set of filters a batch uses (at most 4 orderings × 3 sets of branches × 2^6 of filters).
const MODEL_PAGES = statementVariants(
  ({ order, conditions }: { order: ModelOrder; conditions: ReadonlySet<ModelCondition> }) => `${order}:${[...conditions].sort().join(',')}`,
  ({ order, conditions }) => pageStatement(matchModels(conditions, BY_DATE[order]), 'm', ORDER[order], BY_DATE[order] ? ['firstSeen'] : []),
);

/** The list branches among a variant's conditions. */
function branchesOf(conditions: ReadonlySet<ModelCondition>): Set<ListBranch> {
  return new Set((['inScope', 'everyNode'] as const).filter((b) => conditions.has(b)));
}

/** The conditions the statement for a batch of model queries must test: those any query of the batch sets. */
function conditionsOf(params: readonly ModelPageParams[]): Set<ModelCondition> {
  const conditions = new Set<ModelCondition>(branchesFor(params));
  for (const q of params) {
    if (q.words !== null) conditions.add('words');
    if (q.category !== null) conditions.add('category');
    if (q.presentedAt !== null) conditions.add('presentedAt');
    if (q.backedBy !== null) conditions.add('backedBy');
    if (q.campaign !== null) conditions.add('campaign');
    if (q.seenFrom !== null || q.seenTo !== null) conditions.add('seen');
  }
  return conditions;
}

/**
 * A place's models by name, as the default place filter lists them (inside it
 * and in the units that became it), read from the stored scope
 * (docs/decisions/032) instead of walked: the count is the place's number of
 * IN_SCOPE_OF, the window an index range read in order (place, sort key, id:
 * the order of NAME_ASC's `m.sortKey, m.id`), so a province's page of twenty
 * reads twenty entries, not its thousands of models. Same columns as
 * pageStatement.
 */
const inStoredScope = (desc: boolean) => {
  const way = desc ? ' DESC' : '';
  // The hint pins the index: statistics sampled while migration 009 filled it
  // (or a small test graph) could send the planner scanning every IN_SCOPE_OF.
  // Ids are collected, not startNode(s), which also made the planner scan.
  return `UNWIND $queries AS q
CALL (q) {
  OPTIONAL MATCH (p:Place {id: q.place})
  RETURN CASE WHEN p IS NULL THEN 0 ELSE COUNT { (p)<-[:IN_SCOPE_OF]-() } END AS total
}
CALL (q) {
  MATCH ()-[s:IN_SCOPE_OF]->() USING INDEX s:IN_SCOPE_OF(place, sortKey, model)
  WHERE s.place = q.place AND s.sortKey IS NOT NULL AND s.model IS NOT NULL
  WITH s ORDER BY s.place${way}, s.sortKey${way}, s.model${way}
  LIMIT toInteger($window)
  RETURN collect(s.model) AS firstIds
}
WITH q, total, firstIds[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] AS ids
CALL (ids) {
  UNWIND range(0, size(ids) - 1) AS i
  MATCH (n:Model {id: ids[i]})
  WITH i, n ORDER BY i
  RETURN collect(${nodeProperties('n', 'Model')}) AS nodes
}
RETURN q.key AS key, total, nodes`;
};
const IN_STORED_SCOPE: Partial<Record<ModelOrder, string>> = { NAME_ASC: inStoredScope(false), NAME_DESC: inStoredScope(true) };

// What a query may set and still be answered from the stored scope; any other filter, set, needs the walk
// (a filter added later falls back to the walk until it is listed here).
const SCOPE_ANSWERS = new Set<string>(['key', 'offset', 'limit', 'place', 'contained', 'succession']);

/** True when the stored scope answers the query: a place, followed both ways, and no other filter. */
function storedScopeAnswers(q: ModelPageParams): boolean {
  return q.place !== null && q.contained && q.succession && Object.entries(q).every(([name, value]) => SCOPE_ANSWERS.has(name) || value === null);
}

const FIRST_SEEN_BY_IDS = `UNWIND $ids AS key
MATCH (m:Model {id: key})
WITH key, m, ${SEEN_DATES} AS seen
RETURN key, ${FIRST_SEEN} AS firstSeen`;

/** All Cypher of the model domain. */
export class ModelRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of models for many queries of one ordering, in one round trip. */
  async pages(order: ModelOrder, queries: readonly ModelPageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }): ModelPageParams => ({
      key,
      offset,
      limit,
      words: foldedWords(f.text),
      category: foldedWords(f.category)?.join(' ') ?? null,
      place: f.placeId ?? null,
      contained: f.includeContained ?? true,
      succession: f.followSuccession ?? true,
      seenFrom: f.seenFrom ?? null,
      seenTo: f.seenTo ?? null,
      presentedAt: f.presentedAtId ?? null,
      backedBy: f.backedById ?? null,
      campaign: f.campaignId ?? null,
    }));
    // Both kinds of query of a batch go out together: the executor's coalescer makes them one round trip.
    const scoped = IN_STORED_SCOPE[order];
    const fromScope = scoped === undefined ? [] : params.filter(storedScopeAnswers);
    const walked = params.filter((q) => !fromScope.includes(q));
    const pages = await Promise.all([
      scoped === undefined || fromScope.length === 0 ? [] : readPages(this.executor, scoped, 'Model', fromScope),
      walked.length === 0 ? [] : readPages(this.executor, MODEL_PAGES({ order, conditions: conditionsOf(walked) }), 'Model', walked),
    ]);
    return pages.flat();
  }

  /** The date each model was first seen; models never dated are absent. */
  async firstSeen(ids: readonly string[]): Promise<{ key: string; firstSeen: StoredPartialDate }[]> {
    const rows = await this.executor.coalescedRead<{ key: string; firstSeen: unknown }>(FIRST_SEEN_BY_IDS, { ids: [...ids] }, ['key', 'firstSeen']);
    return rows.filter((r) => r.firstSeen !== null).map((r) => ({ key: r.key, firstSeen: plain(r.firstSeen) as StoredPartialDate }));
  }
}
