import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Executor } from '../../api/db/executor.js';
import { importGraphFile } from '../../transfer/index.js';
import { clearData, CountingObserver, createTestExecutor } from '../helpers/database.js';
import { exportText } from '../helpers/export-text.js';
import { ensureSeeded } from '../helpers/seeded.js';
import { closeTransferFixture, openTransferFixture, writeFixtureFile, type TransferFixture } from '../helpers/transfer-fixture.js';

/**
 * The importer's fast paths give the graph its plain path gives: CREATE into
 * labels and types the database holds nothing of, several transactions in
 * flight, one pass over a file whose nodes come first.
 */

let fixture: TransferFixture;
let executor: Executor;

const file = (name: string, lines: string[]) => writeFixtureFile(fixture, name, lines.map((line) => line + '\n').join(''));

/** The statements an import ran, by what they begin with after the UNWIND: CREATE or MERGE, of nodes or relationships. */
async function importCounting(fileName: string, options: { batchSize?: number; concurrency?: number } = {}) {
  const observer = new CountingObserver();
  await importGraphFile(createTestExecutor(fixture.driver, observer), fileName, options);
  const writes = observer.queries.filter((q) => q.includes('AS written'));
  return {
    createdLabels: new Set(writes.flatMap((q) => q.match(/^CREATE \(n:(\w+)\)/m)?.slice(1) ?? [])),
    mergedLabels: new Set(writes.flatMap((q) => q.match(/^MERGE \(n:(\w+) /m)?.slice(1) ?? [])),
    createdTypes: new Set(writes.flatMap((q) => q.match(/^CREATE \(a\)-\[r:(\w+)\]/m)?.slice(1) ?? [])),
    mergedTypes: new Set(writes.flatMap((q) => q.match(/^MERGE \(a\)-\[r:(\w+) /m)?.slice(1) ?? [])),
    batches: writes.length,
  };
}

describe('the fast paths of import', () => {
  let exported: string;
  let lines: string[];

  before(async () => {
    fixture = openTransferFixture('dvk-import-paths-');
    executor = fixture.executor;
    await ensureSeeded(executor);
    exported = await exportText(executor, 500);
    lines = exported.trimEnd().split('\n');
  });

  after(() => closeTransferFixture(fixture));

  it('CREATEs into an empty database, and MERGEs what the database already holds, to the same graph', async () => {
    await clearData(executor);
    const created = await importCounting(file('all.ndjson', lines));
    assert.equal(created.mergedLabels.size + created.mergedTypes.size, 0);
    assert.ok(created.createdLabels.has('Person') && created.createdTypes.has('HAS_ROLE'));
    assert.equal(await exportText(executor, 500), exported);

    // Sources and half the people first: those two labels are no longer empty when the whole file follows.
    await clearData(executor);
    const people = lines.filter((line) => line.includes('"label":"Person","props"'));
    const sources = lines.filter((line) => line.includes('"label":"Source","props"'));
    const part = [...sources, ...people.slice(0, people.length / 2)];
    await importGraphFile(executor, file('part.ndjson', [lines[0]!, ...part, `{"kind":"end","nodes":${part.length},"relationships":0}`]));
    const mixed = await importCounting(file('all.ndjson', lines));
    assert.deepEqual([...mixed.mergedLabels].sort(), ['Person', 'Source']);
    assert.ok(!mixed.createdLabels.has('Person') && mixed.createdLabels.has('Event'));
    assert.equal(mixed.mergedTypes.size, 0);
    assert.equal(await exportText(executor, 500), exported);

    // Everything exists now: a third import MERGEs every row and changes nothing.
    const again = await importCounting(file('all.ndjson', lines));
    assert.equal(again.createdLabels.size + again.createdTypes.size, 0);
    assert.equal(await exportText(executor, 500), exported);
  });

  it('loses no row with many small batches in flight at once', async () => {
    await clearData(executor);
    const { batches } = await importCounting(file('all.ndjson', lines), { batchSize: 7, concurrency: 4 });
    assert.ok(batches > (lines.length - 2) / 7, `${batches} batches`);
    assert.equal(await exportText(executor, 500), exported);
  });

  it('writes a file whose nodes and relationships are interleaved, in two passes', async () => {
    await clearData(executor);
    const body = lines.slice(1, -1);
    const relationships = body.filter((line) => line.includes('"kind":"relationship"'));
    const nodes = body.filter((line) => line.includes('"kind":"node"'));
    // A relationship before the nodes it joins, and the labels in turn rather than one after the other.
    const interleaved = [relationships[0]!, ...nodes.filter((_, i) => i % 2 === 0), ...relationships.slice(1), ...nodes.filter((_, i) => i % 2 === 1)];
    await importGraphFile(executor, file('interleaved.ndjson', [lines[0]!, ...interleaved, lines.at(-1)!]), { batchSize: 50 });
    assert.equal(await exportText(executor, 500), exported);
  });
});
