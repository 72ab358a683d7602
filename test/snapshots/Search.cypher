// Search {"q":"hoi quan","kinds":["MODEL","EVENT"],"first":5}: 1 statement(s), one per round trip

// 1. READ; parameters: $labels, $limit, $lucene, $maxHits, $offset, $phrase
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
  RETURN collect({label: hit.label, score: relevance, props: node {.id, .name}, sources: null}) AS page
}
RETURN size(hits) AS total, page
