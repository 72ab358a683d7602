import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Executor } from '../../api/db/executor.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { exportGraph, importGraphFile } from '../../transfer/index.js';
import { generateLines, type GenerationCounts } from '../../scripts/generate/generate-graph.js';
import { planFor } from '../../scripts/generate/size-plan.js';
import { clearData } from '../helpers/database.js';
import { closeTransferFixture, openTransferFixture, type TransferFixture } from '../helpers/transfer-fixture.js';

const VERSION = readMigrations(MIGRATIONS_DIR).at(-1)!.version;

describe('a generated graph in Neo4j', () => {
  let fixture: TransferFixture;
  let executor: Executor;

  before(async () => {
    fixture = openTransferFixture('dvk-generate-');
    executor = fixture.executor;
    // The generated places reuse real ids (pl-dong-thap): it is meant for an empty database.
    await clearData(executor);
  });

  after(() => closeTransferFixture(fixture));

  it('imports cleanly and exports back the same lines', async () => {
    const counts: GenerationCounts = { nodes: 0, relationships: 0, byLabel: {} };
    const lines = [...generateLines(planFor('tiny', 3), VERSION, counts)];
    const file = path.join(fixture.dir, 'tiny.ndjson');
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
