// PlaceDetail {"id":"UGxhY2U6cGwtZG9uZy10aGFw"}: 1 statement(s), one per round trip

// 1. READ; parameters: $s0_ids, $s1_ids, $s2_ids, $s2_validAt
CALL () {
UNWIND $s0_ids AS id MATCH (n:Place {id: id}) RETURN id AS requested, [n.id, n.kind, n.name] AS props
}
RETURN 0 AS part, collect([requested, props]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (a:Place {id: key})-[r:PART_OF]->(b:Place)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 1 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s2_ids AS key
MATCH (child:Place)-[:PART_OF]->(:Place {id: key})
WHERE $s2_validAt IS NULL OR ((child.validFromFrom IS NULL OR child.validFromFrom <= date($s2_validAt)) AND (child.validToTo IS NULL OR child.validToTo >= date($s2_validAt)))
RETURN key, child {.*, searchText: null, nameKeys: null, validFromFrom: toString(child.validFromFrom), validFromTo: toString(child.validFromTo), validToFrom: toString(child.validToFrom), validToTo: toString(child.validToTo)} AS node
ORDER BY key, child.sortKey, child.id
}
RETURN 2 AS part, collect([key, node]) AS rows
