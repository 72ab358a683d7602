import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../../../model/labels.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { withSourcesRead } from '../graph/preloaded.js';
import { citedSources, nodeFields, nodeProperties } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';
import type { SearchTerms } from './fulltext-query.js';

/** At most this many index hits are ranked and counted; a search matching more is narrowed by its user, not paged to the end. */
export const MAX_SEARCH_HITS = 1000;

/**
 * The ranked page of the full-text hits of entities of $labels, and how many
 * there are. Ranking happens here, so only the page leaves Neo4j:
 * - tiers by how a name matches, compared with the names folded to words
 *   (`nameKeys`, model/text.ts): 3 when a name or alias is the query, 2 when
 *   one starts with it (the last word may be cut short, as the user types),
 *   1 when one holds it as a phrase from a word's start, 0 when only other
 *   text (the description) matched;
 * - within a tier, Lucene's score relative to the best hit's;
 * - then the sort key and the id: a total order, so pages are stable.
 * The page's nodes come along, each with its sources as the node loader reads
 * them, so a search costs one statement.
 */
const rankedPage = (properties?: readonly string[]) => `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label LIMIT toInteger($maxHits)
WITH collect({node: node, label: label, score: score}) AS hits, max(score) AS best
CALL (hits, best) {
  UNWIND hits AS hit
  WITH hit, coalesce(hit.node.nameKeys, []) AS keys
  WITH hit, hit.node AS node, CASE
      WHEN $phrase IN keys THEN 3
      WHEN any(key IN keys WHERE key STARTS WITH $phrase) THEN 2
      WHEN any(key IN keys WHERE (' ' + key) CONTAINS (' ' + $phrase)) THEN 1
      ELSE 0
    END + hit.score / best AS relevance
  ORDER BY relevance DESC, hit.node.sortKey, hit.node.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({label: hit.label, score: relevance, ${
    properties
      ? // The sources come along when the fields read them, as with whole nodes.
        `props: ${nodeFields('node', undefined, properties)}, sources: ${properties.includes('sourceIds') ? citedSources('node') : 'null'}`
      : `props: ${nodeProperties('node')}, sources: ${citedSources('node')}`
  }}) AS page
}
RETURN size(hits) AS total, page`;

const statementFor = statementVariants<readonly string[] | undefined>((properties) => properties?.join(',') ?? '*', rankedPage);

/** A ranked hit: the node, and its relevance: tier + Lucene score relative to the best hit's, so tier t lies in (t, t + 1]. */
export interface SearchHit {
  label: EntityLabel;
  row: NodeRow;
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
   * One page of the ranked hits of `terms` among nodes of `labels`, with their
   * nodes, and how many hits there are. The nodes come whole with their
   * sources, or, given `properties`, with only those.
   */
  async search(terms: SearchTerms, labels: readonly EntityLabel[], window: { offset: number; limit: number }, properties?: readonly string[]): Promise<SearchPage> {
    type Hit = { label: EntityLabel; score: number; props: Record<string, unknown>; sources: Record<string, unknown>[] | null };
    const [row] = await this.executor.read<{ total: number; page: Hit[] }>(statementFor(properties), {
      lucene: terms.lucene,
      phrase: terms.words.join(' '),
      labels: labels.filter((l) => (ENTITY_LABELS as readonly string[]).includes(l)),
      maxHits: MAX_SEARCH_HITS,
      offset: window.offset,
      limit: window.limit,
    });
    const hits = (row?.page ?? []).map((h) => ({ label: h.label, score: h.score, row: h.sources ? withSourcesRead(toNodeRow(h.label, h.props), h.sources) : toNodeRow(h.label, h.props) }));
    return { total: row?.total ?? 0, hits };
  }
}
