/**
 * Tokens of the normalised text, with their character ranges. A word is a
 * run of letters and digits; a code or a number keeps its inner separators
 * ("05-CT/TW", "24/3/2021", "VHTT-TT", "2021–2025"); every other non-space
 * character is a token of its own. Matching works on `lower` (lower case,
 * diacritics kept: "Bí thư" and "bị thu" stay apart).
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word or code starting with a capital letter. */
  capitalised: boolean;
  isWord: boolean;
}

// Separators join only between digits or capitals ("05-CT/TW", "TP.HCM", "24/3/2021"), never words ("Tỉnh ủy/Chủ tịch").
// An apostrophe between letters belongs to the word ("H'Bơ", names of the Central Highlands).
const TOKEN = /[\p{L}\p{N}]+(?:(?:(?<=[\p{Lu}\p{N}])[./\-–](?=[\p{Lu}\p{N}])|(?<=\p{L})['’](?=\p{L}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const isWord = /[\p{L}\p{N}]/u.test(value[0]!);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: offset + match.index!,
      end: offset + match.index! + value.length,
      capitalised: /^\p{Lu}/u.test(value),
      isWord,
    });
  }
  return tokens;
}

const phraseCache = new Map<string, string[]>();

/** The lower-case tokens of a phrase, as the vocabularies are matched (kept per phrase: vocabulary phrases recur). */
export function phraseTokens(phrase: string): string[] {
  let tokens = phraseCache.get(phrase);
  if (!tokens) {
    tokens = tokenize(phrase.normalize('NFC')).map((t) => t.lower);
    if (phraseCache.size < 10_000) phraseCache.set(phrase, tokens);
  }
  return tokens;
}
