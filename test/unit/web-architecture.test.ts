import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.ts$/.test(entry) ? [full] : [];
  });
}

const webFiles = ['src', 'graphiql'].flatMap((d) => sourceFiles(path.join(REPO_ROOT, 'web', d)));

describe('the web explorer is a client of the public API only', () => {
  it('imports nothing from outside web/ but packages and the public contract (never the server code)', () => {
    const web = path.join(REPO_ROOT, 'web');
    // The contract's operations are what any client may send; GraphiQL shows them as examples.
    const contract = path.join(REPO_ROOT, 'contract');
    const offenders = webFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^import\s[^;]*?'(\.[^']+)'/gms)]
        .map((m) => path.resolve(path.dirname(f), m[1]!))
        .filter((target) => !target.startsWith(web + path.sep) && !target.startsWith(contract + path.sep))
        .map((target) => `${path.relative(REPO_ROOT, f)} → ${path.relative(REPO_ROOT, target)}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('fetches nothing but /graphql', () => {
    const urls = webFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/fetch\(\s*([^,)]+)/g)].map((m) => m[1]!.trim()));
    assert.ok(urls.length > 0);
    assert.deepEqual([...new Set(urls)], ["'/graphql'"]);
  });

  it('writes its Vietnamese text in Unicode NFC', () => {
    const offenders = webFiles.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text !== text.normalize('NFC');
    });
    assert.deepEqual(offenders, []);
  });
});
