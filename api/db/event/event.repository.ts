import type { Executor } from '../executor.js';
import { foldedWords, pageStatement, readPages, type PageRows } from '../list-query.js';
import { branchVariants, listSource, type ListBranch } from '../place/place-scope.js';

export type EventOrder = 'DATE_ASC' | 'DATE_DESC' | 'NAME_ASC' | 'NAME_DESC';

/** The conditions of `events` (and of `Place.events`); ids are stored ids. */
export interface EventFilter {
  text?: string | null;
  from?: string | null;
  to?: string | null;
  placeId?: string | null;
  /** With `placeId`: also the places inside it (true) or that place only (false). */
  includeContained?: boolean;
  /** With `placeId`: also the events held in the units that became it (true, the default) or not (false). */
  followSuccession?: boolean;
  kinds?: readonly string[] | null;
  organizerId?: string | null;
  participantId?: string | null;
  online?: boolean | null;
}

export interface EventPageQuery {
  key: string;
  filter: EventFilter;
  offset: number;
  limit: number;
}

// A date filter keeps the events whose range of days (at their precision)
// overlaps the period; undated events have no range and drop out.
const matchEvents = (branches: ReadonlySet<ListBranch>) => `${listSource('Event', 'e', branches)}
  WITH q, e
  WHERE (q.words IS NULL OR all(w IN q.words WHERE e.searchText CONTAINS w))
    AND (q.from IS NULL OR e.dateTo >= date(q.from))
    AND (q.to IS NULL OR e.dateFrom <= date(q.to))
    AND (q.kinds IS NULL OR e.kind IN q.kinds)
    AND (q.online IS NULL OR e.online = q.online)
    AND (q.organizer IS NULL OR EXISTS { (:Organization {id: q.organizer})-[:ORGANIZED]->(e) })
    AND (q.participant IS NULL OR EXISTS { (:Person {id: q.participant})-[:PARTICIPATED_IN]->(e) })`;

// Undated events come last in both directions; the id makes every order total.
const ORDER: Record<EventOrder, string> = {
  DATE_ASC: 'e.dateFrom IS NULL, e.dateFrom, e.id',
  DATE_DESC: 'e.dateFrom IS NULL, e.dateFrom DESC, e.id DESC',
  NAME_ASC: 'e.sortKey, e.id',
  NAME_DESC: 'e.sortKey DESC, e.id DESC',
};

const EVENT_PAGES = branchVariants<EventOrder>((order, branches) => pageStatement(matchEvents(branches), 'e', ORDER[order]));

/** All Cypher of the event domain. */
export class EventRepository {
  constructor(private readonly executor: Executor) {}

  /** Pages of events for many queries of one ordering, in one round trip. */
  async pages(order: EventOrder, queries: readonly EventPageQuery[]): Promise<PageRows[]> {
    const params = queries.map(({ key, filter: f, offset, limit }) => ({
      key,
      offset,
      limit,
      words: foldedWords(f.text),
      from: f.from ?? null,
      to: f.to ?? null,
      kinds: f.kinds ?? null,
      online: f.online ?? null,
      place: f.placeId ?? null,
      contained: f.includeContained ?? true,
      succession: f.followSuccession ?? true,
      organizer: f.organizerId ?? null,
      participant: f.participantId ?? null,
    }));
    return readPages(this.executor, EVENT_PAGES(order, params), 'Event', params);
  }
}
