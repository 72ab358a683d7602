import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../api/db/executor.js';
import { SEED_DIR } from '../../api/paths.js';
import { INDEX_RELATIONSHIP_TYPES } from '../../model/graph-model.js';
import { loadSeed, SeedValidationError, seedIsLoaded } from '../../seed/load/index.js';
import { MODEL_SCOPE_OFFENDERS } from '../helpers/graph-invariants.js';
import { clearData, createTestDriver, createTestExecutor, testNeo4jSettings } from '../helpers/database.js';
import { edit, removeSeedCopies, seedCopy } from '../helpers/seed-copy.js';


/** Neo4j values as comparable plain data: temporal values as their ISO text, map keys sorted. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    if (value.constructor !== Object) return String(value);
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

interface Snapshot {
  nodes: Map<string, string>;
  relationships: Map<string, string>;
}

/** Every node and relationship, keyed by label or type and id, with its properties and endpoints. */
async function snapshot(executor: Executor): Promise<Snapshot> {
  const nodes = await executor.read<{ key: string; props: unknown }>(
    'MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n)[0] + ":" + coalesce(n.id, elementId(n)) AS key, properties(n) AS props',
  );
  const relationships = await executor.read<{ key: string; from: string; to: string; props: unknown }>(
    // The stored scope has no id of its own (decision 032): it is known by its ends.
    'MATCH (a)-[r]->(b) RETURN type(r) + ":" + coalesce(r.id, a.id + "->" + b.id) AS key, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: new Map(nodes.map((n) => [n.key, JSON.stringify(plain(n.props))])),
    relationships: new Map(relationships.map((r) => [r.key, JSON.stringify(plain({ from: r.from, to: r.to, props: r.props }))])),
  };
}

