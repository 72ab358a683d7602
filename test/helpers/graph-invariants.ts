import assert from 'node:assert/strict';
import type { Executor } from '../../api/db/executor.js';
import { ENTITY_LABELS, INDEX_RELATIONSHIP_TYPES, INDEX_RELATIONSHIPS, NODE_LABELS, RELATIONSHIP_ENDPOINTS, type NodeLabel, type RelationshipType } from '../../model/graph-model.js';
import { OPERATIONAL_LABELS } from '../../model/labels.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { auditedNodeView, relationshipView } from '../../api/db/write/entity-record.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';

/**
 * What must hold in the database whatever happened to it — a crash of Neo4j
 * or of the API in the middle of writes included. Each rule is one Cypher
 * query returning the offenders (at most a few, as examples); the audit trail
 * is compared with the graph in JavaScript.
 */
const OUTSIDE_THE_GRAPH: readonly string[] = OPERATIONAL_LABELS;
const FACT_LABELS = NODE_LABELS.filter((l) => l !== 'Source');
const JOINTS = Object.entries({ ...RELATIONSHIP_ENDPOINTS, ...INDEX_RELATIONSHIPS }).flatMap(([type, pairs]) => pairs.map(([from, to]) => `${type}:${from}:${to}`));
// What the database keeps for reading (decision 032) is not a fact: no id, no sources.
const FACT_RELATIONSHIP = `NOT type(r) IN ${JSON.stringify(INDEX_RELATIONSHIP_TYPES)}`;

/**
 * Models whose IN_SCOPE_OF (api/db/scope/model-scope.ts) differ from the walk
 * they stand for: the places reached from the model's own places through
 * PART_OF and SUCCEEDED_BY at any remove. A writer that forgets the stored
 * scope shows up here.
 */
export const MODEL_SCOPE_OFFENDERS = `MATCH (m:Model)
WITH m,
  COLLECT { MATCH (m)-[:ORIGINATED_IN|ADOPTED_IN]->(:Place)-[:PART_OF|SUCCEEDED_BY*0..]->(p:Place) RETURN DISTINCT p.id AS id ORDER BY id } AS walked,
  COLLECT { MATCH (m)-[s:IN_SCOPE_OF]->(p) RETURN [p.id, s.place = p.id AND s.sortKey = m.sortKey AND s.model = m.id AND p:Place] AS entry ORDER BY entry[0] } AS stored
WHERE walked <> [e IN stored | e[0]] OR any(e IN stored WHERE NOT e[1])
RETURN m.id AS id, walked, [e IN stored | e[0]] AS stored LIMIT 5`;

