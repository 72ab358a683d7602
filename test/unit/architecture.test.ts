import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : entry.endsWith('.ts') ? [full] : [];
  });
}

/** Value imports (type-only imports carry no dependency at run time). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

/**
 * Every project file loading `entry` loads at run time: value imports,
 * re-exports and bare imports, followed through the project (a package is not
 * followed).
 */
function runtimeClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [path.join(REPO_ROOT, entry)];
  for (let file = stack.pop(); file; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gms)) {
      stack.push(path.resolve(path.dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'));
    }
  }
  return [...seen].map((f) => path.relative(REPO_ROOT, f)).sort();
}

const filesUnder = (dir: string) => sourceFiles(path.join(REPO_ROOT, dir)).map((f) => path.relative(REPO_ROOT, f));
const apiFiles = filesUnder('api');

/** The project folder (api/db, model, seed, …) each relative import of `file` lands in. */
function importedFolders(file: string): string[] {
  return importsOf(path.join(REPO_ROOT, file))
    .filter((i) => i.startsWith('.'))
    .map((i) => path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), i)));
}

describe('the layers of api/', () => {
  it('only api/db/ imports neo4j-driver', () => {
    const offenders = apiFiles.filter((f) => !f.startsWith('api/db/') && importsOf(path.join(REPO_ROOT, f)).includes('neo4j-driver'));
    assert.deepEqual(offenders, []);
  });

  it('only api/graphql/ imports graphql', () => {
    const offenders = apiFiles.filter((f) => !f.startsWith('api/graphql/') && importsOf(path.join(REPO_ROOT, f)).includes('graphql'));
    assert.deepEqual(offenders, []);
  });

  it('repositories never import GraphQL or loaders (a request flows one way)', () => {
    const offenders = apiFiles.filter(
      (f) => f.startsWith('api/db/') && importsOf(path.join(REPO_ROOT, f)).some((i) => i.includes('/graphql/') || i.includes('/loaders/') || i.startsWith('@apollo')),
    );
    assert.deepEqual(offenders, []);
  });

  it('api/graphql reaches the database only through the loaders: no value import of api/db (types are free)', () => {
    const offenders = apiFiles.filter((f) => f.startsWith('api/graphql/')).flatMap((f) =>
      importedFolders(f)
        .filter((target) => target.startsWith('api/db/'))
        .map((target) => `${f} imports ${target}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('loaders never import GraphQL', () => {
    const offenders = apiFiles.filter((f) => f.startsWith('api/loaders/') && importsOf(path.join(REPO_ROOT, f)).some((i) => i === 'graphql' || i.includes('/graphql/')));
    assert.deepEqual(offenders, []);
  });
});

describe('the graph model (model/) and its users', () => {
  it('model/ imports nothing of the project outside itself, and no package', () => {
    const offenders = filesUnder('model').flatMap((f) =>
      importsOf(path.join(REPO_ROOT, f))
        .filter((i) => !i.startsWith('./') || !path.resolve(REPO_ROOT, path.dirname(f), i).startsWith(path.join(REPO_ROOT, 'model')))
        .map((i) => `${f} imports ${i}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('api/ never imports the seed loader, export/import or scripts (they use api/, not the other way)', () => {
    const offenders = apiFiles.flatMap((f) =>
      importedFolders(f)
        .filter((target) => /^(seed|transfer|scripts|test)\//.test(target))
        .map((target) => `${f} imports ${target}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the API, started, loads nothing of the seed loader, export/import, scripts or tests, not even through ingest/', () => {
    const loaded = runtimeClosure('api/main.ts');
    assert.ok(loaded.includes('ingest/extractor.ts') && loaded.includes('api/ingest/review.operations.ts'), 'the closure reaches ingestion');
    assert.deepEqual(loaded.filter((f) => /^(seed|transfer|scripts|test)\//.test(f)), []);
  });

  it('the seed loader and export/import reach the database only through api/db, and nothing above it', () => {
    const offenders = [...filesUnder('seed'), ...filesUnder('transfer')].flatMap((f) =>
      importedFolders(f)
        .filter((target) => target.startsWith('api/') && !target.startsWith('api/db/') && target !== 'api/paths.js')
        .map((target) => `${f} imports ${target}`),
    );
    assert.deepEqual(offenders, []);
  });
});

describe('ingestion (ingest/)', () => {
  it('loads nothing of seed/ through its public entry; only the scorer (ingest/score/, a development tool) reads the seed format', () => {
    assert.deepEqual(runtimeClosure('ingest/index.ts').filter((f) => f.startsWith('seed/')), []);
    const readers = filesUnder('ingest').filter((f) => importedFolders(f).some((target) => target.startsWith('seed/')));
    assert.deepEqual(readers, ['ingest/score/expected.ts']);
  });

  it('is offline: it reaches the model and the seed format, never the API, the database or the network', () => {
    const offenders = filesUnder('ingest').flatMap((f) => [
      ...importedFolders(f)
        .filter((target) => target.startsWith('api/') && target !== 'api/paths.js')
        .map((target) => `${f} imports ${target}`),
      ...importsOf(path.join(REPO_ROOT, f))
        .filter((i) => ['neo4j-driver', 'graphql', 'node:http', 'node:https', 'node:net'].includes(i))
        .map((i) => `${f} imports ${i}`),
    ]);
    assert.deepEqual(offenders, []);
  });
});

describe('the entry points', () => {
  for (const entry of ['api/main.ts', 'scripts/start.ts']) {
    it(`${entry} sets the production default before it imports anything else`, () => {
      const firstImport = /^import\s[^;]*;/m.exec(readFileSync(path.join(REPO_ROOT, entry), 'utf8'))?.[0];
      assert.match(firstImport ?? '', /^import '(\.\/|\.\.\/api\/)production-default\.js';$/);
    });
  }
});
