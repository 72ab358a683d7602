import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-generate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const generate = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate/cli.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('npm run generate', () => {
  it('makes the output folder when it is missing, as on a fresh clone', () => {
    const out = path.join(dir, 'not', 'yet', 'tiny-1.ndjson');
    const run = generate('--size', 'tiny', '--seed', '1', '--out', out);
    assert.equal(run.status, 0, run.stderr);
    const lines = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; nodes?: number; relationships?: number });
    const said = /^Wrote (\d+) nodes and (\d+) relationships \(size tiny, seed 1\) to (.+) in /.exec(run.stdout);
    assert.ok(said, run.stdout);
    assert.equal(said[3], out);
    const nodes = Number(said[1]);
    const relationships = Number(said[2]);
    assert.equal(lines[0]!.kind, 'header');
    assert.deepEqual(lines.at(-1), { kind: 'end', nodes, relationships });
    assert.equal(lines.filter((l) => l.kind === 'node').length, nodes);
    assert.equal(lines.length, 2 + nodes + relationships);
  });

  it('stops with one line and writes nothing when the output cannot be written', () => {
    const run = generate('--size', 'tiny', '--out', dir);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, new RegExp(`^error: cannot write ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EISDIR`));
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  it('stops with one line where no folder can be made', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
    const run = generate('--size', 'tiny', '--out', '/proc/dvk-generate/tiny.ndjson');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^error: cannot write \/proc\/dvk-generate\/tiny\.ndjson: ENOENT/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });
});
