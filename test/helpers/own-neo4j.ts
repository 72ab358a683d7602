import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../api/db/driver.js';
import { Executor } from '../../api/db/executor.js';
import { migrate, readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { portIsFree } from '../../scripts/neo4j/bolt-probe.js';
import { instance, portVariable, type Instance, type LocalConnection } from '../../scripts/neo4j/instance.js';
import { runningPid, startServer } from '../../scripts/neo4j/server-process.js';

const quiet = () => {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A Neo4j server that belongs to one test file: its own port and its own folder
 * under .neo4j/, empty at the start and deleted at the end, so a test may kill
 * it without disturbing the instance the other suites share.
 */
export interface OwnNeo4j {
  readonly instance: Instance;
  /** Starts the server (the first time on an empty folder), or again after a kill, recovering its data; waits for Bolt. */
  start(): Promise<LocalConnection>;
  /** `kill -9` of the server process; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Kills the server if it runs and deletes its folder; safe to call whatever state the test left. */
  remove(): Promise<void>;
}

/** `port` unless the instance's own variable (NEO4J_WRITE_FAULTS_PORT for `write-faults`) names another, as the launcher's refusal advises. */
export function ownNeo4j(name: string, port: number): OwnNeo4j {
  const variable = portVariable(name);
  const inst = instance(name, { [variable]: process.env[variable] ?? String(port) });
  const killIfRunning = async (): Promise<boolean> => {
    const pid = runningPid(inst);
    if (pid === null) return false;
    process.kill(pid, 'SIGKILL');
    // The pid stops looking like Neo4j as soon as the process starts exiting, while the kernel may still hold its socket.
    while (runningPid(inst) !== null || !(await portIsFree(inst.boltPort))) await sleep(50);
    return true;
  };
  let started = false;
  return {
    instance: inst,
    async start() {
      // The first start begins from an empty folder, whatever an interrupted earlier run left.
      if (!started) {
        await killIfRunning();
        rmSync(inst.home, { recursive: true, force: true });
      }
      started = true;
      return (await startServer(inst, quiet)).connection;
    },
    async kill() {
      if (!(await killIfRunning())) throw new Error(`Neo4j (${inst.name}) is not running, so it cannot be killed`);
    },
    async remove() {
      // The data is thrown away, so there is nothing to gain from a clean shutdown.
      await killIfRunning();
      rmSync(inst.home, { recursive: true, force: true });
    },
  };
}

/** A driver that gives up quickly while the server is down, as a fault test needs, and its executor. */
export function faultTolerantExecutor(connection: LocalConnection): { driver: Driver; executor: Executor } {
  const driver = createDriver({ ...connection, database: undefined, transactionTimeoutMs: 5_000, connectionAcquisitionTimeoutMs: 2_000 });
  return { driver, executor: new Executor(driver, { transactionTimeoutMs: 5_000 }) };
}

/**
 * Applies the project's schema migrations (constraints and indexes), with a
 * patient transaction timeout: a server just started compiles its first
 * statements slowly on a loaded machine, and the set-up is not what the fault
 * tests time.
 */
export async function migrateSchema(driver: Driver): Promise<void> {
  await migrate(new Executor(driver, { transactionTimeoutMs: 120_000 }), readMigrations(MIGRATIONS_DIR));
}
