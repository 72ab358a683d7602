import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../labels.js';
import type { SearchTerms } from './fulltext-query.js';
import { rankHits, type RankedHit } from './search-ranking.js';

/** At most this many index hits are ranked and counted; a search matching more is narrowed by its user, not paged to the end. */
export const MAX_SEARCH_HITS = 1000;

/**
 * The full-text hits of entities of $labels, best Lucene score first, each
 * with what ranking needs and nothing more: ranking happens in the API
 * (search-ranking.ts), and only the page's nodes are then read in full, by
 * the node loader.
 */
const HITS = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label LIMIT toInteger($maxHits)
RETURN collect({label: label, id: node.id, names: [coalesce(node.name, node.title)] + coalesce(node.aliases, []), sortKey: node.sortKey, score: score}) AS hits`;

/** A ranked hit: which node, and its relevance (search-ranking.ts). */
export interface SearchHit {
  label: EntityLabel;
  id: string;
  score: number;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** All Cypher of the search domain. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * One page of the ranked hits of `terms` among nodes of `labels`, and how
   * many hits there are; the nodes themselves are read by whoever shows them.
   */
  async search(terms: SearchTerms, labels: readonly EntityLabel[], window: { offset: number; limit: number }): Promise<SearchPage> {
    const [row] = await this.executor.read<{ hits: RankedHit[] }>(HITS, {
      lucene: terms.lucene,
      labels: labels.filter((l) => (ENTITY_LABELS as readonly string[]).includes(l)),
      maxHits: MAX_SEARCH_HITS,
    });
    const hits = row?.hits ?? [];
    const page = rankHits(hits, terms.words).slice(window.offset, window.offset + window.limit);
    return { total: hits.length, hits: page.map((h) => ({ label: h.label, id: h.id, score: h.relevance })) };
  }
}
