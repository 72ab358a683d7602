// OfficeHolders {"id":"T3JnYW5pemF0aW9uOm9yZy11Ym5kLXRpbmgtZG9uZy10aGFw"}: 1 statement(s), one per round trip

// 1. READ; parameters: $s0_ids, $s1_ids, $s2_queries
CALL () {
UNWIND $s0_ids AS id MATCH (n:Organization {id: id}) RETURN id AS requested, [n.id, n.kind, n.level, n.name] AS props
}
RETURN 0 AS part, collect([requested, props]) AS rows
UNION ALL
CALL () {
UNWIND $s1_ids AS key
MATCH (a:Organization {id: key})-[r:LOCATED_IN]->(b:Place)
RETURN key, [b.id, b.name] AS node, {} AS rel
ORDER BY key, b.sortKey, b.id
}
RETURN 1 AS part, collect([key, node, rel]) AS rows
UNION ALL
CALL () {
UNWIND $s2_queries AS q
MATCH (o:Organization {id: q.organizationId})<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
WITH q, o, p, ro.title AS title, collect({node: ro, from: coalesce(ro.observedAtFrom, date('9999-12-31')), to: coalesce(ro.observedAtTo, date('0000-01-01')), id: ro.id}) AS held
WITH q, o, p, held,
  reduce(f = head(held), x IN tail(held) | CASE WHEN x.from < f.from OR (x.from = f.from AND (x.to < f.to OR (x.to = f.to AND x.id < f.id))) THEN x ELSE f END) AS first,
  reduce(l = head(held), x IN tail(held) | CASE WHEN x.to > l.to OR (x.to = l.to AND (x.from > l.from OR (x.from = l.from AND x.id > l.id))) THEN x ELSE l END) AS last
WHERE q.at IS NULL OR (first.from <= date(q.at) AND date(q.at) <= last.to)
WITH q, o, p, [x IN CASE WHEN first.id = last.id THEN [first] ELSE [first, last] END | x.node] AS kept
WITH q, o, p, [ro IN kept | ro {.id, .title, .observedAt, .observedAtPrecision, observedAtFrom: toString(ro.observedAtFrom), observedAtTo: toString(ro.observedAtTo)}] AS held
WITH q, o, collect({person: [p.id, p.name, p.sortKey], observations: held}) AS holders
RETURN q.key AS key, o {.*, searchText: null, nameKeys: null, validFromFrom: toString(o.validFromFrom), validFromTo: toString(o.validFromTo), validToFrom: toString(o.validToFrom), validToTo: toString(o.validToTo)} AS organization, holders
}
RETURN 2 AS part, collect([key, organization, holders]) AS rows
