import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { createTestDriver, createTestExecutor } from '../helpers/database.js';

describe('the API process', () => {
  let driver: Driver;
  let api: RunningApi;
  const logLines: Record<string, unknown>[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  before(async () => {
    driver = createTestDriver();
    const executor = createTestExecutor(driver);
    await executor.write('MERGE (p:Person {id: $id}) SET p.name = $name, p.sourceIds = ["src-smoke"], p.sortKey = $name', { id: 'per-smoke-test', name: 'Người Thử' });
    api = await startApi(executor, { logger: pino({ level: 'info' }, logSink) });
  });
  after(async () => {
    await api.close();
    const executor = createTestExecutor(driver);
    await executor.write('MATCH (p:Person {id: $id}) DETACH DELETE p', { id: 'per-smoke-test' });
    await driver.close();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${api.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('is ready when Neo4j answers and the migrations are applied', async () => {
    const response = await fetch(`${api.url}/readyz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ready' });
  });

  it('serves a node from Neo4j through GraphQL', async () => {
    const { status, body } = await api.graphql<{ node: { __typename: string; name: string } }>(
      'query One($id: ID!) { node(id: $id) { __typename ... on Person { name } } }',
      { id: toGlobalId('Person', 'per-smoke-test') },
    );
    assert.equal(status, 200);
    assert.deepEqual(body, { data: { node: { __typename: 'Person', name: 'Người Thử' } } });
  });

  it('logs one JSON line per request with the operation name, duration and round trips', async () => {
    logLines.length = 0;
    await api.graphql('query LoggedOne($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Person', 'per-smoke-test') }, 'LoggedOne');
    const requestLines = logLines.filter((l) => l.msg === 'graphql request');
    assert.equal(requestLines.length, 1);
    const line = requestLines[0]!;
    assert.equal(line.operationName, 'LoggedOne');
    assert.equal(typeof line.durationMs, 'number');
    assert.equal(line.dbRoundTrips, 1);
    assert.equal(line.errors, undefined);
  });

  it('answers null for an unknown but well-formed id, and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await api.graphql('query { node(id: "' + toGlobalId('Person', 'per-nobody') + '") { id } }');
    assert.deepEqual(unknown.body, { data: { node: null } });
    const malformed = await api.graphql('query { node(id: "not an id!") { id } }');
    assert.equal(malformed.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(malformed.body.errors?.[0]?.extensions?.stacktrace, undefined, 'no stack trace outside development');
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    assert.equal(response.status, 400);
  });

  it('refuses an enormous document before running it', async () => {
    const fields = Array.from({ length: 4_000 }, () => '__typename').join(' ');
    const { status, body } = await api.graphql(`query { ${fields} }`);
    assert.equal(status, 400);
    assert.equal(body.data, undefined);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
    assert.match(body.errors?.[0]?.message ?? '', /more than 3000 tokens/);
  });

  it('does not suggest field names outside development', async () => {
    const { body } = await api.graphql('query { serch(query: "x") { totalCount } }');
    assert.ok(body.errors && body.errors.length > 0);
    assert.ok(body.errors.every((e) => !/did you mean/i.test(e.message)), JSON.stringify(body.errors));
  });

  it('has automatic persisted queries turned off', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_SUPPORTED');
  });
});
