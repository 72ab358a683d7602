import { INDEX_RELATIONSHIP_TYPES } from '../model/graph-model.js';
import { OPERATIONAL_LABELS } from '../model/labels.js';
import { knownLabel, knownType, joins, type NodeLabel, type RelationshipType } from './transfer-model.js';

/**
 * The Cypher of export and import. Label and type names are spliced into
 * statements (Cypher has no parameters for them) only after checking that they
 * are the whitelist's own constants; every value is a parameter.
 */

function checkedLabel(label: NodeLabel): NodeLabel {
  if (knownLabel(label) !== label) throw new Error(`not a label of the graph model: ${String(label)}`);
  return label;
}

function checkedType(type: RelationshipType): RelationshipType {
  if (knownType(type) !== type) throw new Error(`not a relationship type of the graph model: ${String(type)}`);
  return type;
}

/**
 * Every property but `id` as `[name, value, integer text]`. With lossless
 * integers off the driver reads 3 and 3.0 alike (and integers beyond 2^53 as
 * Infinity), so integers also come as text. A byte array also passes
 * `IS :: LIST<INTEGER>`; the driver gives it as an Int8Array, which is how the
 * exporter tells it from a list.
 */
const propertyEntries = (variable: string) =>
  `[k IN keys(${variable}) WHERE k <> 'id' | [k, ${variable}[k], CASE
      WHEN ${variable}[k] IS :: INTEGER THEN toString(${variable}[k])
      WHEN ${variable}[k] IS :: LIST<INTEGER NOT NULL> THEN [x IN ${variable}[k] | toString(x)]
    END]]`;

/** One page of a label's nodes after the id `$after`, in id order (the id constraint's index serves both). */
export function nodePageStatement(label: NodeLabel): string {
  return `MATCH (n:${checkedLabel(label)})
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, ${propertyEntries('n')} AS props`;
}

export function relationshipPageStatement(type: RelationshipType): string {
  return `MATCH (a)-[r:${checkedType(type)}]->(b)
WHERE r.id > $after
WITH a, r, b ORDER BY r.id LIMIT $limit
RETURN r.id AS id, labels(a)[0] AS startLabel, a.id AS startId, labels(b)[0] AS endLabel, b.id AS endId, ${propertyEntries('r')} AS props`;
}

const SAMPLE = 10;

/**
 * What an export file cannot hold, as a few examples each: nodes whose labels
 * are not exactly one of the graph model's, relationships of other types or
 * between other labels, ids that are not slugs, and `sourceIds` naming no
 * Source. The exporter refuses such a graph instead of writing a file the
 * importer would reject or that would silently lose data.
 *
 * Nodes outside the knowledge graph (OPERATIONAL_LABELS, model/labels.ts) are
 * neither exported nor refused: the migration record, API keys and people's
 * accounts, sessions and sign-in throttles (credentials of this deployment: no
 * hash of a key, a password or a session token leaves through an export) and
 * the audit trail (this deployment's history of writes, not facts) and the
 * proposals of ingestion awaiting review (not facts until accepted). Nor are
 * the relationships the database keeps for reading (INDEX_RELATIONSHIPS,
 * model/graph-model.ts): an import rebuilds them from the facts.
 */
export const UNEXPORTABLE_NODES = `MATCH (n)
WHERE NOT (size(labels(n)) = 1 AND labels(n)[0] IN ${JSON.stringify(OPERATIONAL_LABELS)})
  AND (size(labels(n)) <> 1 OR NOT labels(n)[0] IN $labels OR NOT n.id IS :: STRING NOT NULL OR NOT n.id =~ $slug)
RETURN labels(n) AS labels, n.id AS id, elementId(n) AS elementId
LIMIT ${SAMPLE}`;

export const UNEXPORTABLE_RELATIONSHIPS = `MATCH (a)-[r]->(b)
WHERE NOT type(r) IN ${JSON.stringify(INDEX_RELATIONSHIP_TYPES)}
  AND (NOT [type(r), labels(a)[0], labels(b)[0]] IN $allowed OR NOT r.id IS :: STRING NOT NULL OR NOT r.id =~ $slug)
RETURN type(r) AS type, r.id AS id, labels(a) AS startLabels, a.id AS startId, labels(b) AS endLabels, b.id AS endId
LIMIT ${SAMPLE}`;

