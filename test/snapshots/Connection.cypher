// Connection {"from":"UGVyc29uOnBlci1waGFtLXRoaWVuLW5naGlh","to":"UGVyc29uOnBlci1sZS10aGFuaC1jb25n"}: 2 statement(s), one per round trip

// 1. READ; parameters: $backward, $ends, $entityLabels, $forward, $maxRows, $types
CALL () {
  UNWIND $ends AS key
  CALL (key) {
  MATCH (a:Person {id: key.id}) WHERE key.label = 'Person' RETURN a
  UNION
  MATCH (a:Organization {id: key.id}) WHERE key.label = 'Organization' RETURN a
  UNION
  MATCH (a:Event {id: key.id}) WHERE key.label = 'Event' RETURN a
  UNION
  MATCH (a:Program {id: key.id}) WHERE key.label = 'Program' RETURN a
  UNION
  MATCH (a:Model {id: key.id}) WHERE key.label = 'Model' RETURN a
  UNION
  MATCH (a:Campaign {id: key.id}) WHERE key.label = 'Campaign' RETURN a
  UNION
  MATCH (a:Document {id: key.id}) WHERE key.label = 'Document' RETURN a
  UNION
  MATCH (a:Award {id: key.id}) WHERE key.label = 'Award' RETURN a
  UNION
  MATCH (a:Place {id: key.id}) WHERE key.label = 'Place' RETURN a
  UNION
  MATCH (a:Source {id: key.id}) WHERE key.label = 'Source' RETURN a
}
  RETURN collect(key) AS existing
}
CALL () {
  UNWIND $forward AS key
  CALL (key) {
  MATCH (a:Person {id: key.id}) WHERE key.label = 'Person' RETURN a
  UNION
  MATCH (a:Organization {id: key.id}) WHERE key.label = 'Organization' RETURN a
  UNION
  MATCH (a:Event {id: key.id}) WHERE key.label = 'Event' RETURN a
  UNION
  MATCH (a:Program {id: key.id}) WHERE key.label = 'Program' RETURN a
  UNION
  MATCH (a:Model {id: key.id}) WHERE key.label = 'Model' RETURN a
  UNION
  MATCH (a:Campaign {id: key.id}) WHERE key.label = 'Campaign' RETURN a
  UNION
  MATCH (a:Document {id: key.id}) WHERE key.label = 'Document' RETURN a
  UNION
  MATCH (a:Award {id: key.id}) WHERE key.label = 'Award' RETURN a
  UNION
  MATCH (a:Place {id: key.id}) WHERE key.label = 'Place' RETURN a
  UNION
  MATCH (a:Source {id: key.id}) WHERE key.label = 'Source' RETURN a
}
  CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY|CONTACT_FOR]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE 'HELD_ROLE' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE 'HELD_ROLE' IN $types RETURN b
}
  WITH key, b LIMIT toInteger($maxRows)
  WITH key, collect({key: {label: [l IN labels(b) WHERE l IN $entityLabels][0], id: b.id}, degree: COUNT { (b)--() }}) AS neighbours
  RETURN collect({key: key, neighbours: neighbours}) AS forward
}
CALL () {
  UNWIND $backward AS key
  CALL (key) {
  MATCH (a:Person {id: key.id}) WHERE key.label = 'Person' RETURN a
  UNION
  MATCH (a:Organization {id: key.id}) WHERE key.label = 'Organization' RETURN a
  UNION
  MATCH (a:Event {id: key.id}) WHERE key.label = 'Event' RETURN a
  UNION
  MATCH (a:Program {id: key.id}) WHERE key.label = 'Program' RETURN a
  UNION
  MATCH (a:Model {id: key.id}) WHERE key.label = 'Model' RETURN a
  UNION
  MATCH (a:Campaign {id: key.id}) WHERE key.label = 'Campaign' RETURN a
  UNION
  MATCH (a:Document {id: key.id}) WHERE key.label = 'Document' RETURN a
  UNION
  MATCH (a:Award {id: key.id}) WHERE key.label = 'Award' RETURN a
  UNION
  MATCH (a:Place {id: key.id}) WHERE key.label = 'Place' RETURN a
  UNION
  MATCH (a:Source {id: key.id}) WHERE key.label = 'Source' RETURN a
}
  CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY|CONTACT_FOR]-(b) WHERE type(r) IN $types RETURN b
  UNION
  MATCH (a)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(b:Organization) WHERE 'HELD_ROLE' IN $types RETURN b
  UNION
  MATCH (a)<-[:IN_ORGANIZATION]-(:RoleObservation)<-[:HAS_ROLE]-(b:Person) WHERE 'HELD_ROLE' IN $types RETURN b
}
  WITH key, b LIMIT toInteger($maxRows)
  WITH key, collect({key: {label: [l IN labels(b) WHERE l IN $entityLabels][0], id: b.id}, degree: COUNT { (b)--() }}) AS neighbours
  RETURN collect({key: key, neighbours: neighbours}) AS backward
}
RETURN existing, forward, backward

