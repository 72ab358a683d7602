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

/**
 * The API's own statement of its input rules, which the curating forms check
 * before sending (docs/decisions/028, 029): the numbers of api/write/limits.ts,
 * the partial-date parser of the model and what an article may be
 * (ingest/article/limits.ts). All are pure and import nothing, so bundling
 * them brings no server code along; a copy could drift from the API.
 */
const SHARED_RULES = ['api/write/limits.js', 'model/partial-date.js', 'ingest/article/limits.js'].map((f) => path.join(REPO_ROOT, f));

describe('the web explorer is a client of the public API only', () => {
  it('imports nothing from outside web/ but packages, the public contract and the API’s input rules (never the server code)', () => {
    const web = path.join(REPO_ROOT, 'web');
    // The contract's operations are what any client may send; GraphiQL shows them as examples.
    const contract = path.join(REPO_ROOT, 'contract');
    const offenders = webFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^import\s[^;]*?'(\.[^']+)'/gms)]
        .map((m) => path.resolve(path.dirname(f), m[1]!))
        .filter((target) => !target.startsWith(web + path.sep) && !target.startsWith(contract + path.sep) && !SHARED_RULES.includes(target))
        .map((target) => `${path.relative(REPO_ROOT, f)} → ${path.relative(REPO_ROOT, target)}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('shares only rules that import nothing themselves', () => {
    const imports = SHARED_RULES.flatMap((f) => [...readFileSync(f.replace(/\.js$/, '.ts'), 'utf8').matchAll(/^import\s/gm)].map(() => path.relative(REPO_ROOT, f)));
    assert.deepEqual(imports, []);
  });

  it('fetches nothing but /graphql and, for signing in and out, /auth/*', () => {
    const urls = webFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/fetch\(\s*([^,)]+)/g)].map((m) => m[1]!.trim()));
    assert.ok(urls.length > 0);
    assert.deepEqual([...new Set(urls)].sort(), ["'/auth/sign-in'", "'/auth/sign-out'", "'/graphql'"]);
  });

  it('writes its Vietnamese text in Unicode NFC', () => {
    const offenders = webFiles.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text !== text.normalize('NFC');
    });
    assert.deepEqual(offenders, []);
  });
});