export const DANGLING_SOURCE_IDS = `CALL () {
  MATCH (n) WHERE n.sourceIds IS NOT NULL RETURN n.sourceIds AS sourceIds, 'node ' + coalesce(n.id, elementId(n)) AS holder
  UNION ALL
  MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL RETURN r.sourceIds AS sourceIds, 'relationship ' + coalesce(r.id, elementId(r)) AS holder
}
UNWIND sourceIds AS sourceId
WITH sourceId, holder
WHERE NOT EXISTS { MATCH (s:Source) WHERE s.id = sourceId }
RETURN sourceId, collect(holder)[0] AS holder
LIMIT ${SAMPLE}`;

/** Every [type, start label, end label] the graph model allows, for UNEXPORTABLE_RELATIONSHIPS. */
export function allowedTriples(types: readonly RelationshipType[], labels: readonly NodeLabel[]): Array<[RelationshipType, NodeLabel, NodeLabel]> {
  return types.flatMap((type) => labels.flatMap((a) => labels.filter((b) => joins(type, a, b)).map((b): [RelationshipType, NodeLabel, NodeLabel] => [type, a, b])));
}

/** Ids of `$ids` that no node of the label has. */
export function missingNodesStatement(label: NodeLabel): string {
  return `UNWIND $ids AS id
OPTIONAL MATCH (n:${checkedLabel(label)} {id: id})
WITH id, n WHERE n IS NULL
RETURN id`;
}

/** How many nodes have the label (read from Neo4j's count store, not by scanning). */
export function labelCountStatement(label: NodeLabel): string {
  return `MATCH (n:${checkedLabel(label)}) RETURN count(n) AS count`;
}

export function typeCountStatement(type: RelationshipType): string {
  return `MATCH ()-[r:${checkedType(type)}]->() RETURN count(r) AS count`;
}

/*
 * The write statements take a batch as parameters: `$props`, the properties
 * of each node or relationship, its id among them, and for relationships the
 * ids of the endpoints in `$starts` and `$ends`, in the same order.
 */

/**
 * For a label the database has no node of: every row becomes a new node. The
 * file holds each id once (the check saw to it), so this gives what
 * mergeNodesStatement would, without the index lookup and the Eager that MERGE
 * followed by `SET n = …` costs. The id constraint still guards the commit.
 */
export function createNodesStatement(label: NodeLabel): string {
  return `UNWIND $props AS props
CREATE (n:${checkedLabel(label)})
SET n = props
RETURN count(n) AS written`;
}

/**
 * MERGE on the id, then replace the properties with the file's (`SET n = …`),
 * so a node that is already as the file says is written with the values it has,
 * and one that differs becomes what the file says.
 */
export function mergeNodesStatement(label: NodeLabel): string {
  return `UNWIND $props AS props
MERGE (n:${checkedLabel(label)} {id: props.id})
SET n = props
RETURN count(n) AS written`;
}

/** The checked type, and the lines that find each row's endpoints by id (`a`, `b`) with its properties (`props`). */
function endpointsOf(type: RelationshipType, start: NodeLabel, end: NodeLabel): [RelationshipType, string] {
  const t = checkedType(type);
  if (!joins(t, start, end)) throw new Error(`${t} does not join ${start} to ${end}`);
  return [
    t,
    `UNWIND range(0, size($props) - 1) AS i
WITH $starts[i] AS startId, $ends[i] AS endId, $props[i] AS props
MATCH (a:${checkedLabel(start)} {id: startId})
MATCH (b:${checkedLabel(end)} {id: endId})`,
  ];
}

/**
 * A relationship whose id is already used between other nodes is moved (deleted,
 * then merged between the file's endpoints), as the seed loader does, so the
 * id constraint holds and the file wins.
 */
export function mergeRelationshipsStatement(type: RelationshipType, start: NodeLabel, end: NodeLabel): string {
  const [t, endpoints] = endpointsOf(type, start, end);
  return `${endpoints}
OPTIONAL MATCH (x)-[moved:${t} {id: props.id}]->(y)
WHERE x <> a OR y <> b
DELETE moved
WITH DISTINCT props, a, b
MERGE (a)-[r:${t} {id: props.id}]->(b)
SET r = props
RETURN count(r) AS written`;
}

/**
 * For a relationship type the database has none of: nothing can need moving or
 * merging, so each row is a new relationship between the file's endpoints.
 */
export function createRelationshipsStatement(type: RelationshipType, start: NodeLabel, end: NodeLabel): string {
  const [t, endpoints] = endpointsOf(type, start, end);
  return `${endpoints}
CREATE (a)-[r:${t}]->(b)
SET r = props
RETURN count(r) AS written`;
}
