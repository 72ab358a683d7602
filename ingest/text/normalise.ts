/**
 * Stage 1: text normalisation. Everything after this stage — mentions,
 * evidence ranges, quoted snippets — refers to the text this returns, so it
 * is done once, before any other stage.
 *
 * - Unicode NFC; a vertical tab or form feed is a line break; other control
 *   and zero-width characters removed.
 * - Whitespace: runs of spaces and tabs (NBSP included) become one space, line
 *   ends become "\n", a paragraph break is one "\n", lines are trimmed.
 * - Dashes: every dash-like character becomes "–"; a hyphen with a space on
 *   either side (" - ", "-Trưởng") is a dash too, and a dash gets a space on
 *   both sides when it separates words. Hyphens inside words and codes
 *   ("05-CT/TW", "VHTT-TT", "2017-2020") stay hyphens.
 * - Quotes: straight and typographic double quotes become “ and ” (opening
 *   after a space, a line start or an opening bracket, closing elsewhere).
 * - Tone placement: the older placement on the second vowel of an open "oa",
 *   "oe", "uy" ("uỷ", "hoà", "khoẻ") becomes the placement the registry writes
 *   ("ủy", "hòa", "khỏe"); "quý" keeps its mark, where "u" belongs to "qu".
 * - "TP.Hồ Chí Minh" gets a space after the abbreviation's dot.
 *
 * Spelling mistakes ("Dân vân", "Dân vn") are not corrected: they are what the
 * article says, and matching them is the job of folding and of the registry's
 * aliases.
 */

const TONED_SECOND = new Map<string, [string, string]>();
// [second vowel with tone] → [tone mark] for o+a, o+e, u+y.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
for (const tone of TONES) {
  for (const base of ['a', 'e', 'y', 'A', 'E', 'Y']) TONED_SECOND.set((base + tone).normalize('NFC'), [base, tone]);
}

function movedTone(first: string, second: string): string | null {
  const entry = TONED_SECOND.get(second);
  if (!entry) return null;
  const [base, tone] = entry;
  const lower = first.toLowerCase();
  const pairOk = (lower === 'o' && (base === 'a' || base === 'e' || base === 'A' || base === 'E')) || (lower === 'u' && (base === 'y' || base === 'Y'));
  if (!pairOk) return null;
  return (first + tone).normalize('NFC') + base;
}

// An open syllable ending in oa / oe / uy with the tone on its last vowel; not after "q" (quý).
const OLD_TONE = /(?<![qQ])([oOuU])([\p{L}])(?![\p{L}])/gu;

function modernTonePlacement(text: string): string {
  return text.replace(OLD_TONE, (whole, first: string, second: string) => movedTone(first, second) ?? whole);
}

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;

export function normaliseText(raw: string): string {
  let text = raw.normalize('NFC');
  // A vertical tab or a form feed is a word processor's line or page break; other control characters (but tabs) and zero-width characters go.
  text = text.replace(/\r\n?|[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  text = text.replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ');
  text = text.replace(DASHES, '–');
  // A hyphen standing between spaces, or between a space and a letter, is a dash.
  text = text.replace(/(^|\s)-(?=\s|\p{L})/gmu, '$1–').replace(/(\p{L}|\d)-(?=\s)/gu, '$1 –');
  // A dash separating words gets a space on each side ("Công –Trưởng" → "Công – Trưởng"), never inside "2021–2025".
  text = text.replace(/(\S)–(?=\p{L})/gu, (m, before: string) => (/\d/.test(before) ? m : `${before} –`));
  text = text.replace(/–(?=\p{L})/gu, '– ');
  text = text.replace(/(\p{L})–(?=\s)/gu, '$1 –');
  text = text.replace(DOUBLE_QUOTES, (_q, offset: number, whole: string) => {
    const before = offset === 0 ? '' : whole[offset - 1]!;
    return before === '' || /[\s([{\n:]/.test(before) ? '\u201C' : '\u201D';
  });
  text = text.replace(/\b(TP|Tp)\.(?=\p{Lu})/gu, '$1. ');
  text = modernTonePlacement(text);
  text = text.replace(/ +/g, ' ');
  text = text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return text;
}
