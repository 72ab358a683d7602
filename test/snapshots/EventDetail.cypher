// EventDetail {"id":"RXZlbnQ6ZXYtZG9uZy10aGFwLXNvLWtldC1kdmNxLTIwMjI"}: 1 statement(s), one per round trip

// 1. READ; parameters: $s0_ids, $s1_ids, $s2_ids, $s3_ids, $s4_ids, $s5_ids, $s6_ids
CALL () {
UNWIND $s0_ids AS id MATCH (n:Event {id: id}) RETURN id AS requested, [n.id, n.date, n.datePrecision, n.kind, n.name, n.online, n.sourceIds] AS props, COLLECT { UNWIND coalesce(n.sourceIds, []) AS sourceId MATCH (s:Source {id: sourceId}) RETURN s {.*, searchText: null, nameKeys: null, text: null, publishedAtFrom: toString(s.publishedAtFrom), publishedAtTo: toString(s.publishedAtTo), pageDateFrom: toString(s.pageDateFrom), pageDateTo: toString(s.pageDateTo)} } AS sources
}
RETURN 0 AS part, collect([requested, props, sources]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (a:Event {id: key})-[r:HELD_IN]->(b:Place)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 1 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s2_ids AS key
MATCH (a:Event {id: key})<-[r:ORGANIZED]-(b:Organization)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 2 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s3_ids AS key
MATCH (a:Event {id: key})<-[r:PARTICIPATED_IN]-(b:Person)
RETURN key, [b.id, b.name] AS node, properties(r) AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 3 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s4_ids AS key
MATCH (a:Event {id: key})<-[r:PRESENTED_AT]-(b:Model)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 4 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s5_ids AS key
MATCH (a:Event {id: key})<-[r:SIGNED_AT]-(b:Program)
RETURN key, [b.id, b.name, b.sortKey] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 5 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s6_ids AS key
MATCH (a:Event {id: key})<-[r:REVIEWED_AT]-(b:Program)
RETURN key, [b.id, b.name, b.sortKey] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 6 AS part, collect([key, node, rel]) AS rows
