// Faults under writes (issue 5): `kill -9` of Neo4j in the middle of a stream
// of mutations, and `kill -9` of the API process in the middle of multi-part
// mutations. After each fault every acknowledged mutation is there exactly
// once, an unacknowledged one is there whole or not at all (and a client's
// retry of it does not duplicate it), and the database keeps the invariants of
// test/helpers/graph-invariants.ts. Both run on a Neo4j of their own.
import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { ConstraintViolationError } from '../../api/db/errors.js';
import type { Executor } from '../../api/db/executor.js';
import type { LocalConnection } from '../../scripts/neo4j/instance.js';
import { createTestKeys } from '../helpers/api-keys.js';
import { spawnApi, type ApiProcess } from '../helpers/api-process.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { assertGraphInvariants, readAuditTrail } from '../helpers/graph-invariants.js';
import { faultTolerantExecutor, migrateSchema, ownNeo4j } from '../helpers/own-neo4j.js';
import { sendAll, sendMutation, startWriteStream, waitUntil, type KeySecrets, type Outcome } from '../helpers/write-stream.js';
import { addAliasOp, createModelOp, fixtureRequests, mergePair, recordRoleObservationOp, verdict, type MutationRequest, type WriteOp } from '../helpers/write-workload.js';

const NEO4J_KILLS = 3;
const API_KILLS = 3;
const MERGES_PER_ROUND = 6;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** Every op acknowledged is applied; every other one is applied or absent, never partial. Returns how many unacknowledged ones were applied. */
async function checkOutcomes(executor: Executor, outcomes: Outcome<WriteOp>[]): Promise<number> {
  const trail = (await readAuditTrail(executor)).entries;
  let appliedUnacknowledged = 0;
  for (const { request: op, answer } of outcomes) {
    const state = verdict(await op.probe(executor, trail));
    if (answer.acknowledged) assert.equal(state, 'applied', `${op.name} was acknowledged`);
    else assert.ok(state === 'applied' || state === 'absent', `${op.name} (not acknowledged: ${answer.detail}) is ${state}`);
    if (!answer.acknowledged && state === 'applied') appliedUnacknowledged += 1;
  }
  return appliedUnacknowledged;
}

/** Every op is there exactly once: whole, with one audit entry for its change. */
async function checkAllApplied(executor: Executor, ops: readonly WriteOp[]): Promise<void> {
  const trail = (await readAuditTrail(executor)).entries;
  for (const op of ops) assert.equal(verdict(await op.probe(executor, trail)), 'applied', op.name);
}

/** Open transactions the API started for requests (it tags them with `app: dvk-graph`; its health probe's also with `probe`). */
async function apiTransactions(executor: Executor): Promise<number> {
  const rows = await executor.read<{ open: number }>("SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'dvk-graph' AND metaData.probe IS NULL RETURN count(*) AS open");
  return rows[0]?.open ?? 0;
}

