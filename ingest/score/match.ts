import type { ExpectedOrg } from './expected.js';

/**
 * When an extracted fact is the same as an expected one. Every comparison is
 * by canonical name (ingest/vocab/canonical.ts: abbreviations expanded, folded
 * — no diacritics, no case —, punctuation and spacing ignored), against the
 * expected record's name and each of its aliases; never by id.
 *
 * - person: the same canonical name;
 * - title: the same canonical title ("Trưởng Ban" = "trưởng ban");
 * - organisation: the same canonical name; or, when the article names no place
 *   for it (the extractor marks it `placeUnresolved`: "UBND tỉnh" in an
 *   article that never names the province) and the expected fact is marked
 *   inferred, the expected name without its place ("Ủy ban nhân dân tỉnh Đồng
 *   Tháp" → "Ủy ban nhân dân tỉnh"). A place the extractor did give must be the
 *   right one;
 * - date: the same partial date, at the same precision ("2020" ≠ "2020-01-09");
 * - event: the same kind and date, and at least half of the words of the
 *   expected name (or an alias) in the extracted name;
 * - program: the same kind, start year and end year (both absent counts as the same).
 */
export type Canon = (text: string) => string;

export function sameName(canon: Canon, extracted: string, names: readonly string[]): boolean {
  const x = canon(extracted);
  return names.some((n) => canon(n) === x);
}

/** The expected organisation's names without the place they end with. */
function withoutPlace(canon: Canon, org: ExpectedOrg): string[] {
  if (!org.place) return [];
  const place = canon(org.place);
  return org.names.map(canon).filter((n) => n.endsWith(` ${place}`)).map((n) => n.slice(0, -place.length - 1));
}

export function sameOrg(canon: Canon, extracted: { name: string; placeUnresolved: boolean }, expected: ExpectedOrg, expectedInferred: boolean): boolean {
  if (sameName(canon, extracted.name, expected.names)) return true;
  return extracted.placeUnresolved && expectedInferred && withoutPlace(canon, expected).includes(canon(extracted.name));
}

export function nameOverlap(canon: Canon, extracted: string, names: readonly string[]): number {
  const x = new Set(canon(extracted).split(' '));
  let best = 0;
  for (const n of names) {
    const words = [...new Set(canon(n).split(' '))];
    if (words.length === 0) continue;
    best = Math.max(best, words.filter((w) => x.has(w)).length / words.length);
  }
  return best;
}

/** One-to-one matching of extracted to expected items, first come first served; returns the pairs. */
export function assign<X, E>(extracted: readonly X[], expected: readonly E[], same: (x: X, e: E) => boolean): { pairs: [X, E][]; unmatchedExtracted: X[]; unmatchedExpected: E[] } {
  const used = new Set<number>();
  const pairs: [X, E][] = [];
  const unmatchedExtracted: X[] = [];
  for (const x of extracted) {
    const i = expected.findIndex((e, k) => !used.has(k) && same(x, e));
    if (i >= 0) {
      used.add(i);
      pairs.push([x, expected[i]!]);
    } else unmatchedExtracted.push(x);
  }
  return { pairs, unmatchedExtracted, unmatchedExpected: expected.filter((_, k) => !used.has(k)) };
}
