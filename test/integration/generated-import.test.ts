import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { exportGraph, importGraphFile } from '../../api/db/transfer/index.js';
import { generateLines, type GenerationCounts } from '../../scripts/generate/generate-graph.js';
import { planFor } from '../../scripts/generate/size-plan.js';
import { clearData, createTestDriver, createTestExecutor } from '../helpers/database.js';
import { ensureSeeded } from '../helpers/seeded.js';

const VERSION = readMigrations(MIGRATIONS_DIR).at(-1)!.version;

describe('a generated graph in Neo4j', () => {
  let driver: Driver;
  let executor: Executor;
  let dir: string;

  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    dir = mkdtempSync(path.join(tmpdir(), 'dvk-generate-'));
    // The generated places reuse real ids (pl-dong-thap): it is meant for an empty database.
    await clearData(executor);
  });

  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await clearData(executor);
    await ensureSeeded(executor);
    await driver.close();
  });

  it('imports cleanly and exports back the same lines', async () => {
    const counts: GenerationCounts = { nodes: 0, relationships: 0, byLabel: {} };
    const lines = [...generateLines(planFor('tiny', 3), VERSION, counts)];
    const file = path.join(dir, 'tiny.ndjson');
    writeFileSync(file, lines.map((l) => l + '\n').join(''));

    const result = await importGraphFile(executor, file, { batchSize: 500 });
    assert.equal(result.nodes, counts.nodes);
    assert.equal(result.relationships, counts.relationships);

    const exported: string[] = [];
    await exportGraph(executor, (line) => void exported.push(line), { pageSize: 1000 });
    // Same facts, every property as generated (dates, integers, derived text); only the order within a section differs.
    assert.deepEqual([...exported].sort(), [...lines].sort());
  });
});
