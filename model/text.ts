/**
 * Text normalisation shared by every writer and by search.
 *
 * Neo4j's `standard-folding` analyzer folds diacritics but then drops English
 * stop words, which eats Vietnamese syllables once folded ("Tô" → "to",
 * "Thế" → "the"). So text is folded here, stored in `searchText`, indexed with
 * `standard-no-stop-words`, and queries are folded the same way
 * (api/db/search/fulltext-query.ts).
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower case, tone marks and vowel marks removed, đ → d: "Hội quán" → "hoi quan". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * What full-text search matches for an entity: its name, every other spelling
 * and its description, folded. Every writer (seed loader, mutations) derives
 * `searchText` with this one function, so search finds what either wrote.
 */
export function searchTextOf(name: string, aliases: readonly string[], description: string | undefined): string {
  return foldVietnamese(nfc([name, ...aliases, description ?? ''].join(' ')).trim());
}

/**
 * A name as search ranking compares it: folded, every run of characters that
 * are neither letters nor digits made one space ("Hội quán (Đồng Tháp)" →
 * "hoi quan dong thap"), the way queries are split into words
 * (api/db/search/fulltext-query.ts). Stored as `nameKeys`, one per name and
 * alias, so ranking is string comparison inside Neo4j.
 */
export function nameKeyOf(name: string): string {
  return foldVietnamese(nfc(name))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}

/** The keys of a name and its aliases, without empty or repeated ones. */
export function nameKeysOf(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(nameKeyOf).filter((k) => k.length > 0))];
}

// Vietnamese alphabetical order; ă, â, đ, ê, ô, ơ, ư are letters of their own.
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x61 + i)]));
// Tones in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONE_RANK = new Map([
  ['\u0300', '1'],
  ['\u0309', '2'],
  ['\u0303', '3'],
  ['\u0301', '4'],
  ['\u0323', '5'],
]);

/**
 * A key whose plain code-point order is Vietnamese collation order, so Neo4j can
 * sort and page by it with an index: letters first (ă after a, đ after d), tones
 * only to break ties, case last.
 */
export function vietnameseSortKey(text: string): string {
  let letters = '';
  let tones = '';
  for (const char of nfc(text).toLowerCase()) {
    const decomposed = char.normalize('NFD');
    const base = decomposed[0] ?? '';
    const marks = decomposed.slice(1);
    let tone = '0';
    let letter = base;
    for (const mark of marks) {
      if (TONE_RANK.has(mark)) tone = TONE_RANK.get(mark)!;
      else letter = (letter + mark).normalize('NFC');
    }
    const rank = LETTER_RANK.get(letter);
    if (rank) {
      letters += rank;
      tones += tone;
    } else if (/\s/.test(char)) {
      letters += ' ';
    } else if (/[0-9]/.test(char)) {
      // Digits sort before letters, as in every collation.
      letters += '\u0020' + char;
    }
  }
  return `${letters}\u0001${tones}`;
}
