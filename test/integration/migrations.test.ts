import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { appliedVersion, migrate, MigrationError, readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { createTestDriver, createTestExecutor } from '../helpers/database.js';

async function schemaSnapshot(executor: Executor): Promise<string> {
  const constraints = await executor.read<{ name: string; type: string; labels: string[]; properties: string[] }>(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes AS labels, properties RETURN name, type, labels, properties ORDER BY name',
  );
  const indexes = await executor.read<{ name: string; type: string; labels: string[]; properties: string[]; options: unknown }>(
    "SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties, options, state WHERE state = 'ONLINE' RETURN name, type, labels, properties, options ORDER BY name",
  );
  const recorded = await executor.read('MATCH (m:SchemaMigration) RETURN m.version AS version, m.name AS name, m.checksum AS checksum ORDER BY version');
  return JSON.stringify({ constraints, indexes, recorded });
}

describe('schema migrations', () => {
  let driver: Driver;
  let executor: Executor;
  before(() => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
  });
  after(() => driver.close());

  it('run twice give the same schema, and the second run applies nothing', async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    await migrate(executor, migrations);
    const first = await schemaSnapshot(executor);
    const again = await migrate(executor, migrations);
    assert.deepEqual(again.applied, []);
    assert.equal(await schemaSnapshot(executor), first);
    assert.equal(await appliedVersion(executor), migrations.at(-1)!.version);
  });

  it('create the constraints and the diacritic-insensitive full-text index', async () => {
    const snapshot = JSON.parse(await schemaSnapshot(executor)) as { constraints: { name: string }[]; indexes: { name: string; type: string; options: { indexConfig: Record<string, unknown> } }[] };
    for (const name of ['person_id', 'organization_id', 'place_id', 'source_id', 'participated_in_id']) {
      assert.ok(snapshot.constraints.some((c) => c.name === name), `constraint ${name}`);
    }
    const fulltext = snapshot.indexes.find((i) => i.name === 'entity_search');
    assert.equal(fulltext?.type, 'FULLTEXT');
    assert.equal(fulltext?.options.indexConfig['fulltext.analyzer'], 'standard-no-stop-words');
  });

  it('give the entities stored before migration 005 their folded names, and only the names', async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    await migrate(executor, migrations);
    try {
      await executor.write(
        `CREATE (:Person {id: 'per-migration-probe', name: 'Nguyễn Thị Ánh-Tuyết', aliases: ['Ánh Tuyết'], searchText: 'x', sortKey: 'x'})
         CREATE (:Source {id: 'src-migration-probe', title: '“Dân vn khéo” ở Đồng Tháp', searchText: 'y', sortKey: 'y'})`,
      );
      await executor.write("MATCH (m:SchemaMigration {name: '005-name-keys'}) DELETE m");
      const { applied } = await migrate(executor, migrations);
      assert.deepEqual(applied, ['005-name-keys']);
      const rows = await executor.read<{ id: string; keys: string[]; searchText: string }>(
        "MATCH (n) WHERE n.id IN ['per-migration-probe', 'src-migration-probe'] RETURN n.id AS id, n.nameKeys AS keys, n.searchText AS searchText ORDER BY id",
      );
      assert.deepEqual(rows, [
        { id: 'per-migration-probe', keys: ['nguyen thi anh tuyet', 'anh tuyet'], searchText: 'x' },
        { id: 'src-migration-probe', keys: ['dan vn kheo o dong thap'], searchText: 'y' },
      ]);
    } finally {
      await executor.write("MATCH (n) WHERE n.id IN ['per-migration-probe', 'src-migration-probe'] DETACH DELETE n");
    }
  });

  it('refuse to continue when an applied migration was edited afterwards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvk-migrations-'));
    for (const file of readdirSync(MIGRATIONS_DIR)) copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
    const first = readdirSync(dir).sort()[0]!;
    writeFileSync(path.join(dir, first), '// edited after it was applied\nRETURN 1;\n');
    await assert.rejects(migrate(executor, readMigrations(dir)), (error: unknown) => {
      assert.ok(error instanceof MigrationError);
      assert.match(error.message, /was changed after it was applied/);
      return true;
    });
  });
});
