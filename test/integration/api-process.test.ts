import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';
import { spawnApi } from '../helpers/api-process.js';
import { testNeo4jSettings } from '../helpers/database.js';

describe('the API process', () => {
  const neo4j = testNeo4jSettings();
  const env = { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, PORT: '0', LOG_LEVEL: 'info' };

  it('finishes the requests in flight on SIGTERM, then closes and exits 0', { timeout: 30_000 }, async () => {
    const { child, url, output, exited } = spawnApi(env);
    const base = new URL(await url);
    const body = JSON.stringify({ query: '{ search(query: "dan van", first: 50) { totalCount edges { node { id name } } } }' });
    // Each request sends its headers and half its body, so the server has it in
    // hand (in flight) when the signal comes; the rest of the body follows after.
    const inFlight = Array.from({ length: 3 }, () => {
      const request = http.request({ host: base.hostname, port: base.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        request.on('error', reject);
      });
      request.write(body.slice(0, 20));
      return { request, response };
    });
    await new Promise((r) => setTimeout(r, 1_000));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    for (const { request } of inFlight) request.end(body.slice(20));
    const responses = await Promise.all(inFlight.map((r) => r.response));
    assert.deepEqual(responses.map((r) => r.status), [200, 200, 200]);
    for (const r of responses) assert.match(r.text, /"totalCount":\d+/);
    const { code } = await exited;
    assert.equal(code, 0);
    assert.match(output(), /"msg":"stopped"/);
    await assert.rejects(fetch(`${base.origin}/healthz`), 'no longer accepting connections');
  });

  it('starts while Neo4j is unreachable, says so on /readyz and in its log, and refuses queries at once', { timeout: 30_000 }, async () => {
    // A port nothing listens on: taken from the system, then let go.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const api = spawnApi({ ...env, NEO4J_URI: `bolt://127.0.0.1:${closedPort}` });
    try {
      const base = await api.url;
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 503);
      assert.match(((await ready.json()) as { reason: string }).reason, new RegExp(`^Neo4j is unreachable: .*ECONNREFUSED 127\\.0\\.0\\.1:${closedPort}`));
      const started = Date.now();
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(query: "x") { totalCount } }' }) });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      assert.deepEqual(body.errors?.map((e) => e.extensions?.code), ['SERVICE_UNAVAILABLE']);
      assert.ok(Date.now() - started < 1_000, `answered in ${Date.now() - started} ms`);
      assert.match(api.output(), /"msg":"neo4j does not answer: refusing queries until it does"/);
    } finally {
      assert.equal((await api.stop('SIGTERM')).code, 0);
    }
  });

  it('stops at start-up with one clear line on invalid configuration', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 2);
    assert.equal(stderr.trim(), 'configuration error: PORT must be a whole number between 0 and 65535, got "eighty"');
  });

  it('says so when its port is taken', { timeout: 30_000 }, async () => {
    const first = spawnApi(env);
    const port = new URL(await first.url).port;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], { cwd: REPO_ROOT, env: { ...process.env, ...env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.notEqual(code, 0);
      assert.match(stderr, new RegExp(`port ${port} is already in use; set PORT to a free port`));
    } finally {
      await first.stop('SIGTERM');
    }
  });
});