function checksum(s: Snapshot): string {
  const lines = [...s.nodes, ...s.relationships].map(([k, v]) => `${k}=${v}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

async function counts(executor: Executor) {
  const labels = await executor.read<{ label: string; count: number }>('MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label');
  // What the loader writes: the facts; the stored scope it rebuilds after them is checked on its own.
  const types = await executor.read<{ type: string; count: number }>(`MATCH ()-[r]->() WHERE NOT type(r) IN ${JSON.stringify(INDEX_RELATIONSHIP_TYPES)} RETURN type(r) AS type, count(*) AS count ORDER BY type`);
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.label, Number(r.count)])),
    relationships: Object.fromEntries(types.map((r) => [r.type, Number(r.count)])),
  };
}

function changedKeys(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** An executor whose write transaction fails at its n-th statement, to show that a failed load writes nothing. */
class FailingExecutor extends Executor {
  constructor(driver: Driver, private readonly failAt: number) {
    super(driver, { database: testNeo4jSettings().database, transactionTimeoutMs: 30_000 });
  }
  override writeTransaction<R>(work: Parameters<Executor['writeTransaction']>[0]): Promise<R> {
    let statements = 0;
    return super.writeTransaction((tx) => {
      const failing = new Proxy(tx, {
        get: (target, property, receiver) => {
          if (property !== 'run') return Reflect.get(target, property, receiver);
          return (...args: Parameters<typeof tx.run>) => {
            statements += 1;
            if (statements === this.failAt) throw new Error('injected failure');
            return target.run(...args);
          };
        },
      });
      return work(failing) as Promise<R>;
    });
  }
}

describe('seed loader (integration)', () => {
  let driver: Driver;
  let executor: Executor;

  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    await clearData(executor);
  });

  after(async () => {
    // Leave the curated seed in place for the suites that only read it.
    await clearData(executor);
    await loadSeed(executor, { seedDir: SEED_DIR });
    await driver.close();
    removeSeedCopies();
  });

  it('loads into an empty database and reports what it wrote', async () => {
    assert.equal(await seedIsLoaded(executor), false);
    const written = await loadSeed(executor, { seedDir: SEED_DIR });
    assert.deepEqual(await counts(executor), written);
    assert.equal(await seedIsLoaded(executor), true);
    // Every model of the seed is listed under its places (decision 032), exactly as the walk finds them.
    assert.deepEqual(await executor.read(MODEL_SCOPE_OFFENDERS), []);
    assert.deepEqual(await executor.read('MATCH (m:Model) WHERE NOT (m)-[:IN_SCOPE_OF]->() RETURN m.id AS id'), []);
  });

  it('gives identical counts and content when loaded twice', async () => {
    const first = await counts(executor);
    const before = checksum(await snapshot(executor));
    await loadSeed(executor, { seedDir: SEED_DIR });
    assert.deepEqual(await counts(executor), first);
    assert.equal(checksum(await snapshot(executor)), before);
  });

  it('changes just the edited record when a record is edited', async () => {
    const dir = seedCopy();
    edit(dir, 'entities/people.yaml', 'description: Tác giả bài về hội nghị sơ kết', 'description: Phóng viên, tác giả bài về hội nghị sơ kết');
    const before = await snapshot(executor);
    await loadSeed(executor, { seedDir: dir });
    const afterEdit = await snapshot(executor);
    assert.deepEqual(changedKeys(before.nodes, afterEdit.nodes), ['Person:per-van-khuong']);
    assert.deepEqual(changedKeys(before.relationships, afterEdit.relationships), []);
    const [row] = await executor.read<{ description: string; searchText: string }>('MATCH (p:Person {id: "per-van-khuong"}) RETURN p.description AS description, p.searchText AS searchText');
    assert.match(row!.description, /^Phóng viên/);
    assert.match(row!.searchText, /phong vien/);
  });

  it('moves a relationship whose endpoint was edited instead of keeping two with one id', async () => {
    const dir = seedCopy();
    edit(dir, 'facts/004-phong-dien-phoi-hop-dan-van-2021.yaml', '    from: org-ubnd-huyen-phong-dien-thua-thien-hue\n    to: ev-phong-dien', '    from: org-ubmttq-huyen-phong-dien-thua-thien-hue\n    to: ev-phong-dien');
    // The same organisation would now attend twice under two ids; drop the second so the copy stays valid.
    edit(dir, 'facts/004-phong-dien-phoi-hop-dan-van-2021.yaml', '  - id: 004-attended-ubmttq-huyen\n    type: ATTENDED\n    from: org-ubmttq-huyen-phong-dien-thua-thien-hue\n    to: ev-phong-dien-so-ket-phoi-hop-dan-van-2021\n    inferred: true\n    inferenceNote: *cooperating\n', '');
    await loadSeed(executor, { seedDir: dir });
    const rows = await executor.read<{ from: string }>('MATCH (a)-[r:ATTENDED {id: "004-attended-ubnd-huyen"}]->() RETURN a.id AS from');
    assert.deepEqual(rows, [{ from: 'org-ubmttq-huyen-phong-dien-thua-thien-hue' }]);
    // Back to the curated seed for the next tests (the dropped record's relationship remains; clear first).
    await clearData(executor);
    await loadSeed(executor, { seedDir: SEED_DIR });
  });

  it('writes nothing when the dataset is broken', async () => {
    const before = await snapshot(executor);
    const dir = seedCopy();
    edit(dir, 'entities/people.yaml', 'description: Tác giả bài về hội nghị sơ kết', 'description: Đã sửa');
    edit(dir, 'facts/000-dong-thap-tong-ket-dvcq-2020.yaml', '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-03-24"', '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-02-30"');
    await assert.rejects(loadSeed(executor, { seedDir: dir }), (error: unknown) => {
      assert.ok(error instanceof SeedValidationError);
      assert.match(error.message, /record ro-000-pham-thien-nghia-chu-tich-ubnd-tinh field observedAt: "2021-02-30" is not a calendar date/);
      return true;
    });
    assert.equal(checksum(await snapshot(executor)), checksum(before));
  });

  it('writes nothing when the database fails in the middle of the load', async () => {
    const before = await snapshot(executor);
    const dir = seedCopy();
    edit(dir, 'entities/people.yaml', 'description: Tác giả bài về hội nghị sơ kết', 'description: Đã sửa');
    edit(dir, 'entities/sources.yaml', '  author: Văn Khương\n', '  author: Văn Khương (sửa)\n');
    await assert.rejects(loadSeed(new FailingExecutor(driver, 6), { seedDir: dir }), /injected failure/);
    assert.equal(checksum(await snapshot(executor)), checksum(before));
  });

  it('cites at least one existing Source on every node but Sources and on every relationship', async () => {
    const uncitedNodes = await executor.read<{ key: string }>(
      `MATCH (n) WHERE NOT n:Source AND NOT n:SchemaMigration
         AND (n.sourceIds IS NULL OR size(n.sourceIds) = 0
              OR any(id IN n.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) }))
       RETURN labels(n)[0] + ":" + n.id AS key`,
    );
    assert.deepEqual(uncitedNodes, []);
    const uncitedRelationships = await executor.read<{ key: string }>(
      `MATCH ()-[r]->()
       WHERE NOT type(r) IN ${JSON.stringify(INDEX_RELATIONSHIP_TYPES)} AND (r.sourceIds IS NULL OR size(r.sourceIds) = 0
          OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) }))
       RETURN type(r) + ":" + coalesce(r.id, "?") AS key`,
    );
    assert.deepEqual(uncitedRelationships, []);
    const [total] = await executor.read<{ nodes: number; relationships: number }>(
      'MATCH (n) WHERE NOT n:SchemaMigration WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    );
    assert.ok(Number(total!.nodes) > 100 && Number(total!.relationships) > 200, 'the check ran over the loaded seed');
  });

  it('stores dates as text, precision and a Neo4j date range, and integers as integers', async () => {
    const [event] = await executor.read<{ date: string; precision: string; from: string; to: string; fromType: string }>(
      `MATCH (e:Event {id: "ev-dbscl-giao-ban-dan-van-6-thang-2020"})
       RETURN e.date AS date, e.datePrecision AS precision, toString(e.dateFrom) AS from, toString(e.dateTo) AS to, valueType(e.dateFrom) AS fromType`,
    );
    assert.deepEqual(event, { date: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31', fromType: 'DATE NOT NULL' });
    const [program] = await executor.read<{ type: string }>('MATCH (p:Program {id: "pr-phong-dien-dan-van-2021-2025"}) RETURN valueType(p.startYear) AS type');
    assert.equal(program!.type, 'INTEGER NOT NULL');
    // And on a relationship: the bridge points of an attendance.
    const [attended] = await executor.read<{ members: string; bridgePoints: string }>(
      'MATCH (o:Organization {id: "org-huyen-thi-thanh-uy-binh-thuan"})-[r:ATTENDED]->() RETURN valueType(o.memberCount) AS members, valueType(r.bridgePoints) AS bridgePoints',
    );
    assert.deepEqual(attended, { members: 'INTEGER NOT NULL', bridgePoints: 'INTEGER NOT NULL' });
  });
});