const RULES: { rule: string; cypher: string }[] = [
  {
    rule: 'every node has exactly one label of the model',
    cypher: 'MATCH (n) WHERE size(labels(n)) <> 1 OR NOT labels(n)[0] IN $labels RETURN labels(n) AS labels, n.id AS id LIMIT 5',
  },
  {
    rule: 'every node has an id',
    cypher: "MATCH (n) WHERE NOT n:SchemaMigration AND (n.id IS NULL OR n.id = '') RETURN labels(n) AS labels, elementId(n) AS element LIMIT 5",
  },
  {
    rule: 'ids are unique per label',
    cypher: 'MATCH (n) WHERE n.id IS NOT NULL WITH labels(n)[0] AS label, n.id AS id, count(*) AS copies WHERE copies > 1 RETURN label, id, copies LIMIT 5',
  },
  {
    rule: 'every fact node cites at least one source',
    cypher: 'MATCH (n) WHERE labels(n)[0] IN $factLabels AND (n.sourceIds IS NULL OR size(n.sourceIds) = 0) RETURN labels(n)[0] AS label, n.id AS id LIMIT 5',
  },
  {
    rule: "every node's sourceIds name existing Sources",
    cypher: `MATCH (n) WHERE n.sourceIds IS NOT NULL AND NOT n:AuditEntry UNWIND n.sourceIds AS source
WITH n, source WHERE NOT EXISTS { MATCH (:Source {id: source}) } RETURN labels(n)[0] AS label, n.id AS id, source LIMIT 5`,
  },
  {
    rule: 'every entity has its name or title and what writers derive from it',
    cypher: `MATCH (n) WHERE labels(n)[0] IN $entityLabels
  AND (coalesce(n.name, n.title) IS NULL OR n.searchText IS NULL OR n.nameKeys IS NULL OR n.sortKey IS NULL OR (NOT n:Source AND n.aliases IS NULL))
RETURN labels(n)[0] AS label, n.id AS id LIMIT 5`,
  },
  {
    rule: 'every role observation is whole: a title, a date, one person, one organisation, at most one event',
    cypher: `MATCH (ro:RoleObservation)
WHERE ro.title IS NULL OR ro.observedAt IS NULL
  OR COUNT { (:Person)-[:HAS_ROLE]->(ro) } <> 1 OR COUNT { (ro)-[:IN_ORGANIZATION]->(:Organization) } <> 1 OR COUNT { (ro)-[:AT_EVENT]->() } > 1
RETURN ro.id AS id LIMIT 5`,
  },
  {
    rule: 'no write lock marker is left on a node or relationship',
    cypher: `CALL () {
  MATCH (n) WHERE n.__lock IS NOT NULL OR n.__created IS NOT NULL RETURN labels(n)[0] AS what, n.id AS id
  UNION ALL
  MATCH ()-[r]->() WHERE r.__lock IS NOT NULL RETURN type(r) AS what, r.id AS id
} RETURN what, id LIMIT 5`,
  },
  {
    rule: 'every relationship has an id and cites at least one source',
    cypher: `MATCH ()-[r]->() WHERE ${FACT_RELATIONSHIP} AND (r.id IS NULL OR r.id = '' OR r.sourceIds IS NULL OR size(r.sourceIds) = 0) RETURN type(r) AS type, r.id AS id LIMIT 5`,
  },
  {
    rule: 'relationship ids are unique per type',
    cypher: `MATCH ()-[r]->() WHERE ${FACT_RELATIONSHIP} WITH type(r) AS type, r.id AS id, count(*) AS copies WHERE copies > 1 RETURN type, id, copies LIMIT 5`,
  },
  {
    rule: "every relationship's sourceIds name existing Sources",
    cypher: `MATCH ()-[r]->() UNWIND r.sourceIds AS source
WITH r, source WHERE NOT EXISTS { MATCH (:Source {id: source}) } RETURN type(r) AS type, r.id AS id, source LIMIT 5`,
  },
  {
    rule: 'relationships join only the labels the model allows',
    cypher: "MATCH (a)-[r]->(b) WITH type(r) + ':' + labels(a)[0] + ':' + labels(b)[0] AS joint, r WHERE NOT joint IN $joints RETURN joint, r.id AS id LIMIT 5",
  },
  {
    rule: 'API keys, audit entries and migration records have no relationships',
    cypher: 'MATCH (n)-[r]-() WHERE labels(n)[0] IN $outside RETURN labels(n)[0] AS label, n.id AS id, type(r) AS type LIMIT 5',
  },
  {
    rule: "every model's stored scope is the places the walk finds, once each, with the place's id and the model's sort key and id",
    cypher: MODEL_SCOPE_OFFENDERS,
  },
  {
    rule: 'a merged id is remembered by one survivor and names no live node of its label',
    cypher: `MATCH (n) WHERE n.mergedIds IS NOT NULL UNWIND n.mergedIds AS merged
WITH labels(n)[0] AS label, merged, collect(n.id) AS survivors
WHERE size(survivors) > 1 OR COUNT { MATCH (m) WHERE m.id = merged AND labels(m)[0] = label } > 0
RETURN label, merged, survivors LIMIT 5`,
  },
];

/** Names of the constraints and indexes the migrations create. */
function schemaNames(): { constraints: string[]; indexes: string[] } {
  const statements = readMigrations(MIGRATIONS_DIR).flatMap((m) => m.statements);
  const named = (pattern: RegExp) => statements.flatMap((s) => (pattern.exec(s)?.[1] ? [pattern.exec(s)![1]!] : []));
  return { constraints: named(/^CREATE CONSTRAINT (\w+)/), indexes: named(/^CREATE (?:FULLTEXT |RANGE )?INDEX (\w+)/) };
}

