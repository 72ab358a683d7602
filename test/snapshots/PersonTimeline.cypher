// PersonTimeline {"id":"UGVyc29uOnBlci1waGFtLXRoaWVuLW5naGlh"}: 1 statement(s), one per round trip

// 1. READ; parameters: $s0_ids, $s1_ids, $s2_queries
CALL () {
UNWIND $s0_ids AS id MATCH (n:Person {id: id}) RETURN id AS requested, [n.id, n.aliases, n.name] AS props
}
RETURN 0 AS part, collect([requested, props]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (p:Person {id: key})-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization)
RETURN key, [ro.id, ro.observedAt, toString(ro.observedAtFrom), ro.observedAtPrecision, toString(ro.observedAtTo), ro.sourceIds, ro.title] AS observation, [p.id] AS person, [o.id, o.name, o.sortKey] AS organization,
  [(ro)-[:AT_EVENT]->(e:Event) | [e.id, e.date, e.datePrecision, e.name]][0] AS event,
  COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN [s.id, s.publishedAt, s.publishedAtPrecision, s.publisher, s.title] }[0] AS source
}
RETURN 1 AS part, collect([key, observation, person, organization, event, source]) AS rows
UNION ALL
CALL () {
UNWIND $s2_queries AS q
CALL (q) {
  MATCH (:Person {id: q.personId})-[r:PARTICIPATED_IN]->(e:Event)
  WHERE q.role IS NULL OR r.role = q.role
  WITH r, e ORDER BY e.dateFrom IS NULL, e.dateFrom, e.id, r.id
  RETURN collect([r, e]) AS matches
}
CALL (q, matches) {
  UNWIND matches[toInteger(q.offset) .. toInteger(q.offset) + toInteger(q.limit)] AS m
  WITH m[0] AS r, m[1] AS e
  RETURN collect({node: [e.id, e.date, e.datePrecision, e.name], rel: properties(r), places: COLLECT { MATCH (e)-[h:HELD_IN]->(pl:Place) RETURN {node: [pl.id, pl.name], rel: properties(h)} AS place ORDER BY pl.sortKey, pl.id }}) AS items
}
RETURN q.key AS key, size(matches) AS total, items
}
RETURN 2 AS part, collect([key, total, items]) AS rows
