import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import type { SearchTerms } from './fulltext-query.js';
import { matchEntity } from '../graph/graph.cypher.js';
import { rankHits, type RankedHit } from './search-ranking.js';

/** At most this many index hits are ranked and counted; a search matching more is narrowed by its user, not paged to the end. */
export const MAX_SEARCH_HITS = 1000;

/**
 * The full-text hits of entities of $labels, best Lucene score first, each
 * with what ranking needs and nothing more: ranking happens in the API
 * (search-ranking.ts), and only the page's nodes are then read in full.
 */
const HITS = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label LIMIT toInteger($maxHits)
RETURN collect({label: label, id: node.id, names: [coalesce(node.name, node.title)] + coalesce(node.aliases, []), sortKey: node.sortKey, score: score}) AS hits`;

/** The nodes of one page of hits, by label and id. */
const PAGE_NODES = `
UNWIND $keys AS key
${matchEntity('key', 'n')}
RETURN key.label + ':' + key.id AS key, properties(n) AS props`;

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

  /**
   * One page of the ranked hits of `terms` among nodes of `labels`, and how
   * many hits there are. Two round trips when the page holds anything: the
   * hits, then the page's nodes.
   */
  async search(terms: SearchTerms, labels: readonly EntityLabel[], window: { offset: number; limit: number }): Promise<SearchPage> {
    const [row] = await this.executor.read<{ hits: RankedHit[] }>(HITS, {
      lucene: terms.lucene,
      labels: labels.filter((l) => (ENTITY_LABELS as readonly string[]).includes(l)),
      maxHits: MAX_SEARCH_HITS,
    });
    const hits = row?.hits ?? [];
    const page = rankHits(hits, terms.words).slice(window.offset, window.offset + window.limit);
    if (page.length === 0) return { total: hits.length, hits: [] };
    const nodes = await this.executor.coalescedRead<{ key: string; props: Record<string, unknown> }>(
      PAGE_NODES,
      { keys: page.map((h) => ({ label: h.label, id: h.id })) },
      ['key', 'props'],
    );
    const propsByKey = new Map(nodes.map((n) => [n.key, n.props]));
    // A hit deleted between the two statements drops out of the page rather than failing the search.
    const found = page.filter((h) => propsByKey.has(`${h.label}:${h.id}`));
    return {
      total: hits.length,
      hits: found.map((h) => ({ node: toNodeRow(h.label, propsByKey.get(`${h.label}:${h.id}`)!), score: h.relevance })),
    };
  }
}
