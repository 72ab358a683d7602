// npm run ingest on a folder, against the test database: its summary, a bad
// file reported without stopping the others, the audit trail's `cli` actor,
// and a second run that proposes nothing again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { createTestDriver, createTestExecutor } from '../helpers/database.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { runScript } from '../helpers/run-script.js';
import { LAP_VO_ARTICLE, TAM_NONG_PAGE } from '../helpers/ingest-articles.js';
import { ingestedSourceIds, removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { ensureSeeded } from '../helpers/seeded.js';

const runIngest = (args: string[]) => runScript('ingest.ts', args);

// The time at the end of the summary is the only part that varies.
const withoutTime = (line: string) => line.trim().replace(/; in \d+\.\d s\.$/, '; in … s.');

describe('npm run ingest (integration)', () => {
  let driver: Driver;
  let executor: Executor;
  let dir: string;
  let before0: string;

  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    await ensureSeeded(executor);
    before0 = await dumpGraph(executor);
    dir = mkdtempSync(path.join(tmpdir(), 'dvk-ingest-'));
    writeFileSync(path.join(dir, '1-lap-vo.txt'), LAP_VO_ARTICLE);
    writeFileSync(path.join(dir, '2-tam-nong.html'), TAM_NONG_PAGE);
    writeFileSync(path.join(dir, '3-empty.txt'), '');
    writeFileSync(path.join(dir, 'notes.md'), 'not an article: skipped by its extension');
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await removeIngestedSources(executor, await ingestedSourceIds(executor));
    const left = await dumpGraph(executor);
    await driver.close();
    assert.equal(left, before0, 'the suite leaves the database as it found it');
  });

  it('takes a folder in, reports the file it refuses, sums up, and proposes nothing on a second run', async () => {
    const first = await runIngest([dir, '--publisher', 'Trang tin huyện']);
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.stderr.trim(), `${path.join(dir, '3-empty.txt')}: content: the file is empty (EMPTY)`);
    const summary = withoutTime(first.stdout);
    const proposed = /: (\d+) new proposals \((\d+) entities, (\d+) role observations, (\d+) participations, (\d+) links\), 0 already proposed; entities: (\d+) matched, (\d+) ambiguous, (\d+) new;/.exec(summary);
    assert.ok(proposed, summary);
    const [total, entities, roles, participations, links, matched, ambiguous, fresh] = proposed.slice(1).map(Number) as number[];
    assert.equal(total, entities! + roles! + participations! + links!);
    assert.equal(entities, matched! + ambiguous! + fresh!);
    assert.ok(summary.startsWith('Ingested 2 articles (2 new sources, 0 found again; 1 refused): '), summary);
    const stored = await executor.read<{ n: number }>('MATCH (p:Proposal) RETURN count(p) AS n');
    assert.deepEqual(stored, [{ n: total }]);
    const audit = await executor.read('MATCH (a:AuditEntry {operation: $op}) RETURN a.actorName AS name, a.actorKeyId AS keyId, a.requestId AS requestId, count(*) AS n', { op: 'ingestArticle' });
    assert.deepEqual(audit, [{ name: 'cli', keyId: null, requestId: null, n: 2 }]);
    const sources = await executor.read('MATCH (s:Source) WHERE s.textHash IS NOT NULL RETURN s.publisher AS publisher ORDER BY s.id');
    assert.deepEqual(sources, [{ publisher: 'Trang tin huyện' }, { publisher: 'Trang tin huyện' }]);

    const second = await runIngest([path.join(dir, '1-lap-vo.txt'), path.join(dir, '2-tam-nong.html')]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(
      withoutTime(second.stdout),
      `Ingested 2 articles (0 new sources, 2 found again): 0 new proposals (0 entities, 0 role observations, 0 participations, 0 links), ${total} already proposed; entities: ${matched} matched, ${ambiguous} ambiguous, ${fresh} new; in … s.`,
    );
    assert.deepEqual(await executor.read<{ n: number }>('MATCH (p:Proposal) RETURN count(p) AS n'), [{ n: total }]);
  });

  it('refuses a URL for several articles before connecting', async () => {
    const run = await runIngest([dir, '--url', 'https://example.vn/a']);
    assert.deepEqual([run.code, run.stderr.split('\n')[0]], [2, 'error: --url names one article: give one file with it']);
  });
});
