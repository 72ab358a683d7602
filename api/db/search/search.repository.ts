import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import type { SearchTerms } from './fulltext-query.js';

/** At most this many index hits are ranked and counted; a search matching more is narrowed by its user, not paged to the end. */
export const MAX_SEARCH_HITS = 1000;

/**
 * Folds a name into its words inside Cypher the way search text is folded in
 * JavaScript (lower case, marks stripped, đ → d), with any other character a
 * word break. Neo4j has no function for it, so the characters are walked.
 */
const NAME_WORDS = `[w IN split(reduce(s = '', ch IN split(normalize(toLower(text), NFD), '') |
      s + CASE WHEN ch =~ $markChar THEN '' WHEN ch = 'đ' THEN 'd' WHEN ch =~ $wordChar THEN ch ELSE ' ' END), ' ') WHERE w <> '']`;

/** The query words found in a row of name words starting at position i; the last query word may be a prefix. */
const PHRASE_AT = (i: string) => `all(j IN range(0, size($words) - 1) WHERE
      CASE WHEN j = size($words) - 1 THEN name[${i} + j] STARTS WITH $words[j] ELSE name[${i} + j] = $words[j] END)`;

/**
 * Full-text hits ranked in tiers: a name or alias equal to the query, then one
 * starting with it, then one containing it, then matches in the description
 * only. Within a tier the Lucene score (normalised to the best hit) orders, so
 * the relevance of tier t lies in (t, t + 1]; then the name, then the id.
 */
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label LIMIT toInteger($maxHits)
WITH node, score, label,
  [text IN [coalesce(node.name, node.title)] + coalesce(node.aliases, []) WHERE text IS NOT NULL | ${NAME_WORDS}] AS names
WITH node, score, label, CASE
    WHEN any(name IN names WHERE name = $words) THEN 3
    WHEN any(name IN names WHERE size(name) >= size($words) AND ${PHRASE_AT('0')}) THEN 2
    WHEN any(name IN names WHERE any(i IN range(0, size(name) - size($words)) WHERE ${PHRASE_AT('i')})) THEN 1
    ELSE 0 END AS tier
WITH collect({node: node, score: score, label: label, tier: tier}) AS hits, max(score) AS best
UNWIND hits AS hit
WITH size(hits) AS total, hit, hit.tier + hit.score / best AS relevance
ORDER BY relevance DESC, hit.node.sortKey, hit.node.id
WITH total, collect({label: hit.label, props: properties(hit.node), relevance: relevance}) AS ranked
RETURN total, ranked[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS page`;

export interface SearchHit {
  node: NodeRow;
  score: number;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** All Cypher of the search domain. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** One page of the ranked hits of `terms` among nodes of `labels`, and how many hits there are. */
  async search(terms: SearchTerms, labels: readonly EntityLabel[], window: { offset: number; limit: number }): Promise<SearchPage> {
    const rows = await this.executor.read<{ total: number; page: { label: string; props: Record<string, unknown>; relevance: number }[] }>(SEARCH, {
      lucene: terms.lucene,
      words: terms.words,
      labels: labels.filter((l) => (ENTITY_LABELS as readonly string[]).includes(l)),
      maxHits: MAX_SEARCH_HITS,
      offset: window.offset,
      limit: window.limit,
      markChar: '\\p{M}',
      wordChar: '[\\p{L}\\p{N}]',
    });
    const row = rows[0];
    if (!row) return { total: 0, hits: [] };
    return { total: row.total, hits: row.page.map((h) => ({ node: toNodeRow(h.label, h.props), score: h.relevance })) };
  }
}