describe('write faults', () => {
  const neo4j = ownNeo4j('write-faults', 7811);
  let connection: LocalConnection;
  let driver: Driver | undefined;
  let executor: Executor;
  let keys: KeySecrets;
  let api: RunningApi | undefined;

  before(async () => {
    connection = await neo4j.start();
    ({ driver, executor } = faultTolerantExecutor(connection));
    await migrateSchema(driver!);
    const created = await createTestKeys(executor, 'flt');
    keys = { editor: created.editor.secret, admin: created.admin.secret };
    api = await startApi(executor);
    // Everything in this database is written through the API (or the key commands), so the audit trail must account for all of it.
    for (const { request, answer } of await sendAll(fixtureRequests(), (r) => sendMutation(api!.url, keys, r), 1)) {
      assert.ok(answer.acknowledged, `${request.name}: ${answer.detail}`);
    }
  }, { timeout: 120_000 });
  after(async () => {
    await api?.close();
    await driver?.close();
    await neo4j.remove();
  }, { timeout: 60_000 });

  describe('kill -9 of Neo4j in the middle of a stream of mutations, then a restart', () => {
    it(`keeps every acknowledged mutation exactly once and nothing half-written, ${NEO4J_KILLS} times over, and the API serves again without a restart of its own`, { timeout: 150_000 }, async (t: TestContext) => {
      const kinds = [createModelOp, recordRoleObservationOp, addAliasOp];
      const everyOp: WriteOp[] = [];
      for (let cycle = 1; cycle <= NEO4J_KILLS; cycle++) {
        let sent = 0;
        const next = () => kinds[sent % kinds.length]!(`k${cycle}-${sent++}`);
        const stream = startWriteStream(next, (op) => sendMutation(api!.url, keys, op), { concurrency: 4 });
        let inFlight = 0;
        let restartMs = 0;
        let servingAgainMs = 0;
        let outcomes: Outcome<WriteOp>[];
        try {
          await waitUntil(() => stream.acknowledged() >= 8, 30_000, 'the stream is under way');
          await sleep(randomInt(0, 300));
          inFlight = stream.inFlight();
          await neo4j.kill();
          const killedAt = Date.now();
          await neo4j.start();
          restartMs = Date.now() - killedAt;
          const acknowledgedAtRestart = stream.acknowledged();
          // The same API, same driver: it must take writes again by itself.
          await waitUntil(() => stream.acknowledged() >= acknowledgedAtRestart + 3, 30_000, 'the API acknowledges writes again');
          servingAgainMs = Date.now() - killedAt - restartMs;
        } finally {
          // Also when a step failed: no client may go on sending once the test is over.
          outcomes = await stream.stop();
        }
        assert.equal((await fetch(`${api!.url}/readyz`)).status, 200);

        const appliedUnacknowledged = await checkOutcomes(executor, outcomes);
        // A client is told to try again, and does, with the same ids, whatever was not acknowledged.
        const refused = outcomes.filter((o) => !o.answer.acknowledged);
        for (const { request, answer } of refused) assert.match(answer.detail, /^(SERVICE_UNAVAILABLE|QUERY_TIMEOUT):/, `${request.name} was refused as a retryable failure`);
        for (const { request, answer } of await sendAll(refused.map((o) => o.request), (op) => sendMutation(api!.url, keys, op))) {
          assert.ok(answer.acknowledged, `the retry of ${request.name}: ${answer.detail}`);
        }
        everyOp.push(...outcomes.map((o) => o.request));
        // This cycle's writes and every earlier cycle's survived the crash, each exactly once.
        await checkAllApplied(executor, everyOp);
        await assertGraphInvariants(executor);
        await assert.rejects(executor.write('CREATE (:Model {id: $id})', { id: `mdl-zz-flt-k${cycle}-0` }), ConstraintViolationError, 'the id constraint still holds');
        const answers = [...new Set(refused.map((o) => o.answer.detail.split(':')[0]))].join(', ');
        t.diagnostic(
          `cycle ${cycle}: ${outcomes.length} mutations, ${inFlight} in flight at the kill, ${refused.length} not acknowledged (${answers}), ` +
            `${appliedUnacknowledged} of them committed all the same; Neo4j back in ${restartMs} ms, writes acknowledged again ${servingAgainMs} ms later`,
        );
      }
    });
  });

  describe('kill -9 of the API process in the middle of multi-part mutations', () => {
    let server: ApiProcess | undefined;
    after(async () => {
      await server?.stop('SIGKILL');
    });

    it(`leaves no mutation half-written, ${API_KILLS} times over, and a restarted API's retries duplicate nothing`, { timeout: 90_000 }, async (t: TestContext) => {
      const env = { NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, PORT: '0', LOG_LEVEL: 'silent' };
      const everyOp: WriteOp[] = [];
      let unacknowledged: WriteOp[] = [];
      for (let round = 1; round <= API_KILLS + 1; round++) {
        server = spawnApi(env);
        const url = await server.url;
        const send = (r: MutationRequest) => sendMutation(url, keys, r);
        // The new process retries what the killed one left unanswered. A merge that was committed
        // anyway answers that it is already done; nothing is written twice.
        for (const { request, answer } of await sendAll(unacknowledged, send)) {
          assert.ok(answer.acknowledged || /was already merged/.test(answer.detail), `the retry of ${request.name}: ${answer.detail}`);
        }
        if (round > API_KILLS) {
          await checkAllApplied(executor, everyOp);
          await assertGraphInvariants(executor);
          assert.equal((await server.stop('SIGTERM')).code, 0);
          break;
        }

        const pairs = Array.from({ length: MERGES_PER_ROUND }, (_, j) => mergePair(`a${round}-${j}`));
        for (const phase of [0, 1] as const) {
          for (const { request, answer } of await sendAll(pairs.flatMap((p) => p.setup[phase]), send)) assert.ok(answer.acknowledged, `${request.name}: ${answer.detail}`);
        }
        // Merges (each moves four relationships, deletes a node and rewrites another) alternate with creates of a model and its source.
        const queue: WriteOp[] = pairs.flatMap((p, j) => [p.merge, createModelOp(`a${round}-${j}`)]);
        let extra = 0;
        const stream = startWriteStream(() => queue.shift() ?? createModelOp(`a${round}-x${extra++}`), send, { concurrency: 4 });
        let inFlight = 0;
        let outcomes: Outcome<WriteOp>[];
        let ended: Awaited<ReturnType<ApiProcess['stop']>>;
        try {
          const acknowledgedBeforeKill = randomInt(0, 4);
          await waitUntil(() => stream.acknowledged() >= acknowledgedBeforeKill, 20_000, 'the stream is under way');
          // Kill while Neo4j holds at least one of the API's transactions open.
          await waitUntil(async () => (await apiTransactions(executor)) > 0, 20_000, 'a transaction of the API is open');
          inFlight = stream.inFlight();
        } finally {
          // Nothing is sent after the kill: what was in flight is what the kill interrupted.
          const stopping = stream.stop();
          ended = await server.stop('SIGKILL');
          outcomes = await stopping;
        }
        const killedAt = Date.now();
        assert.equal(ended.signal, 'SIGKILL');
        // Neo4j rolls back the transactions of a client whose connection died.
        await waitUntil(async () => (await apiTransactions(executor)) === 0, 20_000, "Neo4j has ended the killed API's transactions");
        const rolledBackMs = Date.now() - killedAt;

        const appliedUnacknowledged = await checkOutcomes(executor, outcomes);
        await assertGraphInvariants(executor);
        for (const { request, answer } of outcomes.filter((o) => !o.answer.acknowledged)) assert.match(answer.detail, /^no answer/, `${request.name} was cut off by the kill`);
        unacknowledged = outcomes.filter((o) => !o.answer.acknowledged).map((o) => o.request);
        everyOp.push(...outcomes.map((o) => o.request));
        t.diagnostic(
          `round ${round}: killed after ${outcomes.filter((o) => o.answer.acknowledged).length} acknowledged mutations with ${inFlight} in flight ` +
            `(${outcomes.filter((o) => !o.answer.acknowledged && o.request.name.startsWith('merge')).length} of them merges), ` +
            `${appliedUnacknowledged} committed without an answer; Neo4j had ended the killed API's transactions ${rolledBackMs} ms later`,
        );
      }
    });
  });
});
