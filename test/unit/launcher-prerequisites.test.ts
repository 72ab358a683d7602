import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { checkJava, checkMaven, LauncherError } from '../../scripts/neo4j/prerequisites.js';

const originalPath = process.env.PATH;

/** A PATH holding only the given fake commands (shell scripts printing fixed text). */
function fakePath(commands: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-path-'));
  for (const [name, script] of Object.entries(commands)) {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

describe('the launcher checks its prerequisites', () => {
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('names the fix when Java is missing', () => {
    process.env.PATH = fakePath({});
    assert.throws(() => checkJava(), (error: unknown) => {
      assert.ok(error instanceof LauncherError);
      assert.match(error.message, /^Java was not found on PATH\. Neo4j 5\.26 needs Java 17 or 21/);
      assert.match(error.message, /or set NEO4J_URI/);
      return true;
    });
  });

  it('refuses a Java that Neo4j 5.26 does not run on', () => {
    process.env.PATH = fakePath({ java: 'echo \'openjdk version "11.0.2" 2019-01-15\' >&2' });
    assert.throws(() => checkJava(), /Neo4j 5\.26 runs on Java 17 or 21, but `java -version` reports 11/);
  });

  it('accepts Java 17', () => {
    process.env.PATH = fakePath({ java: 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2' });
    assert.equal(checkJava(), 17);
  });

  it('names the fix when Maven is missing', () => {
    process.env.PATH = fakePath({});
    assert.throws(() => checkMaven(), /^LauncherError: Maven \(`mvn`\) was not found; it fetches Neo4j from Maven Central/);
  });
});
