/**
 * The floor: one hand-written Cypher statement per contract operation, returning
 * what the operation returns (ids are the graph's slugs, not global ids). What
 * a client could get with no GraphQL layer, no loaders and no mapping at all —
 * the lower bound any API over this database can approach. Pattern
 * comprehensions keep each statement a single round trip.
 */
import { RELATIONSHIP_TYPES } from '../../../model/graph-model.js';

// Every relationship that states a fact (derived ones included), not what the
// database keeps for reading (IN_SCOPE_OF, decision 032): the graph the floor walks.
const FACTS = RELATIONSHIP_TYPES.join('|');

export const FLOOR_CYPHER: Record<string, string> = {
  Search: `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WITH node, score LIMIT 1000
WITH collect({id: node.id, label: labels(node)[0], name: coalesce(node.name, node.title), score: score}) AS hits
RETURN size(hits) AS totalCount, hits[0..$first] AS edges`,

  PersonTimeline: `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization)
  WITH ro, o ORDER BY ro.observedAtFrom
  WITH ro.title AS title, o, min(ro.observedAtFrom) AS firstSeen, max(ro.observedAtTo) AS lastSeen,
    collect({observedAt: ro.observedAt, title: ro.title,
      event: [(ro)-[:AT_EVENT]->(e:Event) | {id: e.id, name: e.name, date: e.date}][0],
      source: COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN {id: s.id, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt} }[0]}) AS observations
  RETURN collect({title: title, organization: {id: o.id, name: o.name}, firstSeen: toString(firstSeen), lastSeen: toString(lastSeen), observations: observations}) AS roles
}
CALL (p) {
  OPTIONAL MATCH (p)-[pa:PARTICIPATED_IN]->(e:Event)
  WITH pa, e ORDER BY e.dateFrom DESC
  WITH collect(CASE WHEN e IS NULL THEN null ELSE {role: pa.role, titleAtEvent: pa.titleAtEvent,
    node: {id: e.id, name: e.name, date: e.date, place: [(e)-[:HELD_IN]->(pl:Place) | {id: pl.id, name: pl.name}][0]}} END) AS every
  RETURN size(every) AS totalCount, every[0..50] AS appearances
}
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, roles, totalCount, appearances`,

  OfficeHolders: `
MATCH (o:Organization {id: $id})
CALL (o) {
  OPTIONAL MATCH (o)<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
  WITH ro.title AS title, p, min(ro.observedAtFrom) AS firstSeen, max(ro.observedAtTo) AS lastSeen
  WHERE p IS NOT NULL AND ($at IS NULL OR (firstSeen <= date($at) AND date($at) <= lastSeen))
  RETURN collect({title: title, person: {id: p.id, name: p.name}, firstSeen: toString(firstSeen), lastSeen: toString(lastSeen)}) AS officeHolders
}
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.level AS level,
  [(o)-[:LOCATED_IN]->(pl:Place) | {id: pl.id, name: pl.name}][0] AS place, officeHolders`,

  Models: `
MATCH (root:Place {id: $place})
MATCH (pl:Place)-[:PART_OF*0..4]->(root)
MATCH (m:Model)-[:ORIGINATED_IN|ADOPTED_IN]->(pl)
WITH DISTINCT m ORDER BY m.sortKey, m.id
WITH collect(m) AS every
UNWIND every[0..$first] AS m
WITH size(every) AS totalCount, m
RETURN totalCount, collect({id: m.id, name: m.name, description: m.description, category: m.category,
  originPlace: [(m)-[:ORIGINATED_IN]->(o:Place) | {id: o.id, name: o.name}][0],
  places: [(m)-[:ADOPTED_IN]->(a:Place) | {id: a.id, name: a.name}],
  events: [(m)-[:PRESENTED_AT]->(e:Event) | {id: e.id, name: e.name, date: e.date}],
  firstSeen: toString(reduce(first = null, d IN [(m)-[:PRESENTED_AT]->(e:Event) | e.dateFrom] | CASE WHEN first IS NULL OR d < first THEN d ELSE first END)),
  sources: COLLECT { MATCH (s:Source) WHERE s.id IN m.sourceIds RETURN {id: s.id, title: s.title} }}) AS edges`,

  EventDetail: `
MATCH (e:Event {id: $id})
RETURN e.id AS id, e.name AS name, e.date AS date, e.kind AS kind, e.online AS online,
  [(e)-[:HELD_IN]->(pl:Place) | {id: pl.id, name: pl.name}][0] AS place,
  [(o:Organization)-[:ORGANIZED]->(e) | {id: o.id, name: o.name}] AS organizers,
  [(p:Person)-[pa:PARTICIPATED_IN]->(e) | {role: pa.role, titleAtEvent: pa.titleAtEvent, person: {id: p.id, name: p.name}}] AS participants,
  [(m:Model)-[:PRESENTED_AT]->(e) | {id: m.id, name: m.name}] AS models,
  [(pr:Program)-[:SIGNED_AT|REVIEWED_AT]->(e) | {id: pr.id, name: pr.name}] AS programs,
  COLLECT { MATCH (s:Source) WHERE s.id IN e.sourceIds RETURN {id: s.id, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt} } AS sources`,

  Neighborhood: `
MATCH (a:Person {id: $id})
CALL (a) { MATCH (a)-[:${FACTS}]-(b) RETURN collect(DISTINCT b)[0..$limit] AS first }
CALL (a, first) {
  UNWIND first AS b
  MATCH (b)-[:${FACTS}]-(c) WHERE c <> a AND NOT c IN first
  WITH collect(DISTINCT c) AS cs
  RETURN cs[0..($limit - size(first))] AS second
}
WITH [a] + first + second AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[r:${FACTS}]->(m) WHERE m IN nodes
  RETURN collect({type: type(r), from: n.id, to: m.id}) AS edges
}
RETURN [n IN nodes | {label: labels(n)[0], id: n.id, name: coalesce(n.name, n.title)}] AS nodes, edges`,

  Connection: `
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH path = allShortestPaths((a)-[:${FACTS}*..6]-(b))
WITH path LIMIT 5
RETURN length(path) AS length,
  [n IN nodes(path) | {label: labels(n)[0], id: n.id, name: coalesce(n.name, n.title)}] AS nodes,
  [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges`,
};