async function schemaViolations(executor: Executor): Promise<string[]> {
  const expected = schemaNames();
  const violations: string[] = [];
  const constraints = new Set((await executor.read<{ name: string }>('SHOW CONSTRAINTS YIELD name')).map((r) => r.name));
  const missing = expected.constraints.filter((n) => !constraints.has(n));
  if (missing.length > 0) violations.push(`the migrations' constraints exist: missing ${missing.join(', ')}`);
  // After a crash Neo4j may still be bringing an index back; wait for that rather than report it.
  await executor.read('CALL db.awaitIndexes(60)');
  const indexes = await executor.read<{ name: string; state: string }>('SHOW INDEXES YIELD name, state');
  const notOnline = indexes.filter((i) => i.state !== 'ONLINE').map((i) => `${i.name} ${i.state}`);
  if (notOnline.length > 0) violations.push(`every index is online: ${notOnline.join(', ')}`);
  const absent = expected.indexes.filter((n) => !indexes.some((i) => i.name === n));
  if (absent.length > 0) violations.push(`the migrations' indexes exist: missing ${absent.join(', ')}`);
  const version = (await executor.read<{ version: number | null }>('MATCH (m:SchemaMigration) RETURN max(m.version) AS version'))[0]?.version;
  const latest = readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0;
  if (version !== latest) violations.push(`the schema is at version ${latest}: found ${version}`);
  return violations;
}

