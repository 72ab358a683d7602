/**
 * `npm test` after install and build: starts a Neo4j of its own (instance
 * "test": its own port and data folder, wiped first, never the data of
 * `npm start`), migrates it, runs every test file with Node's test runner,
 * and stops the server whatever happened.
 *
 *   npm test                      all suites
 *   npm test -- test/unit         only files under a path
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, REPO_ROOT } from '../api/paths.js';
import { createDriver } from '../api/db/driver.js';
import { Executor } from '../api/db/executor.js';
import { migrate, readMigrations } from '../api/db/schema-migrations.js';
import { instance } from './neo4j/instance.js';
import { startServer, stopServer } from './neo4j/server-process.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return testFiles(full);
      return entry.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

const roots = process.argv.slice(2).length ? process.argv.slice(2).map((p) => path.resolve(REPO_ROOT, p)) : [path.join(REPO_ROOT, 'test')];
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? testFiles(r) : [r]));
if (files.length === 0) {
  console.error('no test files found under ' + roots.join(', '));
  process.exit(1);
}

const testInstance = instance('test');
let exitCode = 1;
try {
  await stopServer(testInstance, () => {});
  rmSync(testInstance.home, { recursive: true, force: true });
  const { connection } = await startServer(testInstance);
  const driver = createDriver({ ...connection, database: undefined, transactionTimeoutMs: 120_000, connectionAcquisitionTimeoutMs: 10_000 });
  try {
    await migrate(new Executor(driver, { transactionTimeoutMs: 120_000 }), readMigrations(MIGRATIONS_DIR));
  } finally {
    await driver.close();
  }
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      // One file at a time: the integration suites share the test database.
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: '', NODE_ENV: 'test' },
      },
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => resolve(code ?? 1));
  });
} catch (error) {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
} finally {
  await stopServer(testInstance, () => {});
}
process.exit(exitCode);
