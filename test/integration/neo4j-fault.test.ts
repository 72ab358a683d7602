import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../api/db/driver.js';
import { Executor } from '../../api/db/executor.js';
import { migrate, readMigrations } from '../../api/db/schema-migrations.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { instance } from '../../scripts/neo4j/instance.js';
import { runningPid, startServer, stopServer } from '../../scripts/neo4j/server-process.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';

const quiet = () => {};
const query = 'query One($id: ID!) { node(id: $id) { ... on Person { name } } }';

// A Neo4j of its own, so killing it does not disturb the other suites.
describe('when Neo4j dies under the running API', () => {
  const inst = instance('fault-test', { NEO4J_FAULT_TEST_PORT: '7793' });
  let driver: Driver;
  let api: RunningApi;
  const variables = { id: toGlobalId('Person', 'per-fault-probe') };

  before(async () => {
    rmSync(inst.home, { recursive: true, force: true });
    const { connection } = await startServer(inst, quiet);
    driver = createDriver({ ...connection, database: undefined, transactionTimeoutMs: 5_000, connectionAcquisitionTimeoutMs: 2_000 });
    const executor = new Executor(driver, { transactionTimeoutMs: 5_000 });
    await migrate(executor, readMigrations(MIGRATIONS_DIR));
    await executor.write("MERGE (p:Person {id: 'per-fault-probe'}) SET p.name = 'Vẫn còn', p.sourceIds = ['src-x']");
    api = await startApi(executor);
  });
  after(async () => {
    await api?.close();
    await driver?.close();
    await stopServer(inst, quiet);
    rmSync(inst.home, { recursive: true, force: true });
  });

  it('serves before the fault', async () => {
    const { body } = await api.graphql(query, variables);
    assert.deepEqual(body, { data: { node: { name: 'Vẫn còn' } } });
  });

  it('turns not-ready and answers SERVICE_UNAVAILABLE quickly while Neo4j is down, without crashing', async () => {
    const pid = runningPid(inst);
    assert.ok(pid);
    process.kill(pid, 'SIGKILL');
    while (runningPid(inst) !== null) await new Promise((r) => setTimeout(r, 100));

    const ready = await fetch(`${api.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(((await ready.json()) as { reason: string }).reason, /unreachable|did not answer/);

    const started = Date.now();
    const { status, body } = await api.graphql(query, variables);
    const elapsed = Date.now() - started;
    assert.equal(status, 200);
    assert.equal(body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
    assert.ok(elapsed < 15_000, `answered in ${elapsed} ms, expected a bounded wait`);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200, 'the process itself is alive');
  });

  it('serves again once Neo4j is back, without restarting the API', async () => {
    await startServer(inst, quiet);
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
