import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { clearData, createTestDriver, createTestExecutor } from './database.js';
import { ensureSeeded } from './seeded.js';

/** What the export and import suites work with: the test database and a folder of their own for files. */
export interface TransferFixture {
  driver: Driver;
  executor: Executor;
  dir: string;
}

export function openTransferFixture(prefix: string): TransferFixture {
  const driver = createTestDriver();
  return { driver, executor: createTestExecutor(driver), dir: mkdtempSync(path.join(tmpdir(), prefix)) };
}

/** Removes the folder and leaves the database holding exactly the seed, whatever the suite did, for the suites that only read. */
export async function closeTransferFixture({ driver, executor, dir }: TransferFixture): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  await clearData(executor);
  await ensureSeeded(executor);
  await driver.close();
}

/** Writes `text` to `name` in the fixture's folder and returns its path. */
export function writeFixtureFile(fixture: TransferFixture, name: string, text: string): string {
  const full = path.join(fixture.dir, name);
  writeFileSync(full, text);
  return full;
}
