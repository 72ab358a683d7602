// Models {"filter":{"text":"hoi quan"},"first":10}: 2 statement(s), one per round trip

// 1. READ; parameters: $queries
UNWIND $queries AS q
CALL (q) {
  CALL (q) {
    MATCH (:Place {id: q.place})<-[steps:PART_OF|SUCCEEDED_BY*0..]-(inside:Place) WHERE all(step IN steps WHERE CASE type(step) WHEN 'PART_OF' THEN q.contained ELSE q.succession END)
    MATCH (inside)<-[:ORIGINATED_IN|ADOPTED_IN]-(m:Model)
    RETURN DISTINCT m
    UNION ALL
    UNWIND CASE WHEN q.place IS NULL THEN [true] ELSE [] END AS everyModel
    MATCH (m:Model)
    RETURN m
  }
  WITH q, m
  WHERE (q.words IS NULL OR all(w IN q.words WHERE m.searchText CONTAINS w))
    AND (q.category IS NULL OR replace(reduce(s = toLower(normalize(m.category, NFD)), mark IN ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323'] | replace(s, mark, '')), 'đ', 'd') = q.category)
    AND (q.presentedAt IS NULL OR EXISTS { (m)-[:PRESENTED_AT]->(:Event {id: q.presentedAt}) })
    AND (q.backedBy IS NULL OR EXISTS { (:Program {id: q.backedBy})-[:BACKS]->(m) })
    AND (q.campaign IS NULL OR EXISTS { (m)-[:PART_OF_CAMPAIGN]->(:Campaign {id: q.campaign}) })
  WITH q, m, CASE WHEN q.seenFrom IS NOT NULL OR q.seenTo IS NOT NULL THEN COLLECT {
      MATCH (m)-[:PRESENTED_AT]->(e:Event) WHERE e.dateFrom IS NOT NULL
      RETURN {text: e.date, precision: e.datePrecision, from: e.dateFrom, to: e.dateTo} AS seen
      UNION
      MATCH (s:Source) WHERE s.id IN m.sourceIds AND s.publishedAtFrom IS NOT NULL
      RETURN {text: s.publishedAt, precision: s.publishedAtPrecision, from: s.publishedAtFrom, to: s.publishedAtTo} AS seen
    } ELSE [] END AS seen
  WHERE (q.seenFrom IS NULL AND q.seenTo IS NULL)
     OR any(d IN seen WHERE (q.seenFrom IS NULL OR d.to >= date(q.seenFrom)) AND (q.seenTo IS NULL OR d.from <= date(q.seenTo)))
  WITH m, reduce(first = null, d IN seen | CASE WHEN first IS NULL OR d.from < first.from OR (d.from = first.from AND d.to < first.to) THEN d ELSE first END) AS firstSeen
  ORDER BY m.sortKey, m.id
  RETURN collect(m) AS matches
}
// Nodes are collected, not their properties: only the window's are read.
RETURN q.key AS key, size(matches) AS total, [n IN matches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] | CASE WHEN n:Person THEN n {.*, searchText: null, nameKeys: null} WHEN n:Organization THEN n {.*, searchText: null, nameKeys: null, validFromFrom: toString(n.validFromFrom), validFromTo: toString(n.validFromTo), validToFrom: toString(n.validToFrom), validToTo: toString(n.validToTo)} WHEN n:Event THEN n {.*, searchText: null, nameKeys: null, dateFrom: toString(n.dateFrom), dateTo: toString(n.dateTo)} WHEN n:Program THEN n {.*, searchText: null, nameKeys: null} WHEN n:Model THEN n {.*, searchText: null, nameKeys: null} WHEN n:Campaign THEN n {.*, searchText: null, nameKeys: null} WHEN n:Document THEN n {.*, searchText: null, nameKeys: null, issuedAtFrom: toString(n.issuedAtFrom), issuedAtTo: toString(n.issuedAtTo)} WHEN n:Award THEN n {.*, searchText: null, nameKeys: null} WHEN n:Place THEN n {.*, searchText: null, nameKeys: null, validFromFrom: toString(n.validFromFrom), validFromTo: toString(n.validFromTo), validToFrom: toString(n.validToFrom), validToTo: toString(n.validToTo)} WHEN n:Source THEN n {.*, searchText: null, nameKeys: null, text: null, publishedAtFrom: toString(n.publishedAtFrom), publishedAtTo: toString(n.publishedAtTo), pageDateFrom: toString(n.pageDateFrom), pageDateTo: toString(n.pageDateTo)} WHEN n:RoleObservation THEN n {.*, searchText: null, nameKeys: null, observedAtFrom: toString(n.observedAtFrom), observedAtTo: toString(n.observedAtTo)} ELSE properties(n) END] AS nodes

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
