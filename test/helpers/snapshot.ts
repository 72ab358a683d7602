import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../api/paths.js';

export const SNAPSHOT_DIR = path.join(REPO_ROOT, 'test', 'snapshots');

/** UPDATE_SNAPSHOTS=1 writes what the tests see instead of comparing it. */
export const updatingSnapshots = () => process.env.UPDATE_SNAPSHOTS === '1';

/**
 * Compares `actual` with the committed file `file` (under test/snapshots/ unless
 * absolute), so that a change to it is a reviewed diff; with UPDATE_SNAPSHOTS=1
 * writes it instead (and says so). Node 20's test runner has no snapshots of its own.
 */
export function matchSnapshot(file: string, actual: string, options: { update?: boolean } = {}): void {
  const target = path.resolve(SNAPSHOT_DIR, file);
  const shown = path.relative(REPO_ROOT, target);
  if (options.update ?? updatingSnapshots()) {
    if (existsSync(target) && readFileSync(target, 'utf8') === actual) return;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, actual);
    console.log(`snapshot written: ${shown}`);
    return;
  }
  if (!existsSync(target)) assert.fail(`no snapshot ${shown}: run the test with UPDATE_SNAPSHOTS=1 to write it, then review and commit it`);
  assert.equal(actual, readFileSync(target, 'utf8'), `${shown} differs from what the test saw: if the change is meant, run with UPDATE_SNAPSHOTS=1 and commit the diff`);
}