// 2. READ; parameters: $entityLabels, $keys, $pairs, $types
CALL () {
  UNWIND $keys AS key
  CALL (key) {
  MATCH (a:Person {id: key.id}) WHERE key.label = 'Person' RETURN a
  UNION
  MATCH (a:Organization {id: key.id}) WHERE key.label = 'Organization' RETURN a
  UNION
  MATCH (a:Event {id: key.id}) WHERE key.label = 'Event' RETURN a
  UNION
  MATCH (a:Program {id: key.id}) WHERE key.label = 'Program' RETURN a
  UNION
  MATCH (a:Model {id: key.id}) WHERE key.label = 'Model' RETURN a
  UNION
  MATCH (a:Campaign {id: key.id}) WHERE key.label = 'Campaign' RETURN a
  UNION
  MATCH (a:Document {id: key.id}) WHERE key.label = 'Document' RETURN a
  UNION
  MATCH (a:Award {id: key.id}) WHERE key.label = 'Award' RETURN a
  UNION
  MATCH (a:Place {id: key.id}) WHERE key.label = 'Place' RETURN a
  UNION
  MATCH (a:Source {id: key.id}) WHERE key.label = 'Source' RETURN a
}
  RETURN collect({label: key.label, props: a {.id, .name, .title}}) AS nodes
}
CALL () {
  UNWIND $pairs AS pair
  WITH pair[0] AS one, pair[1] AS other
  CALL (one) {
  MATCH (a:Person {id: one.id}) WHERE one.label = 'Person' RETURN a
  UNION
  MATCH (a:Organization {id: one.id}) WHERE one.label = 'Organization' RETURN a
  UNION
  MATCH (a:Event {id: one.id}) WHERE one.label = 'Event' RETURN a
  UNION
  MATCH (a:Program {id: one.id}) WHERE one.label = 'Program' RETURN a
  UNION
  MATCH (a:Model {id: one.id}) WHERE one.label = 'Model' RETURN a
  UNION
  MATCH (a:Campaign {id: one.id}) WHERE one.label = 'Campaign' RETURN a
  UNION
  MATCH (a:Document {id: one.id}) WHERE one.label = 'Document' RETURN a
  UNION
  MATCH (a:Award {id: one.id}) WHERE one.label = 'Award' RETURN a
  UNION
  MATCH (a:Place {id: one.id}) WHERE one.label = 'Place' RETURN a
  UNION
  MATCH (a:Source {id: one.id}) WHERE one.label = 'Source' RETURN a
}
  CALL (other) {
  MATCH (b:Person {id: other.id}) WHERE other.label = 'Person' RETURN b
  UNION
  MATCH (b:Organization {id: other.id}) WHERE other.label = 'Organization' RETURN b
  UNION
  MATCH (b:Event {id: other.id}) WHERE other.label = 'Event' RETURN b
  UNION
  MATCH (b:Program {id: other.id}) WHERE other.label = 'Program' RETURN b
  UNION
  MATCH (b:Model {id: other.id}) WHERE other.label = 'Model' RETURN b
  UNION
  MATCH (b:Campaign {id: other.id}) WHERE other.label = 'Campaign' RETURN b
  UNION
  MATCH (b:Document {id: other.id}) WHERE other.label = 'Document' RETURN b
  UNION
  MATCH (b:Award {id: other.id}) WHERE other.label = 'Award' RETURN b
  UNION
  MATCH (b:Place {id: other.id}) WHERE other.label = 'Place' RETURN b
  UNION
  MATCH (b:Source {id: other.id}) WHERE other.label = 'Source' RETURN b
}
  CALL (a, b) {
    MATCH (a)-[r:PARTICIPATED_IN|AUTHORED|PART_OF|LOCATED_IN|ORGANIZED|ATTENDED|PARTY_TO|ISSUED|GRANTED|PUBLISHED|HELD_IN|SIGNED_AT|REVIEWED_AT|APPLIES_IN|BACKS|PRESENTED_AT|ORIGINATED_IN|ADOPTED_IN|PART_OF_CAMPAIGN|IMPLEMENTS|AWARDED_AT|AWARDED_FOR|PRESENTED|ABOUT|SUCCEEDED_BY|CONTACT_FOR]-(b) WHERE type(r) IN $types
    RETURN {type: type(r), from: {label: [l IN labels(startNode(r)) WHERE l IN $entityLabels][0], id: startNode(r).id}, to: {label: [l IN labels(endNode(r)) WHERE l IN $entityLabels][0], id: endNode(r).id}, props: r {.id, .role, .since, .date}, observations: []} AS edge
    UNION ALL
    WITH a AS p, b AS o
    MATCH (p:Person)-[h:HAS_ROLE]->(ro:RoleObservation)-[i:IN_ORGANIZATION]->(o:Organization) WHERE 'HELD_ROLE' IN $types
    WITH DISTINCT p, o, ro.title AS title
RETURN {type: 'HELD_ROLE', from: {label: [l IN labels(p) WHERE l IN $entityLabels][0], id: p.id}, to: {label: [l IN labels(o) WHERE l IN $entityLabels][0], id: o.id}, props: {title: title}, observations: []} AS edge
    UNION ALL
    WITH b AS p, a AS o
    MATCH (p:Person)-[h:HAS_ROLE]->(ro:RoleObservation)-[i:IN_ORGANIZATION]->(o:Organization) WHERE 'HELD_ROLE' IN $types
    WITH DISTINCT p, o, ro.title AS title
RETURN {type: 'HELD_ROLE', from: {label: [l IN labels(p) WHERE l IN $entityLabels][0], id: p.id}, to: {label: [l IN labels(o) WHERE l IN $entityLabels][0], id: o.id}, props: {title: title}, observations: []} AS edge
  }
  RETURN collect(edge) AS edges
}
RETURN nodes, edges
