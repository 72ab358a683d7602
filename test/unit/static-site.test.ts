import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { staticSite } from '../../api/http/static-site.js';

/** A built web app in miniature: the two pages and one hashed asset. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-web-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'graphiql'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(path.join(dir, 'graphiql', 'index.html'), '<!doctype html><title>graphiql</title>');
  writeFileSync(path.join(dir, 'assets', 'explorer-abc123.js'), 'console.log(1)');
  return dir;
}

describe('the static site (explorer and GraphiQL)', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const get = (p: string, accept = 'text/html') => fetch(`${base}${p}`, { headers: { accept } });

  before(async () => {
    dir = fakeBuild();
    const app = express();
    // Stand-ins for the API's own routes, mounted first as in api/server.ts.
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
    app.post('/graphql', (_req, res) => void res.json({ data: {} }));
    app.use(staticSite(dir));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the explorer at / and at any route of the explorer, revalidated on every visit', async () => {
    for (const route of ['/', '/models', '/person/UGVyc29uOnBlci14/timeline']) {
      const response = await get(route);
      assert.equal(response.status, 200, route);
      assert.match(await response.text(), /<title>explorer<\/title>/);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assert.match(response.headers.get('content-security-policy') ?? '', /connect-src 'self'/);
    }
  });

  it('serves GraphiQL at /graphiql', async () => {
    const response = await get('/graphiql');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>graphiql<\/title>/);
  });

  it('compresses what it sends', async () => {
    writeFileSync(path.join(dir, 'assets', 'big-def456.js'), 'const x = 1;\n'.repeat(500));
    const response = await fetch(`${base}/assets/big-def456.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
  });

  it('caches hashed assets for a year and answers 404 for a missing one', async () => {
    const asset = await get('/assets/explorer-abc123.js', '*/*');
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await get('/assets/gone-000.js', '*/*')).status, 404);
  });

  it('leaves the API routes, files and non-HTML requests alone', async () => {
    assert.deepEqual(await (await get('/healthz', 'application/json')).json(), { status: 'ok' });
    assert.equal((await fetch(`${base}/graphql`, { method: 'POST' })).status, 200);
    assert.equal((await get('/graphql')).status, 404, 'a GET of /graphql is the API’s to answer, never the explorer page');
    assert.equal((await get('/robots.txt')).status, 404);
    assert.equal((await get('/models', 'application/json')).status, 404);
    assert.equal((await fetch(`${base}/models`, { method: 'POST', headers: { accept: 'text/html' } })).status, 404);
  });

  it('mounts nothing when the web app is not built', async () => {
    const router = staticSite(path.join(dir, 'missing'));
    assert.equal(router.stack.length, 0);
  });
});
