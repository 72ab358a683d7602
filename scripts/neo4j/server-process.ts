import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import path from 'node:path';
import { boltAnswers, portIsFree } from './bolt-probe.js';
import { fetchNeo4j } from './fetch.js';
import { libDir, portVariable, type Instance, type LocalConnection } from './instance.js';
import { jvmArgs, renderNeo4jConf } from './neo4j-conf.js';
import { newInitialPassword, setInitialPasswordArgs } from './initial-password.js';
import { checkJava, LauncherError } from './prerequisites.js';

const START_TIMEOUT_MS = Number(process.env.NEO4J_START_TIMEOUT_MS ?? 180_000);
const STOP_TIMEOUT_MS = 60_000;

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of this instance's server if it is running; a stale pid file is removed. */
export function runningPid(inst: Instance): number | null {
  if (!existsSync(inst.pidFile)) return null;
  const pid = Number(readFileSync(inst.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurServer(pid, inst)) return pid;
  rmSync(inst.pidFile, { force: true });
  return null;
}

/** Guards against a recycled pid: the process must be Neo4j started with this home. */
function isOurServer(pid: number, inst: Instance): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(inst.home);
  } catch {
    // No /proc (not Linux): trust the pid file.
    return true;
  }
}

function lastLines(file: string, count: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

function connectionOf(inst: Instance): LocalConnection {
  return { uri: `bolt://127.0.0.1:${inst.boltPort}`, user: 'neo4j', password: readFileSync(inst.passwordFile, 'utf8').trim() };
}

/**
 * The password is generated on the first start and set before the database
 * exists (Neo4j only accepts an initial password then); it stays in the
 * instance folder, readable by the owner only.
 */
function ensurePassword(inst: Instance): void {
  if (existsSync(inst.passwordFile)) return;
  const password = newInitialPassword();
  const result = spawnSync(
    'java',
    ['-cp', `${libDir()}/*`, 'org.neo4j.cli.AdminTool', ...setInitialPasswordArgs(password)],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: inst.home, NEO4J_CONF: inst.confDir } },
  );
  if (result.status !== 0) {
    throw new LauncherError(`Could not set the initial Neo4j password:\n${(result.stderr || result.stdout).split('\n').slice(0, 5).join('\n')}`);
  }
  writeFileSync(inst.passwordFile, password + '\n', { mode: 0o600 });
}

export interface StartResult {
  connection: LocalConnection;
  alreadyRunning: boolean;
  pid: number;
}

export async function startServer(inst: Instance, log: (line: string) => void = console.log): Promise<StartResult> {
  const existing = runningPid(inst);
  if (existing !== null) {
    if (await waitForBolt(inst, existing, 60_000)) {
      log(`Neo4j (${inst.name}) is already running on bolt://127.0.0.1:${inst.boltPort} (pid ${existing})`);
      return { connection: connectionOf(inst), alreadyRunning: true, pid: existing };
    }
    throw new LauncherError(`Neo4j (${inst.name}) has pid ${existing} but does not answer on port ${inst.boltPort}; run \`npm run db:stop\` and start again.\n${lastLines(path.join(inst.logsDir, 'neo4j.log'), 20)}`);
  }
  checkJava();
  fetchNeo4j(log);
  if (!(await portIsFree(inst.boltPort))) {
    throw new LauncherError(`Port ${inst.boltPort} is already in use by another process, so Neo4j (${inst.name}) cannot listen there. Stop that process, or choose another port with ${portVariable(inst.name)}=…`);
  }
  for (const dir of [inst.confDir, inst.dataDir, inst.logsDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(inst.confDir, 'neo4j.conf'), renderNeo4jConf(inst));
  ensurePassword(inst);

  const consoleLog = path.join(inst.logsDir, 'console.log');
  const out = openSync(consoleLog, 'a');
  const child = spawn(
    'java',
    [...jvmArgs(inst), '-cp', `${libDir()}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${inst.home}`, `--config-dir=${inst.confDir}`],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: inst.home, NEO4J_CONF: inst.confDir } },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LauncherError('Could not start java for Neo4j');
  child.unref();
  writeFileSync(inst.pidFile, String(child.pid));
  log(`Starting Neo4j (${inst.name}) on bolt://127.0.0.1:${inst.boltPort} (pid ${child.pid})…`);
  if (!(await waitForBolt(inst, child.pid, START_TIMEOUT_MS))) {
    const alive = isAlive(child.pid);
    if (alive) process.kill(child.pid, 'SIGKILL');
    rmSync(inst.pidFile, { force: true });
    throw new LauncherError(
      `Neo4j (${inst.name}) ${alive ? `did not answer on port ${inst.boltPort} within ${START_TIMEOUT_MS / 1000} s` : 'exited during start-up'}. Last lines of its logs:\n` +
        `${lastLines(consoleLog, 15)}\n${lastLines(path.join(inst.logsDir, 'neo4j.log'), 15)}`,
    );
  }
  const connection = connectionOf(inst);
  writeFileSync(inst.connectionFile, JSON.stringify(connection, null, 2) + '\n', { mode: 0o600 });
  log(`Neo4j (${inst.name}) is ready on ${connection.uri}`);
  return { connection, alreadyRunning: false, pid: child.pid };
}

async function waitForBolt(inst: Instance, pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return false;
    if (await boltAnswers(inst.boltPort)) return true;
    await sleep(250);
  }
  return false;
}

/** Stops the server cleanly (SIGTERM lets Neo4j checkpoint); data survives. */
export async function stopServer(inst: Instance, log: (line: string) => void = console.log): Promise<boolean> {
  const pid = runningPid(inst);
  if (pid === null) {
    log(`Neo4j (${inst.name}) is not running`);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`Neo4j (${inst.name}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(inst.pidFile, { force: true });
  log(`Neo4j (${inst.name}) stopped`);
  return true;
}

export interface ServerStatus {
  name: string;
  running: boolean;
  pid: number | null;
  boltPort: number;
  answering: boolean;
  dataBytes: number;
  residentBytes: number | null;
}

export async function serverStatus(inst: Instance): Promise<ServerStatus> {
  const pid = runningPid(inst);
  return {
    name: inst.name,
    running: pid !== null,
    pid,
    boltPort: inst.boltPort,
    answering: pid !== null && (await boltAnswers(inst.boltPort)),
    dataBytes: folderSize(inst.dataDir),
    residentBytes: pid === null ? null : residentMemory(pid),
  };
}

function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(full) : statSync(full).size;
  }
  return total;
}

function residentMemory(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
