import { edgePageStatement, readEdgePages, type EdgePage } from '../edge-page.js';
import { withPreloaded } from '../graph/preloaded.js';
import type { Executor } from '../executor.js';
import { eventEdgePageStatements, namePageStatements, newestSourcesPageStatement, type EventEdgeOrder, type NameOrder } from '../list-orders.js';
import { foldedWords, readPages, type PageRows } from '../list-query.js';
import { plain, toNodeRow, type NodeRow } from '../mapping.js';
import { nameMatches } from '../name-match.js';
import { branchVariants, folded, listBranches, PLACE_LINKS, PLACES_IN_SCOPE, type ListBranch } from '../place/place-scope.js';
import { nodeProperties, projectedNode, projectedRow, projectionKey, relationshipProperties, type Projection } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';
import { readObservations, timelineColumns, timelineDetailKey, type TimelineDetail } from './observation-row.js';
import type { ObservationRow } from './role-timeline.js';

export type PersonOrder = NameOrder;
export type AppearanceOrder = EventEdgeOrder;

/** The conditions of `people`; ids are stored ids, dates ISO days. */
export interface PersonFilter {
  text?: string | null;
  organizationId?: string | null;
  placeId?: string | null;
  title?: string | null;
  seenFrom?: string | null;
  seenTo?: string | null;
  /** With `placeId`: also what was in the units that became it (true, the default) or not (false). */
  followSuccession?: boolean;
}

export interface PersonPageQuery {
  key: string;
  filter: PersonFilter;
  offset: number;
  limit: number;
}

/** A page of one person's list (appearances, co-appearances, authored sources). */
export interface PersonListQuery {
  key: string;
  personId: string;
  offset: number;
  limit: number;
}

export interface AppearanceQuery extends PersonListQuery {
  role: string | null;
  /** What the request reads of each event and of the places it was held in. */
  detail: AppearanceDetail;
}

/** What a page of appearances reads of its events and their places: every property, or the id and some. */
export interface AppearanceDetail {
  event: Projection;
  place: Projection;
}

export const appearanceDetailKey = (d: AppearanceDetail) => `${projectionKey(d.event)}|${projectionKey(d.place)}`;

/** One participation: the event and the PARTICIPATED_IN relationship's properties. */
export interface AppearanceRow {
  node: NodeRow;
  rel: Record<string, unknown>;
}

/** Another person met at events, with those events (earliest first). */
export interface CoAppearanceRow {
  node: NodeRow;
  events: NodeRow[];
}

// The observation conditions hold for one and the same observation: "Chủ tịch"
// at UBND tỉnh Đồng Tháp in 2022 means one observation saying all of that, not
// a chairmanship elsewhere and any role at UBND some other year.
const OBSERVATION_MATCHES = `(q.organization IS NULL OR o.id = q.organization)
        AND (q.title IS NULL OR ${folded('ro.title')} CONTAINS q.title OR ${folded("coalesce(ro.titleAsWritten, '')")} CONTAINS q.title)
        AND (q.seenFrom IS NULL OR ro.observedAtTo >= date(q.seenFrom))
        AND (q.seenTo IS NULL OR ro.observedAtFrom <= date(q.seenTo))`;

// With a place, the people are found from the place down (the organisations
// in its scope, their observations, who was observed), as the lists of
// decision 031 are: testing every person against the place took 5 s for a
// province at 1M entities. Without one, every person, each tested for an
// observation when the query has observation conditions.
function matchPeople(branches: ReadonlySet<ListBranch>): string {
  const fromPlace = `${PLACES_IN_SCOPE}
    MATCH (inside)<-[:${PLACE_LINKS.Organization}]-(o:Organization)<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
    WHERE ${OBSERVATION_MATCHES}
    RETURN DISTINCT p`;
  const everyPerson = `MATCH (p:Person)
    WHERE NOT q.observed OR EXISTS {
      MATCH (p)-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization)
      WHERE ${OBSERVATION_MATCHES}
    }`;
  return `${listBranches(branches, 'p', fromPlace, everyPerson)}
  WITH q, p
  WHERE ${nameMatches('p')}`;
}

const PEOPLE_PAGES = branchVariants<PersonOrder>((order, branches) => namePageStatements(matchPeople(branches), 'p')[order]);

/** The observations of many people with the organisation and event each names, in one round trip. */
const OBSERVATIONS_OF_PEOPLE = statementVariants<TimelineDetail>(
  timelineDetailKey,
  (detail) => `UNWIND $ids AS key
MATCH (p:Person {id: key})-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization)
RETURN key, ${timelineColumns(detail)}`,
);

