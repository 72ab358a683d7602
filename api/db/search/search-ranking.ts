import type { EntityLabel } from '../labels.js';
import { foldVietnamese } from '../text.js';

/** A full-text hit as the search statement returns it: enough to rank, not the whole node. */
export interface RankedHit {
  label: EntityLabel;
  id: string;
  /** The name (or a source's title) first, then the aliases, as stored. */
  names: (string | null)[];
  sortKey: string | null;
  /** Lucene's score. */
  score: number;
}

/** A hit with its place in the ranking: tier + score / best score. */
export interface Ranked extends RankedHit {
  relevance: number;
}

// Each character folded once for all (foldVietnamese, then ' ' for anything but a
// letter or digit): ranking folds up to a thousand names per search, and folding
// character by character through this table takes about a third of the time of
// folding each whole name. A combining mark on its own folds to nothing, as in
// foldVietnamese. Bounded by the characters names use.
const FOLDED_CHARACTER = new Map<string, string>();

function foldCharacter(char: string): string {
  let folded = FOLDED_CHARACTER.get(char);
  if (folded === undefined) {
    const plain = foldVietnamese(char);
    folded = plain === '' || /^[\p{L}\p{N}]+$/u.test(plain) ? plain : ' ';
    FOLDED_CHARACTER.set(char, folded);
  }
  return folded;
}

/** A name as folded words, split the way the query is (letters and digits only): "Hội quán (Đồng Tháp)" → hoi, quan, dong, thap. */
export function nameWords(name: string): string[] {
  let folded = '';
  for (const char of name) folded += foldCharacter(char);
  return folded.split(' ').filter((w) => w.length > 0);
}

/** The query words stand in `name` from position `at`; the last query word may be a prefix. */
function phraseAt(name: readonly string[], words: readonly string[], at: number): boolean {
  if (at + words.length > name.length) return false;
  const last = words.length - 1;
  return words.every((word, j) => (j === last ? name[at + j]!.startsWith(word) : name[at + j] === word));
}

/**
 * How well a name matches: 3 when a name or alias is the query, 2 when one
 * starts with it, 1 when one contains it as a phrase, 0 when only the
 * description (or scattered words) matched.
 */
export function tierOf(names: readonly (string | null)[], words: readonly string[]): number {
  if (words.length === 0) return 0;
  let tier = 0;
  for (const name of names) {
    if (name === null) continue;
    const folded = nameWords(name);
    if (folded.length === words.length && folded.every((w, i) => w === words[i])) return 3;
    if (phraseAt(folded, words, 0)) tier = 2;
    else if (tier < 1 && folded.some((_, i) => phraseAt(folded, words, i))) tier = 1;
  }
  return tier;
}

// A node without a sort key goes after those with one, as Cypher orders nulls.
const NO_SORT_KEY = '\uffff';
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Full-text hits ranked in tiers (tierOf); within a tier the Lucene score,
 * normalised to the best hit, orders, so the relevance of tier t lies in
 * (t, t + 1]; then the name's sort key, then the id: a total order, so pages
 * are stable.
 */
export function rankHits(hits: readonly RankedHit[], words: readonly string[]): Ranked[] {
  const best = Math.max(...hits.map((h) => h.score), Number.MIN_VALUE);
  return hits
    .map((hit) => ({ ...hit, relevance: tierOf(hit.names, words) + hit.score / best }))
    .sort((a, b) => b.relevance - a.relevance || byText(a.sortKey ?? NO_SORT_KEY, b.sortKey ?? NO_SORT_KEY) || byText(a.id, b.id));
}
