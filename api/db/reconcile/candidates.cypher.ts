import { ENTITY_LABELS } from '../../../model/labels.js';

/**
 * Candidates for a batch of mentions in one statement: for each query, the
 * best full-text hits of its label (folded words, each allowed one typo's
 * distance), then what matching needs of each hit — its names, the
 * organisations a person held titles at (with the days each observation
 * covers), an organisation with its parents, the places it is tied to and the
 * places those are part of, and the days a place existed or an event happened.
 * Labels are compared with $labels (the fixed list); none comes from input.
 */
export const CANDIDATES = `
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('entity_search', q.lucene) YIELD node, score
  WHERE q.label IN labels(node)
  RETURN node LIMIT toInteger($perMention)
}
WITH q, node, [l IN labels(node) WHERE l IN $labels][0] AS label
RETURN q.index AS index, node.id AS id, label, coalesce(node.name, node.title) AS name, coalesce(node.aliases, []) AS aliases,
  CASE label
    WHEN 'Person' THEN COLLECT {
      MATCH (node)-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization)
      RETURN {names: [o.name] + coalesce(o.aliases, []), from: toString(ro.observedAtFrom), to: toString(ro.observedAtTo)}
    }
    WHEN 'Organization' THEN COLLECT {
      MATCH (node)-[:PART_OF*0..2]->(o:Organization)
      RETURN {names: [o.name] + coalesce(o.aliases, []), from: null, to: null}
    }
    ELSE []
  END AS organizations,
  CASE label
    WHEN 'Person' THEN COLLECT {
      MATCH (node)-[:HAS_ROLE]->(:RoleObservation)-[:IN_ORGANIZATION]->(:Organization)-[:PART_OF*0..2]->(:Organization)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..2]->(p:Place)
      RETURN DISTINCT p.name
    }
    WHEN 'Organization' THEN COLLECT {
      MATCH (node)-[:PART_OF*0..2]->(:Organization)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..2]->(p:Place)
      RETURN DISTINCT p.name
    }
    WHEN 'Place' THEN COLLECT { MATCH (node)-[:PART_OF*1..3]->(p:Place) RETURN DISTINCT p.name }
    WHEN 'Event' THEN COLLECT { MATCH (node)-[:HELD_IN]->(:Place)-[:PART_OF*0..2]->(p:Place) RETURN DISTINCT p.name }
    WHEN 'Model' THEN COLLECT { MATCH (node)-[:ORIGINATED_IN|ADOPTED_IN]->(:Place)-[:PART_OF*0..2]->(p:Place) RETURN DISTINCT p.name }
    WHEN 'Program' THEN COLLECT { MATCH (node)-[:APPLIES_IN]->(:Place)-[:PART_OF*0..2]->(p:Place) RETURN DISTINCT p.name }
    ELSE []
  END AS places,
  CASE label
    WHEN 'Place' THEN {from: toString(node.validFromFrom), to: toString(node.validToTo)}
    WHEN 'Event' THEN {from: toString(node.dateFrom), to: toString(node.dateTo)}
    ELSE null
  END AS period
ORDER BY index, id`;

export const RECONCILE_LABELS: readonly string[] = ENTITY_LABELS;
