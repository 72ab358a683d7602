/**
 * Text normalisation shared by every writer and by search.
 *
 * Neo4j's `standard-folding` analyzer folds diacritics but then drops English
 * stop words, which eats Vietnamese syllables once folded ("Tô" → "to",
 * "Thế" → "the"). So text is folded here, stored in `searchText`, indexed with
 * `standard-no-stop-words`, and queries are folded the same way.
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

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * A user's search text as a Lucene query over folded text: every word must
 * match, the last one also as a prefix so results come as the user types.
 * Lucene syntax in the input is escaped, never interpreted.
 */
export function toFulltextQuery(userText: string): string | null {
  const words = foldVietnamese(userText)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const exact = words.map((w) => `+${w}`).join(' ');
  // The phrase boosts results whose words stand together ("hoi quan" over "hoi ... quan").
  const phrase = words.length > 1 ? ` "${words.join(' ')}"^2` : '';
  const prefix = words.length === 1 ? ` ${last}*^0.5` : '';
  return words.length === 1 ? `(${exact}${prefix})` : `(${exact})${phrase} OR (${words.slice(0, -1).map((w) => `+${w}`).join(' ')} +${last}*)`;
}
