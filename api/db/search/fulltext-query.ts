import { foldVietnamese } from '../../../model/text.js';

/** Longest query honoured, in words; the rest is ignored so a pasted paragraph cannot build a huge Lucene query. */
export const MAX_QUERY_WORDS = 16;

/**
 * Longest word looked up as given, in characters; a longer one is looked up
 * by its first MAX_WORD_LENGTH characters, as a prefix. Lucene builds a prefix
 * query's automaton with a state per character and refuses one of more than
 * 1000 ("input automaton is too large"), and its tokenizer never indexes a
 * word longer than 255 characters whole anyway.
 */
export const MAX_WORD_LENGTH = 64;

/** What a user's search text becomes: the Lucene query for the index, and the folded words to compare names with. */
export interface SearchTerms {
  /** A Lucene query over folded text in which no character of the input is interpreted as syntax. */
  lucene: string;
  /** The folded words of the query, split the way names are split for ranking (letters and digits only). */
  words: string[];
}

// Every character the classic Lucene query parser gives a meaning to.
const LUCENE_SYNTAX = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function boundedWord(word: string): { word: string; cut: boolean } {
  // UTF-16 units are never fewer than characters: only a long word is counted.
  const characters = word.length > MAX_WORD_LENGTH ? [...word] : null;
  return characters && characters.length > MAX_WORD_LENGTH ? { word: characters.slice(0, MAX_WORD_LENGTH).join(''), cut: true } : { word, cut: false };
}

function escape(word: string): string {
  return word.replace(LUCENE_SYNTAX, (char) => `\\${char}`);
}

/**
 * Turns search text into a Lucene query over `searchText` (folded, analysed by
 * `standard-no-stop-words`):
 * - every word is required; the last one may also be a prefix, so results come
 *   as the user types;
 * - several words also score as a phrase, so "hoi quan" ranks words standing
 *   together above words scattered through a description;
 * - words are escaped, not stripped, so the analyser tokenises them as it
 *   tokenised the stored text ("tp.ho" is one token there); a wildcard is only
 *   added to a word made of letters and digits, because Lucene does not analyse
 *   wildcard terms;
 * - at most MAX_QUERY_WORDS words of at most MAX_WORD_LENGTH characters reach
 *   Lucene, whatever the text (a word cut short is looked up as a prefix).
 * Null when the text has no letter or digit to look for.
 */
export function searchTerms(userText: string): SearchTerms | null {
  const folded = foldVietnamese(userText);
  const queryWords = folded
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter((w) => WORD_CHAR.test(w))
    .slice(0, MAX_QUERY_WORDS)
    .map(boundedWord);
  if (queryWords.length === 0) return null;

  const last = queryWords.length - 1;
  const clauses = queryWords.map(({ word, cut }, i) => {
    const plain = /^[\p{L}\p{N}]+$/u.test(word);
    if (plain && cut) return `+${word}*`;
    return i === last && plain ? `+(${word} ${word}*)` : `+${escape(word)}`;
  });
  if (queryWords.length > 1) clauses.push(`"${queryWords.map(({ word }) => escape(word)).join(' ')}"^2`);

  const words = queryWords.map(({ word }) => word).join(' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return { lucene: clauses.join(' '), words };
}
