import { distance } from 'fastest-levenshtein';
import { nameKeyOf, nfc } from '../../model/text.js';
import type { Reason } from './mention.js';

/**
 * How a written name relates to a candidate's name and aliases, strongest
 * first. Names are compared as written (NFC, case ignored), then folded (no
 * diacritics, đ → d, punctuation as spaces, numbers read as numbers: "05" is
 * "5"), then with a typo's distance in their words, then for people by their
 * family and given names alone. A number is never a typo: a program of
 * 2021–2026 is not one of 2024–2026, nor Chỉ thị số 08 (Directive No. 8) a
 * misspelt Chỉ thị số 05, so names whose numbers differ are not the same name.
 */
const WEIGHT = {
  SAME_NAME: 1,
  KNOWN_ALIAS: 0.95,
  SAME_FOLDED_NAME: 0.9,
  PARTIAL_NAME: 0.6,
} as const;

/** Edits a folded name of this length may differ by and still be a typo of it: 1 up to 12 characters, then 2. */
export function typoAllowance(length: number): number {
  return length < 5 ? 0 : length <= 12 ? 1 : 2;
}

const lowerNfc = (text: string) => nfc(text).toLowerCase().trim().replace(/\s+/g, ' ');

const DIGIT_RUN = /\p{Nd}+/gu;

/** A folded name with its numbers as numbers (no leading zeros). */
const numeric = (key: string) => key.replace(DIGIT_RUN, (run) => run.replace(/^0+(?=\p{Nd})/u, ''));

/** The numbers of a numeric key, in order: two names are the same name only if these are equal. */
const numbersOf = (key: string) => (key.match(DIGIT_RUN) ?? []).join(' ');

/** The strongest name reason, or null when the names are not the same name. */
export function nameEvidence(written: string, name: string, aliases: readonly string[], isPerson: boolean): Reason | null {
  const asWritten = lowerNfc(written);
  if (asWritten === lowerNfc(name)) return { code: 'SAME_NAME', detail: name, weight: WEIGHT.SAME_NAME };
  const alias = aliases.find((a) => lowerNfc(a) === asWritten);
  if (alias !== undefined) return { code: 'KNOWN_ALIAS', detail: alias, weight: WEIGHT.KNOWN_ALIAS };

  const folded = numeric(nameKeyOf(written));
  if (folded.length === 0) return null;
  const names = [name, ...aliases];
  const sameFolded = names.find((n) => numeric(nameKeyOf(n)) === folded);
  if (sameFolded !== undefined) return { code: 'SAME_FOLDED_NAME', detail: sameFolded, weight: WEIGHT.SAME_FOLDED_NAME };

  // Edits are counted between names with the same numbers, so that every edit is in the words.
  const numbers = numbersOf(folded);
  let best: { name: string; edits: number } | null = null;
  for (const n of names) {
    const key = numeric(nameKeyOf(n));
    if (numbersOf(key) !== numbers) continue;
    const edits = distance(folded, key);
    if (edits <= typoAllowance(Math.min(folded.length, key.length)) && (!best || edits < best.edits)) best = { name: n, edits };
  }
  if (best) return { code: 'TYPO_VARIANT', detail: best.name, weight: best.edits === 1 ? 0.8 : 0.7 };

  // A Vietnamese name is family, middle and given names; the press sometimes drops or changes the middle one.
  if (isPerson) {
    const words = folded.split(' ');
    for (const n of names) {
      const other = nameKeyOf(n).split(' ');
      if (words.length >= 2 && other.length >= 2 && words[0] === other[0] && words.at(-1) === other.at(-1)) {
        return { code: 'PARTIAL_NAME', detail: n, weight: WEIGHT.PARTIAL_NAME };
      }
    }
  }
  return null;
}
