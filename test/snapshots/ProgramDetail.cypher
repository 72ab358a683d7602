// ProgramDetail {"id":"UHJvZ3JhbTpwci1waG9uZy1kaWVuLWRhbi12YW4tMjAyMS0yMDI1"}: 1 statement(s), one per round trip

// 1. READ; parameters: $s0_ids, $s1_ids, $s2_ids
CALL () {
UNWIND $s0_ids AS id MATCH (n:Program {id: id}) RETURN id AS requested, [n.id, n.endYear, n.name, n.sourceIds, n.startYear] AS props, COLLECT { UNWIND coalesce(n.sourceIds, []) AS sourceId MATCH (s:Source {id: sourceId}) RETURN s {.*, searchText: null, nameKeys: null, text: null, publishedAtFrom: toString(s.publishedAtFrom), publishedAtTo: toString(s.publishedAtTo), pageDateFrom: toString(s.pageDateFrom), pageDateTo: toString(s.pageDateTo)} } AS sources
}
RETURN 0 AS part, collect([requested, props, sources]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (a:Program {id: key})<-[r:PARTY_TO]-(b:Organization)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 1 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s2_ids AS key
MATCH (a:Program {id: key})-[r:SIGNED_AT]->(b:Event)
RETURN key, [b.id, b.date, b.datePrecision, b.name] AS node, {} AS rel
ORDER BY key, coalesce(b.dateFrom, b.observedAtFrom, b.publishedAtFrom, date("9999-12-31")), b.id
}
RETURN 2 AS part, collect([key, node, rel]) AS rows
