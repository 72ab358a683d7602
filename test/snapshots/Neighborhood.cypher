// Neighborhood {"id":"UGVyc29uOnBlci1waGFtLXRoaWVuLW5naGlh","depth":2,"limit":30}: 1 statement(s), one per round trip

// 1. READ; parameters: $center, $depth, $entityLabels, $limit, $types
WITH $center AS key
CALL (key) {
  MATCH (c:Person {id: key.id}) WHERE key.label = 'Person' RETURN c
  UNION
  MATCH (c:Organization {id: key.id}) WHERE key.label = 'Organization' RETURN c
  UNION
  MATCH (c:Event {id: key.id}) WHERE key.label = 'Event' RETURN c
  UNION
  MATCH (c:Program {id: key.id}) WHERE key.label = 'Program' RETURN c
  UNION
  MATCH (c:Model {id: key.id}) WHERE key.label = 'Model' RETURN c
  UNION
  MATCH (c:Campaign {id: key.id}) WHERE key.label = 'Campaign' RETURN c
  UNION
  MATCH (c:Document {id: key.id}) WHERE key.label = 'Document' RETURN c
  UNION
  MATCH (c:Award {id: key.id}) WHERE key.label = 'Award' RETURN c
  UNION
  MATCH (c:Place {id: key.id}) WHERE key.label = 'Place' RETURN c
  UNION
  MATCH (c:Source {id: key.id}) WHERE key.label = 'Source' RETURN c
}
WITH c, [c] AS seen, [c] AS frontier, false AS truncated

CALL (seen, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 1 AND NOT truncated THEN frontier ELSE [] END AS a
  CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE 'HELD_ROLE' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE 'HELD_ROLE' IN $types RETURN b
}
  WITH DISTINCT b WHERE NOT b IN seen
  ORDER BY b.sortKey, b.id
  LIMIT toInteger($limit) + 1
  RETURN collect(b) AS found
}
WITH c, seen, found, truncated, toInteger($limit) - size(seen) AS room
WITH c, seen + found[0..room] AS seen, found[0..room] AS frontier, truncated OR size(found) > room AS truncated

CALL (seen, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 2 AND NOT truncated THEN frontier ELSE [] END AS a
  CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE 'HELD_ROLE' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE 'HELD_ROLE' IN $types RETURN b
}
  WITH DISTINCT b WHERE NOT b IN seen
  ORDER BY b.sortKey, b.id
  LIMIT toInteger($limit) + 1
  RETURN collect(b) AS found
}
WITH c, seen, found, truncated, toInteger($limit) - size(seen) AS room
WITH c, seen + found[0..room] AS seen, found[0..room] AS frontier, truncated OR size(found) > room AS truncated

CALL (seen, frontier, truncated) {
  UNWIND CASE WHEN $depth >= 3 AND NOT truncated THEN frontier ELSE [] END AS a
  CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE 'HELD_ROLE' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE 'HELD_ROLE' IN $types RETURN b
}
  WITH DISTINCT b WHERE NOT b IN seen
  ORDER BY b.sortKey, b.id
  LIMIT toInteger($limit) + 1
  RETURN collect(b) AS found
}
WITH c, seen, found, truncated, toInteger($limit) - size(seen) AS room
WITH c, seen + found[0..room] AS seen, found[0..room] AS frontier, truncated OR size(found) > room AS truncated
CALL (seen) {
  UNWIND seen AS a
  WITH a, seen, COUNT { (a)-[:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]->() } AS outgoing
  CALL (a, seen, outgoing) {
    WITH a, seen, outgoing WHERE outgoing <= size(seen)
    MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]->(b) WHERE type(r) IN $types AND b IN seen
    RETURN r
    UNION ALL
    WITH a, seen, outgoing WHERE outgoing > size(seen)
    UNWIND seen AS b
    MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY]->(b) WHERE type(r) IN $types
    RETURN r
  }
  RETURN collect({type: type(r), from: {label: [l IN labels(startNode(r)) WHERE l IN $entityLabels][0], id: startNode(r).id}, to: {label: [l IN labels(endNode(r)) WHERE l IN $entityLabels][0], id: endNode(r).id}, props: r {.id, .role, .since, .date}, observations: []}) AS stored
}
CALL (seen) {
  CALL (seen) {
    UNWIND seen AS p
    MATCH (p:Person)-[h:HAS_ROLE]->(ro:RoleObservation)-[i:IN_ORGANIZATION]->(o:Organization) WHERE 'HELD_ROLE' IN $types AND o IN seen
    WITH DISTINCT p, o, ro.title AS title
RETURN {type: 'HELD_ROLE', from: {label: [l IN labels(p) WHERE l IN $entityLabels][0], id: p.id}, to: {label: [l IN labels(o) WHERE l IN $entityLabels][0], id: o.id}, props: {title: title}, observations: []} AS edge
  }
  RETURN collect(edge) AS held
}
RETURN [n IN seen | {label: [l IN labels(n) WHERE l IN $entityLabels][0], props: n {.id, .name, .title}}] AS nodes, truncated, stored + held AS edges
