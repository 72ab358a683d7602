import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Executor } from '../../api/db/executor.js';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { INDEX_RELATIONSHIP_TYPES } from '../../model/graph-model.js';
import { importGraphFile, ImportValidationError, type ImportProgress } from '../../transfer/index.js';
import { clearData } from '../helpers/database.js';
import { runScript } from '../helpers/run-script.js';
import { exportText } from '../helpers/export-text.js';
import { MODEL_SCOPE_OFFENDERS } from '../helpers/graph-invariants.js';
import { ensureSeeded } from '../helpers/seeded.js';
import { closeTransferFixture, openTransferFixture, writeFixtureFile, type TransferFixture } from '../helpers/transfer-fixture.js';

// The schema version the test database is migrated to: the last migration's.
const VERSION = readMigrations(MIGRATIONS_DIR).at(-1)!.version;

let fixture: TransferFixture;
let executor: Executor;

const file = (name: string, text: string) => writeFixtureFile(fixture, name, text);

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read<{ nodes: number; relationships: number }>(
    // The facts: the stored scope (decision 032) is never exported, and an import rebuilds it.
    `MATCH (n) WHERE NOT n:SchemaMigration WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WHERE NOT type(r) IN ${JSON.stringify(INDEX_RELATIONSHIP_TYPES)} RETURN nodes, count(r) AS relationships`,
  );
  return row!;
}

async function rejection(promise: Promise<unknown>): Promise<ImportValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportValidationError) return error;
    throw error;
  }
  assert.fail('the import was accepted');
}

const run = (script: string, args: string[]) => runScript(script, args);

