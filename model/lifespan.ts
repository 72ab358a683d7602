/**
 * When a place or an organisation existed, as its recorded dates tell
 * (docs/decisions/023, 027), and whether it existed during a span of days.
 *
 * A unit's first day is its `validFrom`, else the date of the latest
 * succession into it; its last day is its `validTo`, else the day before the
 * earliest succession out of it. Each is a range of days when the date is
 * partial ("2025" covers the whole year) and null when nothing records it
 * (the unit existed before the registry's sources, or exists still).
 *
 * A span is a range of days too: a day asked about (`asOf`), or the range of
 * an observation dated "2025". When the span and a boundary's range overlap,
 * the unit may or may not have existed: UNCERTAIN, never a guess.
 */

/** A range of days, ISO `YYYY-MM-DD` at both ends. */
export interface DayRange {
  from: string;
  to: string;
}

/** The first and last day of a unit, each a range of days, or null when unrecorded. */
export interface Lifespan {
  start: DayRange | null;
  end: DayRange | null;
}

/** Whether a unit existed during a span of days. */
export type Existence = 'EXISTED' | 'NOT_YET' | 'ENDED' | 'UNCERTAIN';

/** The recorded bounds of a unit as stored: its validity's day ranges, and the day ranges of its successions in and out. */
export interface RecordedBounds {
  validFrom: DayRange | null;
  validTo: DayRange | null;
  /** The dates of the successions that made it (SUCCEEDED_BY into it). */
  incoming: readonly DayRange[];
  /** The dates of the successions that ended it (SUCCEEDED_BY out of it). */
  outgoing: readonly DayRange[];
}

/** The ISO day before `day`. */
export function dayBefore(day: string): string {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) - 1);
  return date.toISOString().slice(0, 10);
}

const latest = (ranges: readonly DayRange[]) => ranges.reduce<DayRange | null>((a, r) => (a === null || r.from > a.from || (r.from === a.from && r.to > a.to) ? r : a), null);
const earliest = (ranges: readonly DayRange[]) => ranges.reduce<DayRange | null>((a, r) => (a === null || r.from < a.from || (r.from === a.from && r.to < a.to) ? r : a), null);

/** The lifespan the recorded bounds give: validity when recorded, else what the successions imply. */
export function lifespanOf(bounds: RecordedBounds): Lifespan {
  const start = bounds.validFrom ?? latest(bounds.incoming);
  const out = earliest(bounds.outgoing);
  const end = bounds.validTo ?? (out === null ? null : { from: dayBefore(out.from), to: dayBefore(out.to) });
  return { start, end };
}

/**
 * Whether a unit with `span` of life existed during `during`: EXISTED when
 * every day of it lies within the unit's certain life, NOT_YET when every day
 * is before its earliest possible first day, ENDED when every day is after its
 * latest possible last day, UNCERTAIN otherwise (a day asked about within a
 * boundary known only to the year, an observation dated by year only across a
 * change on 1 July).
 */
export function existenceDuring(span: Lifespan, during: DayRange): Existence {
  if (span.start !== null && during.to < span.start.from) return 'NOT_YET';
  if (span.end !== null && during.from > span.end.to) return 'ENDED';
  const surelyStarted = span.start === null || span.start.to <= during.from;
  const surelyLasting = span.end === null || during.to <= span.end.from;
  return surelyStarted && surelyLasting ? 'EXISTED' : 'UNCERTAIN';
}

/** A unit of a line of succession: how many successions from the unit asked about (negative before it), and its lifespan. */
export interface LineMember {
  step: number;
  lifespan: Lifespan;
}

/**
 * Whether the unit asked about (step 0) existed during `during`, and the units
 * of its line that did: itself when it did; before its first day its
 * predecessors that did (or may have), after its last day its successors;
 * when uncertain, itself and every other unit that may have. Nearest first;
 * empty when the line records none for that span.
 */
export function membersDuring<M extends LineMember>(line: readonly M[], during: DayRange): { existence: Existence; members: M[] } {
  const self = line.find((m) => m.step === 0);
  if (self === undefined) return { existence: 'UNCERTAIN', members: [] };
  const existence = existenceDuring(self.lifespan, during);
  if (existence === 'EXISTED') return { existence, members: [self] };
  const possible = (m: M) => {
    const e = existenceDuring(m.lifespan, during);
    return e === 'EXISTED' || e === 'UNCERTAIN';
  };
  const side = (m: M) => (existence === 'NOT_YET' ? m.step < 0 : existence === 'ENDED' ? m.step > 0 : true);
  const members = line.filter((m) => side(m) && possible(m)).sort((a, b) => Math.abs(a.step) - Math.abs(b.step));
  return { existence, members };
}

/** An observation of someone in a post: whose, and the range of days its date covers. */
export interface PostSighting {
  personId: string;
  during: DayRange;
}

/**
 * The holders of a post next to one person's tenure, as dated observations
 * show them (Wikidata's "replaces" / "replaced by", derived): the other person
 * last seen in the post wholly before `first` (the tenure's first sighting)
 * and the one first seen wholly after `last`. Unknown (null) when nobody is,
 * or when two people are seen on the same nearest date: the observations do
 * not say which came next. Sightings that overlap the tenure are neither.
 */
export function postNeighbours<S extends PostSighting>(personId: string, first: DayRange, last: DayRange, sightings: readonly S[]): { predecessor: S | null; successor: S | null } {
  const others = sightings.filter((s) => s.personId !== personId);
  const nearest = (candidates: S[], key: (s: S) => string, later: boolean): S | null => {
    if (candidates.length === 0) return null;
    const best = candidates.reduce((a, s) => (later ? key(s) > key(a) : key(s) < key(a)) ? s : a);
    const tied = candidates.filter((s) => key(s) === key(best) && s.personId !== best.personId);
    return tied.length > 0 ? null : best;
  };
  return {
    predecessor: nearest(others.filter((s) => s.during.to < first.from), (s) => s.during.to, true),
    successor: nearest(others.filter((s) => s.during.from > last.to), (s) => s.during.from, false),
  };
}
