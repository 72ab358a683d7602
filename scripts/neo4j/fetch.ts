import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { libDir, NEO4J_VERSION, REPO_ROOT } from './instance.js';
import { checkMaven, LauncherError } from './prerequisites.js';

const MARKER = '.fetched-version';

export function isFetched(): boolean {
  const marker = path.join(libDir(), MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION;
}

/**
 * Copies Neo4j and its dependencies from Maven Central into .neo4j/lib.
 * Downloads into a temporary folder first so an interrupted fetch never leaves
 * a half-filled lib behind.
 */
export function fetchNeo4j(log: (line: string) => void = console.log): void {
  if (isFetched()) return;
  checkMaven();
  const target = libDir();
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central (about 125 MB, once)…`);
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', path.join(REPO_ROOT, 'scripts', 'neo4j', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LauncherError(`Maven could not fetch Neo4j ${NEO4J_VERSION} (is Maven Central reachable? proxy settings go in ~/.m2/settings.xml):\n${output}`);
  }
  const jars = readdirSync(staging).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith(`neo4j-${NEO4J_VERSION}`))) {
    throw new LauncherError(`Maven finished but no neo4j-${NEO4J_VERSION}.jar is in ${staging}`);
  }
  writeFileSync(path.join(staging, MARKER), NEO4J_VERSION + '\n');
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  log(`Fetched ${jars.length} jars into ${path.relative(REPO_ROOT, target)}/`);
}
