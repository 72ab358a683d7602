/**
 * Cardinal numbers as Vietnamese writes them before a counted noun: digits
 * ("10", "10/10" — ten of ten) or words up to 99 ("sáu", "mười lăm", "hai
 * mươi mốt"). Only what a short description of a fact uses; no ordinals, no
 * hundreds in words.
 */

const UNITS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
// After "mươi" / "mười": mốt (1), tư (4) and lăm (5) replace một, bốn and năm.
const TRAILING: Record<string, number> = { ...UNITS, mốt: 1, tư: 4, lăm: 5 };

const unit = Object.keys(UNITS).join('|');
const trailing = Object.keys(TRAILING).join('|');

/** A number, as a regular expression source (lower case text, NFC). */
export const NUMBER_PATTERN = `\\d+(?:/\\d+)?|(?:${unit}) mươi(?: (?:${trailing}))?|mười(?: (?:${trailing}))?|(?:${unit})`;

/** The value of a phrase NUMBER_PATTERN matched; "10/10" counts 10. */
export function numberValue(phrase: string): number {
  const digits = /^(\d+)/.exec(phrase);
  if (digits) return Number(digits[1]);
  const words = phrase.split(' ');
  if (words[0] === 'mười') return 10 + (words[1] ? TRAILING[words[1]]! : 0);
  if (words[1] === 'mươi') return UNITS[words[0]!]! * 10 + (words[2] ? TRAILING[words[2]]! : 0);
  return UNITS[words[0]!]!;
}
