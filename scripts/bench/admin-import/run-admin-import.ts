/**
 * npm run bench:admin-import -- FILE
 *
 * The reference for bulk loading: converts an export file to CSV, then times
 * `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the jars of
 * .neo4j/lib) into a separate, stopped instance folder (.neo4j/admin-import),
 * whose database it overwrites. The tool writes no constraints or indexes, which
 * `npm run import` has in place; so it then starts that instance (port
 * NEO4J_ADMIN_IMPORT_PORT, default 7821), applies the migrations, waits for
 * every index to be online, and stops it. Prints each wall time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../../../api/db/driver.js';
import { Executor } from '../../../api/db/executor.js';
import { migrate, readMigrations } from '../../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../../api/paths.js';
import { instance, libDir, REPO_ROOT } from '../../neo4j/instance.js';
import { startServer, stopServer } from '../../neo4j/server-process.js';
import { jvmArgs, renderNeo4jConf } from '../../neo4j/neo4j-conf.js';
import { ARRAY_DELIMITER, ndjsonToCsv } from './ndjson-to-csv.js';

const input = process.argv[2];
if (!input) {
  console.error('usage: tsx scripts/bench/admin-import/run-admin-import.ts FILE');
  process.exit(2);
}
const inst = instance('admin-import', { ...process.env, NEO4J_ADMIN_IMPORT_PORT: process.env.NEO4J_ADMIN_IMPORT_PORT ?? '7821' });
await stopServer(inst, () => {});
const csvDir = path.join(REPO_ROOT, 'data', 'generated', `csv-${path.basename(input, '.ndjson')}`);
rmSync(csvDir, { recursive: true, force: true });
mkdirSync(csvDir, { recursive: true });
mkdirSync(inst.confDir, { recursive: true });
writeFileSync(path.join(inst.confDir, 'neo4j.conf'), renderNeo4jConf(inst));

let t = performance.now();
const files = await ndjsonToCsv(input, csvDir);
const convertSeconds = (performance.now() - t) / 1000;

const args = [
  ...jvmArgs(inst).filter((a) => !a.startsWith('-Xm')),
  `-Xmx${process.env.NEO4J_LOCAL_HEAP ?? '2g'}`,
  '-cp',
  `${libDir()}/*`,
  'org.neo4j.cli.AdminTool',
  'database',
  'import',
  'full',
  '--overwrite-destination=true',
  `--array-delimiter=${ARRAY_DELIMITER}`,
  '--threads=2',
  // Its bad-entries report would otherwise land in the working directory.
  `--report-file=${path.join(csvDir, 'import.report')}`,
  ...files.nodes.map((n) => `--nodes=${n.label}=${n.file}`),
  ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  // The database is the default one, "neo4j": a positional name after --relationships would be read as one more file.
];
t = performance.now();
const result = spawnSync('java', args, { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: inst.home, NEO4J_CONF: inst.confDir }, maxBuffer: 64 << 20 });
const importSeconds = (performance.now() - t) / 1000;
console.log(result.stdout.split('\n').filter((l) => /IMPORT DONE|Imported:|nodes|relationships|properties|Peak memory/i.test(l)).join('\n'));
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(1);
}
console.log(`CSV conversion ${convertSeconds.toFixed(1)} s; neo4j-admin database import full ${importSeconds.toFixed(1)} s (wall, JVM start included).`);

t = performance.now();
const { connection } = await startServer(inst, () => {});
const startSeconds = (performance.now() - t) / 1000;
const driver = createDriver({ ...connection, database: undefined, transactionTimeoutMs: 3_600_000, connectionAcquisitionTimeoutMs: 60_000 });
try {
  t = performance.now();
  const executor = new Executor(driver, { transactionTimeoutMs: 3_600_000 });
  await migrate(executor, readMigrations(MIGRATIONS_DIR));
  // Index population runs in the background after CREATE; the import is usable once it is done.
  await executor.write('CALL db.awaitIndexes(3600)');
  const schemaSeconds = (performance.now() - t) / 1000;
  console.log(`server start ${startSeconds.toFixed(1)} s; constraints and indexes (migrations, then all indexes online) ${schemaSeconds.toFixed(1)} s.`);
  console.log(`total: ${(convertSeconds + importSeconds + startSeconds + schemaSeconds).toFixed(1)} s, of which neo4j-admin + schema ${(importSeconds + schemaSeconds).toFixed(1)} s.`);
} finally {
  await driver.close();
  await stopServer(inst, () => {});
}