interface AuditChange {
  kind: 'node' | 'relationship' | 'references';
  label: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One node or relationship as the audit trail names it. */
const itemKey = (kind: string, label: string, id: string) => `${kind}:${label}:${id}`;

/** Every audit entry, its changes parsed; entries that cannot be read are reported. */
export async function readAuditTrail(executor: Executor): Promise<{ entries: { id: string; operation: string; entityIds: string[]; changes: AuditChange[] }[]; violations: string[] }> {
  const rows = await executor.read<{ id: unknown; at: unknown; operation: unknown; entityIds: unknown; changes: unknown }>(
    'MATCH (a:AuditEntry) RETURN a.id AS id, a.at AS at, a.operation AS operation, a.entityIds AS entityIds, a.changes AS changes',
  );
  const violations: string[] = [];
  const entries = rows.flatMap((r) => {
    let changes: unknown;
    try {
      changes = JSON.parse(String(r.changes));
    } catch {
      changes = null;
    }
    if (typeof r.id !== 'string' || typeof r.operation !== 'string' || r.at === null || !Array.isArray(r.entityIds) || !Array.isArray(changes)) {
      violations.push(`every audit entry is whole (id, at, operation, entityIds, changes): ${JSON.stringify(r.id)} is not`);
      return [];
    }
    return [{ id: r.id, operation: r.operation, entityIds: r.entityIds as string[], changes: changes as AuditChange[] }];
  });
  return { entries, violations };
}

/**
 * The audit trail against the graph, for a database every write of which went
 * through the API or the key commands (not the seed loader, which writes no
 * entries): every node and relationship that exists was created by exactly
 * one more audited change than deleted it, every one that does not exist by
 * as many; its current state is the `after` of one of its audited changes
 * (no change escaped the trail); and every entity an entry is about exists,
 * was deleted by an audited change, or was merged into one that exists.
 */
async function auditViolations(executor: Executor): Promise<string[]> {
  const { entries, violations } = await readAuditTrail(executor);
  const tally = new Map<string, { created: number; deleted: number; afters: Set<string> }>();
  const repointedTo = new Set<string>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      if (change.kind === 'references') {
        if (change.after && typeof change.after.id === 'string') repointedTo.add(change.after.id);
        continue;
      }
      const key = itemKey(change.kind, change.label, change.id);
      const t = tally.get(key) ?? { created: 0, deleted: 0, afters: new Set<string>() };
      if (change.before === null && change.after !== null) t.created += 1;
      if (change.after === null) t.deleted += 1;
      if (change.after !== null) t.afters.add(JSON.stringify(change.after));
      tally.set(key, t);
    }
  }

  const nodes = await executor.read<{ label: string; id: string; props: Record<string, unknown> }>(
    // Sessions and sign-in counters come and go with every sign-in: the trail records the writes of accounts, not their use.
    'MATCH (n) WHERE NOT n:AuditEntry AND NOT n:SchemaMigration AND NOT n:UserSession AND NOT n:SignInThrottle RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props',
  );
  const relationships = await executor.read<{ type: string; id: string; from: string; to: string; props: Record<string, unknown> }>(
    // The stored scope is derived, never audited: its own rule compares it with the facts.
    `MATCH (a)-[r]->(b) WHERE ${FACT_RELATIONSHIP} RETURN type(r) AS type, r.id AS id, a.id AS from, b.id AS to, properties(r) AS props`,
  );
  const present = new Map<string, string | null>();
  for (const n of nodes) {
    present.set(itemKey('node', n.label, n.id), (NODE_LABELS as readonly string[]).includes(n.label) ? JSON.stringify(auditedNodeView(n.label as NodeLabel, n.props)) : null);
  }
  for (const r of relationships) {
    present.set(itemKey('relationship', r.type, r.id), JSON.stringify({ _from: r.from, _to: r.to, ...relationshipView(r.type as RelationshipType, r.props) }));
  }
  // Rewrites of references by id (sourceIds after a Source merge, presentedById after a Person merge) are
  // recorded as one block, not per item: an item naming a repointed id may differ from its last audited state.
  const namesRepointed = (view: string) => [...repointedTo].some((id) => view.includes(JSON.stringify(id)));

  const problems: string[] = [];
  for (const key of new Set([...present.keys(), ...tally.keys()])) {
    const t = tally.get(key) ?? { created: 0, deleted: 0, afters: new Set<string>() };
    const exists = present.has(key);
    if (t.created - t.deleted !== (exists ? 1 : 0)) {
      problems.push(`${key} ${exists ? 'exists' : 'does not exist'} but the trail records ${t.created} creation(s) and ${t.deleted} deletion(s)`);
      continue;
    }
    const view = present.get(key);
    if (exists && view && !t.afters.has(view) && !namesRepointed(view)) problems.push(`${key} is in a state no audited change left it in`);
  }
  const liveIds = new Set(nodes.map((n) => n.id));
  const mergedIds = new Set(nodes.flatMap((n) => (Array.isArray(n.props.mergedIds) ? (n.props.mergedIds as string[]) : [])));
  const deletedIds = new Set([...tally.entries()].filter(([, t]) => t.deleted > 0).map(([key]) => key.split(':').slice(2).join(':')));
  for (const entry of entries) {
    const unknown = entry.entityIds.filter((id) => !liveIds.has(id) && !mergedIds.has(id) && !deletedIds.has(id));
    if (unknown.length > 0) problems.push(`audit entry ${entry.id} (${entry.operation}) is about ${unknown.join(', ')}, which neither exists nor was deleted or merged`);
  }
  return [...violations, ...problems.slice(0, 10).map((p) => `the audit trail matches the graph: ${p}`), ...(problems.length > 10 ? [`… and ${problems.length - 10} more`] : [])];
}

/**
 * Every broken rule, with examples; empty when the database is consistent.
 * The comparison with the audit trail assumes that every write went through
 * the API or the key commands: a database the seed loader wrote to has nodes
 * no entry accounts for.
 */
export async function graphViolations(executor: Executor): Promise<string[]> {
  const params = { labels: [...NODE_LABELS, ...OUTSIDE_THE_GRAPH], factLabels: FACT_LABELS, entityLabels: [...ENTITY_LABELS], joints: JOINTS, outside: OUTSIDE_THE_GRAPH };
  const violations: string[] = [];
  for (const { rule, cypher } of RULES) {
    const offenders = await executor.read(cypher, params);
    if (offenders.length > 0) violations.push(`${rule}: ${offenders.map((o) => JSON.stringify(o)).join('; ')}`);
  }
  violations.push(...(await schemaViolations(executor)));
  violations.push(...(await auditViolations(executor)));
  return violations;
}

/** Asserts that the database is consistent (see graphViolations), listing every broken rule when it is not. */
export async function assertGraphInvariants(executor: Executor): Promise<void> {
  assert.deepEqual(await graphViolations(executor), []);
}