describe('export and import of the whole graph', () => {
  let exportA: string;
  let fileA: string;

  before(async () => {
    fixture = openTransferFixture('dvk-transfer-');
    executor = fixture.executor;
    await ensureSeeded(executor);
    exportA = await exportText(executor, 25);
    fileA = file('a.ndjson', exportA);
  });

  after(() => closeTransferFixture(fixture));

  it('exports the same graph to the same bytes, with the schema version first and the counts last', async () => {
    assert.equal(await exportText(executor, 25), exportA);
    const lines = exportA.trimEnd().split('\n');
    assert.deepEqual(JSON.parse(lines[0]!), { format: 'dvk-graph-ndjson', formatVersion: 1, kind: 'header', schemaVersion: VERSION });
    assert.deepEqual(JSON.parse(lines.at(-1)!), { kind: 'end', ...(await counts()) });
    assert.ok((await counts()).nodes > 100, 'the seed is loaded');
  });

  it('writes nodes by label then id and relationships by type then id', () => {
    const records = exportA.trimEnd().split('\n').slice(1, -1).map((line) => JSON.parse(line) as { kind: string; label?: string; type?: string; id: string });
    const keys = records.map((r) => [r.kind === "node" ? 0 : 1, r.label ?? r.type, r.id].join("\u0000"));
    assert.deepEqual(keys, [...keys].sort());
  });

  it('imports into an empty database a graph whose export is byte-identical', async () => {
    await clearData(executor);
    assert.deepEqual(await counts(), { nodes: 0, relationships: 0 });
    const progress: ImportProgress[] = [];
    const result = await importGraphFile(executor, fileA, { batchSize: 40, onProgress: (p) => progress.push(p) });
    assert.equal(await exportText(executor, 25), exportA);
    assert.deepEqual({ nodes: result.nodes, relationships: result.relationships }, await counts());
    // The stored scope, not in the file, is built from what was imported (decision 032).
    assert.deepEqual(await executor.read(MODEL_SCOPE_OFFENDERS), []);
    assert.deepEqual(await executor.read('MATCH (m:Model) WHERE NOT (m)-[:IN_SCOPE_OF]->() RETURN m.id AS id'), []);
    // Batches of 40 rows per label or type: several write transactions, progress that only grows, and ends at the total.
    assert.ok(progress.length > 20);
    assert.deepEqual(
      progress.map((p) => p.done),
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );
    assert.equal(progress.at(-1)!.done, result.nodes + result.relationships);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    await importGraphFile(executor, fileA);
    assert.deepEqual(await counts(), before);
    assert.equal(await exportText(executor, 25), exportA);
  });

  it('rejects a file with one bad line, naming the line, and writes nothing from it', async () => {
    const lines = exportA.trimEnd().split('\n');
    // An early line that would change a node, and a bad line near the end: nothing may be written before the check.
    const renamed = lines.findIndex((line) => line.includes('"label":"Person"'));
    lines[renamed] = lines[renamed]!.replace(/"name":"[^"]*"/, '"name":"Tên đã đổi"');
    const bad = lines.length - 3;
    lines[bad] = lines[bad]!.replace(/"type":"[A-Z_]+"/, '"type":"KNOWS"');
    const error = await rejection(importGraphFile(executor, file('bad.ndjson', lines.join('\n') + '\n')));
    assert.deepEqual(
      error.issues.map((i) => i.line),
      [bad + 1],
    );
    assert.match(error.issues[0]!.message, /type "KNOWS" is not a relationship type/);
    assert.equal(await exportText(executor, 25), exportA);
  });

  it('rejects a relationship whose endpoint is neither in the file nor in the database', async () => {
    const text = [
      `{"format":"dvk-graph-ndjson","formatVersion":1,"kind":"header","schemaVersion":${VERSION}}`,
      '{"id":"per-xfer-new","kind":"node","label":"Person","props":{"name":"Người mới","sourceIds":["src-003-so-ket-dvcq-dong-thap-2022"]}}',
      '{"end":{"id":"ev-does-not-exist","label":"Event"},"id":"pa-xfer-new","kind":"relationship","props":{"role":"SPOKE","sourceIds":["src-003-so-ket-dvcq-dong-thap-2022"]},"start":{"id":"per-xfer-new","label":"Person"},"type":"PARTICIPATED_IN"}',
      '{"kind":"end","nodes":1,"relationships":1}',
    ].join('\n');
    const error = await rejection(importGraphFile(executor, file('dangling.ndjson', text)));
    assert.deepEqual(error.issues, [{ line: 3, message: 'Event "ev-does-not-exist" is neither in the file nor in the database' }]);
    assert.equal(await exportText(executor, 25), exportA);
  });

  it('adds to an existing database what a partial file holds, resolving the rest in the database', async () => {
    const text = [
      `{"format":"dvk-graph-ndjson","formatVersion":1,"kind":"header","schemaVersion":${VERSION}}`,
      '{"id":"per-xfer-new","kind":"node","label":"Person","props":{"name":"Người mới","sourceIds":["src-003-so-ket-dvcq-dong-thap-2022"]}}',
      '{"kind":"end","nodes":1,"relationships":0}',
    ].join('\n');
    try {
      await importGraphFile(executor, file('partial.ndjson', text));
      const [row] = await executor.read<{ name: string }>('MATCH (p:Person {id: "per-xfer-new"}) RETURN p.name AS name');
      assert.equal(row?.name, 'Người mới');
    } finally {
      await executor.write('MATCH (p:Person {id: "per-xfer-new"}) DETACH DELETE p');
    }
    assert.equal(await exportText(executor, 25), exportA);
  });

  it('refuses a file exported at another schema version', async () => {
    const text = exportA.replace(`"schemaVersion":${VERSION}`, `"schemaVersion":${VERSION + 1}`);
    const error = await rejection(importGraphFile(executor, file('v4.ndjson', text)));
    assert.match(error.issues[0]!.message, new RegExp(`exported at schema version ${VERSION + 1}, the database is at ${VERSION}: migrate it first`));
  });

  it('carries every Neo4j property type through export and import exactly', async () => {
    const typesOf = () =>
      executor.read<{ key: string; type: string; text: string }>(
        `MATCH (s:Source {id: 'src-xfer-types'}) UNWIND keys(s) AS key
         RETURN key, valueType(s[key]) AS type, CASE WHEN s[key] IS :: LIST<ANY> OR s[key] IS :: POINT THEN null ELSE toString(s[key]) END AS text ORDER BY key`,
      );
    await executor.write(
      `CREATE (s:Source {id: 'src-xfer-types', kind: 'ARTICLE', title: 'Kiểu dữ liệu',
         big: 9007199254740993, negative: -42, whole: 3.0, fraction: 0.1, nan: 0.0 / 0.0,
         date: date('2021-03-24'), old: date('-0044-03-15'), localTime: localtime('12:30:01.000000001'), time: time('12:30:00+07:00'),
         localDateTime: localdatetime('2021-03-24T10:00:00.5'), offset: datetime('2021-03-24T10:00:00+07:00'),
         zoned: datetime('2021-10-31T02:30:00[Europe/Paris]'), duration: duration('P1Y2M3DT4H5M6.000000007S'),
         point: point({longitude: 106.7, latitude: 10.8, height: 5}), floats: [1.0, 2.5], ints: [1, 9007199254740993],
         dates: [date('2020-01-01')], bytes: $bytes})`,
      { bytes: new Int8Array([0, -1, 127]) },
    );
    try {
      const before = await typesOf();
      assert.ok(before.some((p) => p.key === 'bytes' && p.type.startsWith('LIST<INTEGER')));
      const text = await exportText(executor, 25);
      assert.match(text, /"big":\{"\$int":"9007199254740993"\}/);
      assert.match(text, /"whole":\{"\$float":"3"\}/);
      assert.match(text, /"zoned":\{"\$dateTime":"2021-10-31T02:30:00\+0[12]:00\[Europe\/Paris\]"\}/);
      await executor.write("MATCH (s:Source {id: 'src-xfer-types'}) DETACH DELETE s");
      await importGraphFile(executor, file('types.ndjson', text));
      assert.deepEqual(await typesOf(), before);
      assert.equal(await exportText(executor, 25), text);
      const [bytes] = await executor.read<{ bytes: unknown }>("MATCH (s:Source {id: 'src-xfer-types'}) RETURN s.bytes AS bytes");
      assert.deepEqual(bytes?.bytes, new Int8Array([0, -1, 127]));
    } finally {
      await executor.write("MATCH (s:Source {id: 'src-xfer-types'}) DETACH DELETE s");
    }
  });

  it('npm run export writes the same file; npm run import reports a bad line by file and number and exits 1', async () => {
    const out = path.join(fixture.dir, 'cli.ndjson');
    const exported = await run('export.ts', ['--out', out]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(readFileSync(out, 'utf8'), exportA);
    assert.match(exported.stderr, /Exported \d+ nodes and \d+ relationships to .* in [\d.]+ s \(\d+ rows\/s\)/);

    const imported = await run('import.ts', [out, '--batch-size', '100', '--concurrency=3']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`Imported \\d+ nodes and \\d+ relationships \\(schema version ${VERSION}\\) from .* in [\\d.]+ s \\(\\d+ rows/s\\)`));

    const unusable = await run('import.ts', [out, '--concurrency', '0']);
    assert.equal(unusable.code, 2);
    assert.match(unusable.stderr, /--concurrency must be a whole number from 1 to 8, got 0/);

    const lines = exportA.trimEnd().split('\n');
    lines[4] = lines[4]!.replace('"kind":"node"', '"kind":"vertex"');
    const badFile = file('cli-bad.ndjson', lines.join('\n') + '\n');
    const refused = await run('import.ts', [badFile]);
    assert.equal(refused.code, 1);
    assert.ok(refused.stderr.includes(`${badFile}:5: kind "vertex" is not one of header, node, relationship, end`), refused.stderr);
    assert.match(refused.stderr, /error: 1 problem in the file; nothing was written/);
    assert.equal(await exportText(executor, 25), exportA);
  });
});
