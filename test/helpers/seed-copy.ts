import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_DIR } from '../../api/paths.js';

const copies: string[] = [];

/** A copy of the seed data (entities/, facts/) in a temp folder named `seed`, so messages read `seed/…`. */
export function seedCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dvk-seed-'));
  copies.push(root);
  const dir = path.join(root, 'seed');
  cpSync(path.join(SEED_DIR, 'entities'), path.join(dir, 'entities'), { recursive: true });
  cpSync(path.join(SEED_DIR, 'facts'), path.join(dir, 'facts'), { recursive: true });
  return dir;
}

/** Replaces text in one file of a copy; fails the test when the text is not there, so a stale edit cannot pass unnoticed. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
}

/** Deletes every copy made so far (call from an `after` hook). */
export function removeSeedCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