const APPEARANCE_PAGES = statementVariants<{ order: AppearanceOrder; detail: AppearanceDetail }>(
  (v) => `${v.order}|${appearanceDetailKey(v.detail)}`,
  ({ order, detail }) =>
    eventEdgePageStatements(
      `  MATCH (:Person {id: q.personId})-[r:PARTICIPATED_IN]->(e:Event)
  WHERE q.role IS NULL OR r.role = q.role`,
      // The event's place comes along: a timeline shows where each event was held.
      // In the order the relationship's loader gives (relation.repository.ts): by name, then id.
      `{node: ${projectedNode('e', 'Event', detail.event)}, rel: ${relationshipProperties('r', 'PARTICIPATED_IN')}, places: COLLECT { MATCH (e)-[h:HELD_IN]->(pl:Place) RETURN {node: ${projectedNode('pl', 'Place', detail.place)}, rel: ${relationshipProperties('h', 'HELD_IN')}} AS place ORDER BY pl.sortKey, pl.id }}`,
    )[order],
);

// Two people meet at an event when both took part in it; a person with two
// roles at one event still meets the others there once.
const CO_APPEARANCE_PAGES = edgePageStatement(
  `  MATCH (p:Person {id: q.personId})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other:Person)
  WHERE other <> p
  WITH DISTINCT other, e
  ORDER BY e.dateFrom IS NULL, e.dateFrom, e.id
  WITH other, collect(${nodeProperties('e', 'Event')}) AS events
  ORDER BY size(events) DESC, other.sortKey, other.id`,
  `{node: ${nodeProperties('other', 'Person')}, events: events}`,
  ['other', 'events'],
);

const AUTHORED_PAGES = newestSourcesPageStatement('  MATCH (:Person {id: q.personId})-[:AUTHORED]->(s:Source)');

/** All Cypher of the person domain. */
export class PersonRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of people for many queries of one ordering, in one round trip. */
  async pages(order: PersonOrder, queries: readonly PersonPageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }) => {
      const title = foldedWords(f.title)?.join(' ') ?? null;
      const observed = Boolean(f.organizationId || f.placeId || title || f.seenFrom || f.seenTo);
      return {
        key,
        offset,
        limit,
        words: foldedWords(f.text),
        observed,
        organization: f.organizationId ?? null,
        place: f.placeId ?? null,
        contained: true,
        succession: f.followSuccession ?? true,
        title,
        seenFrom: f.seenFrom ?? null,
        seenTo: f.seenTo ?? null,
      };
    });
    return readPages(this.executor, PEOPLE_PAGES(order, params), 'Person', params);
  }

  /** Every role observation of each person, with the person, organisation, event and source it names, read as `detail` asks. */
  async observations(detail: TimelineDetail, personIds: readonly string[]): Promise<{ key: string; row: ObservationRow }[]> {
    return readObservations(this.executor, OBSERVATIONS_OF_PEOPLE(detail), detail, { ids: [...personIds] });
  }

  /** Pages of participations for many people, of one ordering, in one round trip. */
  async appearances(order: AppearanceOrder, detail: AppearanceDetail, queries: readonly AppearanceQuery[]): Promise<EdgePage<AppearanceRow>[]> {
    const params = queries.map(({ detail: _read, ...query }) => query);
    return readEdgePages(this.executor, APPEARANCE_PAGES({ order, detail }), params, (item) => {
      const event = toNodeRow('Event', projectedRow(detail.event, item.node));
      return {
        node: withPreloaded(event, {
          eventPlace: (item.places as { node: unknown; rel: Record<string, unknown> }[]).map((p) => ({
            key: event.id,
            node: toNodeRow('Place', projectedRow(detail.place, p.node)),
            rel: plain(p.rel) as Record<string, unknown>,
          })),
        }),
        rel: plain(item.rel) as Record<string, unknown>,
      };
    });
  }

  /** Pages of the people each person met at events, most frequent first. */
  async coAppearances(queries: readonly PersonListQuery[]): Promise<EdgePage<CoAppearanceRow>[]> {
    return readEdgePages(this.executor, CO_APPEARANCE_PAGES, queries, (item) => ({
      node: toNodeRow('Person', item.node as Record<string, unknown>),
      events: (item.events as Record<string, unknown>[]).map((e) => toNodeRow('Event', e)),
    }));
  }

  /** Pages of the sources each person wrote, newest first. */
  async authored(queries: readonly PersonListQuery[]): Promise<PageRows[]> {
    return readPages(this.executor, AUTHORED_PAGES, 'Source', queries);
  }
}
