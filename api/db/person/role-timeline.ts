import type { NodeRow } from '../mapping.js';
import { vietnameseSortKey } from '../../../model/text.js';
import { BoundedCache } from '../bounded-cache.js';

/**
 * A role observation as the timeline statements return it: the stored node and
 * the nodes it joins, so that a timeline needs no further round trip for them.
 */
export interface ObservationRow extends NodeRow {
  /**
   * The event and the source (the observation's own, the first of `sourceIds`)
   * when the statement read them (null: there is none), undefined when it did not.
   */
  joined: { person: NodeRow; organization: NodeRow; event?: NodeRow | null; source?: NodeRow | null };
}

/**
 * Role observations grouped by what they observe: one title in one
 * organisation for one person. Derived, never stored (schema/graph-model.md).
 */
export interface ObservationGroup {
  title: string;
  person: NodeRow;
  organization: NodeRow;
  /** Earliest first. */
  observations: ObservationRow[];
  /** The observation whose date starts first: firstSeen. */
  first: ObservationRow;
  /** The observation whose date ends last: lastSeen. */
  last: ObservationRow;
}

/**
 * What grouping reads of an observation, and all that a group's title and
 * dates read (firstSeen, lastSeen and their partial forms): a group read
 * without its observations carries its first and last with these only.
 */
export const GROUP_END_PROPERTIES = ['title', 'observedAt', 'observedAtPrecision', 'observedAtFrom', 'observedAtTo'] as const;

// Partial dates are stored with the range of days they cover; after mapping,
// `observedAtFrom`/`observedAtTo` are ISO strings, whose text order is date order.
const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';
const fromOf = (o: NodeRow) => (typeof o.observedAtFrom === 'string' ? o.observedAtFrom : FAR_FUTURE);
const toOf = (o: NodeRow) => (typeof o.observedAtTo === 'string' ? o.observedAtTo : FAR_PAST);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortKeyOf = (row: NodeRow) => (typeof row.sortKey === 'string' ? row.sortKey : vietnameseSortKey(String(row.name ?? '')));

function byObservedAt(a: ObservationRow, b: ObservationRow): number {
  return compareText(fromOf(a), fromOf(b)) || compareText(toOf(a), toOf(b)) || compareText(a.id, b.id);
}

function groupBy(observations: readonly ObservationRow[], keyOf: (o: ObservationRow) => string): ObservationGroup[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const o of observations) {
    const key = keyOf(o);
    const members = groups.get(key);
    if (members) members.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()].map((members) => {
    const sorted = members.sort(byObservedAt);
    const first = sorted[0]!;
    // The latest observation is the one whose range ends last, which is not always the one that starts last ("2023" ends after "2023-03-30").
    const last = sorted.reduce((latest, o) => (compareText(toOf(o), toOf(latest)) >= 0 ? o : latest), first);
    return { title: String(first.title), person: first.joined.person, organization: first.joined.organization, observations: sorted, first, last };
  });
}

/**
 * Groups in the order of their keys (compared in turn, as text), each key
 * worked out once per group rather than once per comparison: a province's
 * office holders are a few hundred groups (a person's timeline, a handful,
 * is cheaper compared in place).
 */
function sortedBy(groups: ObservationGroup[], keysOf: (group: ObservationGroup) => readonly string[]): ObservationGroup[] {
  const keyed = groups.map((group) => ({ group, keys: keysOf(group) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const order = compareText(a.keys[i]!, b.keys[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.group);
}

// vietnameseSortKey of each title once per process, not once per comparison or
// per request: titles are a few hundred words ("Phó Trưởng Ban", "Chủ tịch") that
// every timeline and office-holder list shares. Bounded in case they are not.
const titleKeys = new BoundedCache<string, string>(5_000);

function titleSortKey(title: string): string {
  return titleKeys.get(title) ?? titleKeys.set(title, vietnameseSortKey(title));
}

/** A person's timeline: one entry per (title, organisation), ordered by first seen. */
export function roleTimeline(observations: readonly ObservationRow[]): ObservationGroup[] {
  // A person's groups are a handful: compared in place, each key read when a tie needs it.
  return groupBy(observations, (o) => `${o.joined.organization.id}\u0000${String(o.title)}`).sort(
    (a, b) =>
      compareText(fromOf(a.first), fromOf(b.first)) ||
      compareText(titleSortKey(a.title), titleSortKey(b.title)) ||
      compareText(sortKeyOf(a.organization), sortKeyOf(b.organization)) ||
      compareText(a.organization.id, b.organization.id),
  );
}

/**
 * Whether the sources saw the role held on `day` (ISO): the first observation
 * starts on or before it and the last one ends on or after it. A partial date
 * counts by the whole range it covers, so "2021" covers 2021-06-01.
 */
export function coversDay(group: ObservationGroup, day: string): boolean {
  return fromOf(group.first) <= day && day <= toOf(group.last);
}

/**
 * An organisation's office holders: one entry per (person, title), those seen
 * in office on `at` when it is given, ordered by title, then first seen.
 */
export function officeHolders(observations: readonly ObservationRow[], at?: string | null): ObservationGroup[] {
  return sortedBy(
    groupBy(observations, (o) => `${o.joined.person.id}\u0000${String(o.title)}`).filter((group) => !at || coversDay(group, at)),
    (g) => [titleSortKey(g.title), fromOf(g.first), sortKeyOf(g.person), String(g.person.id)],
  );
}
