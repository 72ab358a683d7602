import { spawnSync } from 'node:child_process';

/** A missing tool or failed download, with what the user should do about it. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}

/** Java 17 or 21 (what Neo4j 5.26 supports); the major version found. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LauncherError('Java was not found on PATH. Neo4j 5.26 needs Java 17 or 21: install a JDK (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.');
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major === 17 || major === 21)) {
    throw new LauncherError(`Neo4j 5.26 runs on Java 17 or 21, but \`java -version\` reports ${Number.isNaN(major) ? 'an unknown version' : major}. Put a Java 17 JDK first on PATH, or set NEO4J_URI.`);
  }
  return major;
}

export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LauncherError('Maven (`mvn`) was not found; it fetches Neo4j from Maven Central. Install it (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j.');
  }
}
