// Models {"filter":{"text":"hoi quan"},"first":10}: 2 statement(s), one per round trip

// 1. READ; parameters: $queries, $window
UNWIND $queries AS q
CALL (q) {
  MATCH (m:Model)
  WITH q, m
  WHERE (q.words IS NULL OR all(w IN q.words WHERE m.searchText CONTAINS w))
  WITH collect(m) AS matches
  CALL (matches) {
    UNWIND matches AS found
    WITH found AS m
    ORDER BY m.sortKey, m.id
    LIMIT toInteger($window)
    RETURN collect(m) AS firstMatches
  }
  RETURN size(matches) AS total, firstMatches
}
// Nodes are collected, not their properties: only the window's are read.
RETURN q.key AS key, total, [n IN firstMatches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] | CASE WHEN n:Person THEN n {.*, searchText: null, nameKeys: null} WHEN n:Organization THEN n {.*, searchText: null, nameKeys: null, validFromFrom: toString(n.validFromFrom), validFromTo: toString(n.validFromTo), validToFrom: toString(n.validToFrom), validToTo: toString(n.validToTo)} WHEN n:Event THEN n {.*, searchText: null, nameKeys: null, dateFrom: toString(n.dateFrom), dateTo: toString(n.dateTo)} WHEN n:Program THEN n {.*, searchText: null, nameKeys: null} WHEN n:Model THEN n {.*, searchText: null, nameKeys: null} WHEN n:Campaign THEN n {.*, searchText: null, nameKeys: null} WHEN n:Document THEN n {.*, searchText: null, nameKeys: null, issuedAtFrom: toString(n.issuedAtFrom), issuedAtTo: toString(n.issuedAtTo)} WHEN n:Award THEN n {.*, searchText: null, nameKeys: null} WHEN n:Place THEN n {.*, searchText: null, nameKeys: null, validFromFrom: toString(n.validFromFrom), validFromTo: toString(n.validFromTo), validToFrom: toString(n.validToFrom), validToTo: toString(n.validToTo)} WHEN n:Source THEN n {.*, searchText: null, nameKeys: null, text: null, publishedAtFrom: toString(n.publishedAtFrom), publishedAtTo: toString(n.publishedAtTo), pageDateFrom: toString(n.pageDateFrom), pageDateTo: toString(n.pageDateTo)} WHEN n:RoleObservation THEN n {.*, searchText: null, nameKeys: null, observedAtFrom: toString(n.observedAtFrom), observedAtTo: toString(n.observedAtTo)} ELSE properties(n) END] AS nodes

// 2. READ; parameters: $s0_ids, $s1_ids, $s2_ids, $s3_ids, $s4_ids
CALL () {
UNWIND $s0_ids AS key
MATCH (a:Model {id: key})-[r:ORIGINATED_IN]->(b:Place)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 0 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (a:Model {id: key})-[r:ADOPTED_IN]->(b:Place)
RETURN key, [b.id, b.name, b.sortKey] AS node, r {.*, sinceFrom: toString(r.sinceFrom), sinceTo: toString(r.sinceTo)} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 1 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s2_ids AS key
MATCH (a:Model {id: key})-[r:PRESENTED_AT]->(b:Event)
RETURN key, [b.id, b.date, b.datePrecision, b.name] AS node, {} AS rel
ORDER BY key, coalesce(b.dateFrom, b.observedAtFrom, b.publishedAtFrom, date("9999-12-31")), b.id
}
RETURN 2 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s3_ids AS key
MATCH (m:Model {id: key})
WITH key, m, COLLECT {
      MATCH (m)-[:PRESENTED_AT]->(e:Event) WHERE e.dateFrom IS NOT NULL
      RETURN {text: e.date, precision: e.datePrecision, from: e.dateFrom, to: e.dateTo} AS seen
      UNION
      MATCH (s:Source) WHERE s.id IN m.sourceIds AND s.publishedAtFrom IS NOT NULL
      RETURN {text: s.publishedAt, precision: s.publishedAtPrecision, from: s.publishedAtFrom, to: s.publishedAtTo} AS seen
    } AS seen
RETURN key, reduce(first = null, d IN seen | CASE WHEN first IS NULL OR d.from < first.from OR (d.from = first.from AND d.to < first.to) THEN d ELSE first END) AS firstSeen
}
RETURN 3 AS part, collect([key, firstSeen]) AS rows
UNION ALL
CALL () {
UNWIND $s4_ids AS id MATCH (n:Source {id: id}) RETURN id AS requested, [n.id, n.title] AS props
}
RETURN 4 AS part, collect([requested, props]) AS rows
