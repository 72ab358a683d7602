import { readEdgePages, type EdgePage } from '../edge-page.js';
import type { Executor } from '../executor.js';
import { eventEdgePageStatements, namePageStatements, newestSourcesPageStatement, type EventEdgeOrder, type NameOrder } from '../list-orders.js';
import { foldedWords, readPages, type PageRows } from '../list-query.js';
import { plain, toNodeRow, type NodeRow } from '../mapping.js';
import { nameMatches } from '../name-match.js';
import { groupedObservationReturn, readGroupedObservations } from '../person/observation-row.js';
import { GROUP_END_PROPERTIES, type ObservationRow } from '../person/role-timeline.js';
import { organizationLine } from '../lineage/lineage.repository.js';
import { branchVariants, listSource, type ListBranch } from '../place/place-scope.js';
import { nodeFields, nodeProperties, projectedNode, projectionKey, relationshipProperties, type Projection } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';

export type OrganizationOrder = NameOrder;
export type OrganizationEventOrder = EventEdgeOrder;

/** The conditions of `organizations`; ids are stored ids. */
export interface OrganizationFilter {
  text?: string | null;
  kinds?: readonly string[] | null;
  levels?: readonly string[] | null;
  lines?: readonly string[] | null;
  /** The place and every place inside it. */
  placeId?: string | null;
  /** With `placeId`: also what was in the units that became it (true, the default) or not (false). */
  followSuccession?: boolean;
}

export interface OrganizationPageQuery {
  key: string;
  filter: OrganizationFilter;
  offset: number;
  limit: number;
}

/** A page of one organisation's list (events, published sources). */
export interface OrganizationListQuery {
  key: string;
  organizationId: string;
  offset: number;
  limit: number;
}

export interface OrganizationEventQuery extends OrganizationListQuery {
  /** ORGANIZED or ATTENDED; both when null. */
  relation: string | null;
}

/** An event related to an organisation: the event, how (the relationship type) and the relationship's properties. */
export interface OrganizationEventRow {
  node: NodeRow;
  relation: string;
  rel: Record<string, unknown>;
}

const matchOrganizations = (branches: ReadonlySet<ListBranch>) => `${listSource('Organization', 'o', branches)}
  WITH q, o
  WHERE ${nameMatches('o')}
    AND (q.kinds IS NULL OR o.kind IN q.kinds)
    AND (q.levels IS NULL OR o.level IN q.levels)
    AND (q.lines IS NULL OR o.line IN q.lines)`;

/** Office holders of one organisation, on a day (ISO) or ever; `key` is the batch's own. */
export interface OfficeHolderQuery {
  key: string;
  organizationId: string;
  at: string | null;
}

const ORGANIZATION_PAGES = branchVariants<NameOrder>((order, branches) => namePageStatements(matchOrganizations(branches), 'o')[order]);

/** How much of each office holder a request reads (api/graphql/resolvers/organization.resolvers.ts decides). */
export interface OfficeHolderDetail {
  /**
   * 'all': every observation behind each holder (for the `observations` and
   * `sources` fields); 'ends': only the first and the last, which are all the
   * title and the dates need. A provincial board has hundreds of observations.
   */
  observations: 'all' | 'ends';
  /** What is read of each holder's person. */
  person: Projection;
  /**
   * True: the holders of the organisation's whole line of succession — its
   * predecessors and successors at any remove (docs/decisions/027) — each
   * (person, title) grouped across the units; false: the organisation's own.
   */
  line: boolean;
}

export const officeHolderDetailKey = (d: OfficeHolderDetail) => `${d.observations}|${d.line ? 'line' : 'own'}|${projectionKey(d.person)}`;

// Each observation with the keys of role-timeline.ts's order: the range of
// days its partial date covers (no start sorts last, no end first) and its id.
const KEYED = `{node: ro, from: coalesce(ro.observedAtFrom, date('9999-12-31')), to: coalesce(ro.observedAtTo, date('0000-01-01')), id: ro.id}`;
// The same, with the unit of an organisation's line the observation names.
const KEYED_IN_UNIT = `{node: ro, unit: u, from: coalesce(ro.observedAtFrom, date('9999-12-31')), to: coalesce(ro.observedAtTo, date('0000-01-01')), id: ro.id}`;

// The observation that comes first in that order (from, to, id), and the one
// taken as the last: the latest end, of equal ends the latest in that order.
const startsBefore = (x: string, y: string) => `${x}.from < ${y}.from OR (${x}.from = ${y}.from AND (${x}.to < ${y}.to OR (${x}.to = ${y}.to AND ${x}.id < ${y}.id)))`;
const endsAfter = (x: string, y: string) => `${x}.to > ${y}.to OR (${x}.to = ${y}.to AND (${x}.from > ${y}.from OR (${x}.from = ${y}.from AND ${x}.id > ${y}.id)))`;

/**
 * For each query, the observations of the (person, title) pairs seen in the
 * organisation — on `at` when it is given (the pair's first observation starts
 * on or before that day and its last ends on or after it: role-timeline.ts
 * coversDay) — with the person each names, in one round trip; every
 * observation, or the first and the last only. The day is tested here so that
 * a large organisation's other holders never leave the database.
 */
