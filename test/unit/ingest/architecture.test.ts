import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../api/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : entry.endsWith('.ts') ? [full] : [];
  });
}

const files = sourceFiles(path.join(REPO_ROOT, 'ingest'));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);

describe('the boundaries of ingest/', () => {
  it('never imports GraphQL, the driver, or the API layers above the database', () => {
    const offenders = files.flatMap((f) =>
      imports(f)
        .filter((i) => i === 'graphql' || i === 'neo4j-driver' || i.startsWith('@apollo') || /\/api\/(graphql|loaders|http)\//.test(i))
        .map((i) => `${path.relative(REPO_ROOT, f)}: ${i}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('never reaches the network: no HTTP, socket or DNS module, no fetch', () => {
    const offenders = files.filter((f) => imports(f).some((i) => /^(node:)?(http|https|http2|net|tls|dns|dgram)$|^undici$/.test(i)) || /\bfetch\(/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
