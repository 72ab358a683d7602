import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tsx and compiled runs agree. */
export const REPO_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
})();

export const NEO4J_VERSION = '5.26.30';

/**
 * A local Neo4j instance: its own folder under .neo4j/ with configuration,
 * data, logs, pid and password. The fetched jars are shared by all instances.
 */
export interface Instance {
  name: string;
  boltPort: number;
  root: string;
  home: string;
  confDir: string;
  dataDir: string;
  logsDir: string;
  pidFile: string;
  passwordFile: string;
  connectionFile: string;
  heap: string;
  pageCache: string;
}

/** Where the jars live; shared so `npm test` does not fetch a second copy. */
export function libDir(): string {
  return path.join(REPO_ROOT, '.neo4j', 'lib');
}

const DEFAULT_PORTS: Record<string, number> = { main: 7687, test: 7697 };

/** The environment variable that sets an instance's Bolt port (`fault-test`: NEO4J_FAULT_TEST_PORT). */
export function portVariable(name: string): string {
  return name === 'main' ? 'NEO4J_LOCAL_PORT' : `NEO4J_${name.toUpperCase().replace(/-/g, '_')}_PORT`;
}

export function instance(name: string, env: Record<string, string | undefined> = process.env): Instance {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`invalid instance name "${name}"`);
  const home = path.join(REPO_ROOT, '.neo4j', name);
  const portVar = portVariable(name);
  const rawPort = env[portVar];
  const boltPort = rawPort ? Number(rawPort) : (DEFAULT_PORTS[name] ?? 7700 + (hash(name) % 200));
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`${portVar} must be a port number, got "${rawPort}"`);
  }
  return {
    name,
    boltPort,
    root: path.join(REPO_ROOT, '.neo4j'),
    home,
    confDir: path.join(home, 'conf'),
    dataDir: path.join(home, 'data'),
    logsDir: path.join(home, 'logs'),
    pidFile: path.join(home, 'neo4j.pid'),
    passwordFile: path.join(home, 'password'),
    connectionFile: path.join(home, 'connection.json'),
    heap: env.NEO4J_LOCAL_HEAP || '512m',
    pageCache: env.NEO4J_LOCAL_PAGECACHE || '256m',
  };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export interface LocalConnection {
  uri: string;
  user: string;
  password: string;
}

/** What a client needs to reach a running local instance, or null when none was started. */
export function readConnection(inst: Instance): LocalConnection | null {
  if (!existsSync(inst.connectionFile)) return null;
  return JSON.parse(readFileSync(inst.connectionFile, 'utf8')) as LocalConnection;
}
