import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { newKeySecret } from '../../api/auth/index.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { faultTolerantExecutor, migrateSchema, ownNeo4j } from '../helpers/own-neo4j.js';

const query = 'query One($id: ID!) { node(id: $id) { ... on Person { name } } }';

// A Neo4j of its own, so killing it does not disturb the other suites.
describe('when Neo4j dies under the running API', () => {
  const neo4j = ownNeo4j('fault-test', 7793);
  let driver: Driver;
  let api: RunningApi;
  const variables = { id: toGlobalId('Person', 'per-fault-probe') };

  before(async () => {
    const connected = faultTolerantExecutor(await neo4j.start());
    driver = connected.driver;
    await migrateSchema(connected.executor);
    await connected.executor.write("MERGE (p:Person {id: 'per-fault-probe'}) SET p.name = 'Vẫn còn', p.sourceIds = ['src-x']");
    api = await startApi(connected.executor);
  });
  after(async () => {
    await api?.close();
    await driver?.close();
    await neo4j.remove();
  });

  it('serves before the fault', async () => {
    const { body } = await api.graphql(query, variables);
    assert.deepEqual(body, { data: { node: { name: 'Vẫn còn' } } });
  });

  it('turns not-ready and answers SERVICE_UNAVAILABLE quickly while Neo4j is down, without crashing', async () => {
    await neo4j.kill();

    const ready = await fetch(`${api.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(((await ready.json()) as { reason: string }).reason, /unreachable|did not answer/);

    const started = Date.now();
    // A request with an API key fails earlier, while its key is looked up: it is no less retryable.
    const [{ status, body }, write] = await Promise.all([
      api.graphql(query, variables),
      api.graphqlAs(newKeySecret().secret, 'mutation { createSource(input: {title: "Không ghi được", kind: ARTICLE}) { created } }'),
    ]);
    const elapsed = Date.now() - started;
    assert.equal(status, 200);
    assert.equal(body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
    assert.deepEqual([write.status, write.body.errors?.[0]?.extensions?.code], [503, 'SERVICE_UNAVAILABLE']);
    assert.ok(elapsed < 15_000, `answered in ${elapsed} ms, expected a bounded wait`);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200, 'the process itself is alive');
  });

  it('serves again once Neo4j is back, without restarting the API', async () => {
    await neo4j.start();
    let body;
    // The driver notices the server is back on its next attempt; allow a few.
    for (let attempt = 0; attempt < 20; attempt++) {
      body = (await api.graphql(query, variables)).body;
      if (!body.errors) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.deepEqual(body, { data: { node: { name: 'Vẫn còn' } } });
    assert.equal((await fetch(`${api.url}/readyz`)).status, 200);
  });
});
