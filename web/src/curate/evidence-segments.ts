/**
 * An article's text cut where any proposal's evidence starts or ends, so that
 * each piece is covered by the same proposals throughout: the review page
 * draws each covered piece as one <mark> naming every proposal it supports.
 * Evidence ranges overlap (a role's evidence holds the person's name, which is
 * the person's own evidence), nest, repeat and touch; every case gives pieces
 * that never overlap and together are the whole text, in order.
 *
 * Offsets are UTF-16 code units, as the API gives them (`Evidence.start`) and
 * as JavaScript strings count. A boundary that would fall between the two
 * halves of a surrogate pair (an emoji) is moved outward to keep the pair
 * whole; a range beyond the text is cut to it; an empty one is left out.
 */
export interface EvidenceRange<K> {
  start: number;
  end: number;
  /** Whose evidence it is (a proposal's id). */
  key: K;
}

export interface Segment<K> {
  start: number;
  end: number;
  /** The proposals whose evidence covers this piece, in the order their ranges were given; empty for plain text. */
  keys: K[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls inside a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

export function evidenceSegments<K>(text: string, ranges: readonly EvidenceRange<K>[]): Segment<K>[] {
  const clamp = (n: number) => Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), text.length);
  const kept = ranges
    .map((r) => {
      let start = clamp(r.start);
      let end = clamp(r.end);
      if (splitsPair(text, start)) start -= 1;
      if (splitsPair(text, end)) end += 1;
      return { start, end, key: r.key };
    })
    .filter((r) => r.end > r.start);
  const cuts = [...new Set([0, text.length, ...kept.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment<K>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const keys: K[] = [];
    for (const r of kept) if (r.start <= start && r.end >= end && !keys.includes(r.key)) keys.push(r.key);
    const last = segments.at(-1);
    // Neighbours covered by exactly the same proposals are one piece (two ranges of one proposal that touch).
    if (last && sameKeys(last.keys, keys)) last.end = end;
    else segments.push({ start, end, keys });
  }
  return segments;
}

function sameKeys<K>(a: readonly K[], b: readonly K[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}