const OFFICE_HOLDER_OBSERVATIONS = statementVariants<OfficeHolderDetail>(
  officeHolderDetailKey,
  (d) => {
    const [kept, observation] =
      d.observations === 'all'
        ? ['held', nodeProperties('ro', 'RoleObservation')]
        : ['CASE WHEN first.id = last.id THEN [first] ELSE [first, last] END', nodeFields('ro', 'RoleObservation', GROUP_END_PROPERTIES)];
    const end = groupedObservationReturn(projectedNode('p', 'Person', d.person));
    const tenure = `reduce(f = head(held), x IN tail(held) | CASE WHEN ${startsBefore('x', 'f')} THEN x ELSE f END) AS first,
  reduce(l = head(held), x IN tail(held) | CASE WHEN ${endsAfter('x', 'l')} THEN x ELSE l END) AS last
WHERE q.at IS NULL OR (first.from <= date(q.at) AND date(q.at) <= last.to)`;
    if (d.line) {
      // A tenure is one person's title across the units of the line; its observations
      // are then returned under the unit each names, as groupedObservationReturn expects.
      return `UNWIND $queries AS q
MATCH (start:Organization {id: q.organizationId})
${organizationLine('start', 'u')}
MATCH (u)<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
WITH q, p, ro.title AS title, collect(${KEYED_IN_UNIT}) AS held
WITH q, p, held,
  ${tenure}
UNWIND ${kept} AS x
WITH q, x.unit AS o, p, collect(x.node) AS kept
WITH q, o, p, [ro IN kept | ${observation}] AS held
${end}`;
    }
    return `UNWIND $queries AS q
MATCH (o:Organization {id: q.organizationId})<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
WITH q, o, p, ro.title AS title, collect(${KEYED}) AS held
WITH q, o, p, held,
  ${tenure}
WITH q, o, p, [x IN ${kept} | x.node] AS kept
WITH q, o, p, [ro IN kept | ${observation}] AS held
${end}`;
  },
);

// Newest first: by the first year of the period; programs without one come last.
const PROGRAMS_OF_ORGANIZATIONS = `UNWIND $ids AS key
MATCH (:Organization {id: key})-[:PARTY_TO]->(pr:Program)
RETURN key, ${nodeProperties('pr', 'Program')} AS node
ORDER BY key, pr.startYear IS NULL, pr.startYear DESC, pr.endYear DESC, pr.sortKey, pr.id`;

const EVENT_PAGES = eventEdgePageStatements(
  `  MATCH (:Organization {id: q.organizationId})-[r:ORGANIZED|ATTENDED]->(e:Event)
  WHERE q.relation IS NULL OR type(r) = q.relation`,
  `{node: ${nodeProperties('e', 'Event')}, relation: type(r), rel: ${relationshipProperties('r')}}`,
);

const PUBLISHED_PAGES = newestSourcesPageStatement('  MATCH (:Organization {id: q.organizationId})-[:PUBLISHED]->(s:Source)');

/** All Cypher of the organization domain. */
export class OrganizationRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of organisations for many queries of one ordering, in one round trip. */
  async pages(order: OrganizationOrder, queries: readonly OrganizationPageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }) => ({
      key,
      offset,
      limit,
      words: foldedWords(f.text),
      kinds: f.kinds ?? null,
      levels: f.levels ?? null,
      lines: f.lines ?? null,
      place: f.placeId ?? null,
      contained: true,
      succession: f.followSuccession ?? true,
    }));
    return readPages(this.executor, ORGANIZATION_PAGES(order, params), 'Organization', params);
  }

  /** The observations behind the office holders of each query's organisation (of those in office on `at`, when given). */
  async officeHolderObservations(detail: OfficeHolderDetail, queries: readonly OfficeHolderQuery[]): Promise<{ key: string; row: ObservationRow }[]> {
    return readGroupedObservations(this.executor, OFFICE_HOLDER_OBSERVATIONS(detail), detail.person, { queries: [...queries] });
  }

  /** The programs each organisation is party to, newest first. */
  async programs(organizationIds: readonly string[]): Promise<{ key: string; node: NodeRow }[]> {
    const rows = await this.executor.coalescedRead<{ key: string; node: Record<string, unknown> }>(PROGRAMS_OF_ORGANIZATIONS, { ids: [...organizationIds] }, ['key', 'node']);
    return rows.map((r) => ({ key: r.key, node: toNodeRow('Program', r.node) }));
  }

  /** Pages of the events each organisation organised or attended, of one ordering, in one round trip. */
  async events(order: OrganizationEventOrder, queries: readonly OrganizationEventQuery[]): Promise<EdgePage<OrganizationEventRow>[]> {
    return readEdgePages(this.executor, EVENT_PAGES[order], queries, (item) => ({
      node: toNodeRow('Event', item.node as Record<string, unknown>),
      relation: String(item.relation),
      rel: plain(item.rel) as Record<string, unknown>,
    }));
  }

  /** Pages of the sources each organisation published, newest first. */
  async published(queries: readonly OrganizationListQuery[]): Promise<PageRows[]> {
    return readPages(this.executor, PUBLISHED_PAGES, 'Source', queries);
  }
}
