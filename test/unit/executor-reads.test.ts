import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { DatabaseHealth } from '../../api/db/database-health.js';
import { DatabaseUnavailableError } from '../../api/db/errors.js';
import { Executor } from '../../api/db/executor.js';

/**
 * How the executor runs a read, seen from the driver's side: a stand-in for
 * the driver's session API only (the statements themselves run against the
 * real Neo4j in the integration suites). It records which way each statement
 * went and fails the first auto-commit run with the error given.
 */
function recordingDriver(firstRunFails: Error | null) {
  const calls: string[] = [];
  let failNext = firstRunFails;
  const record = (value: unknown) => ({ toObject: () => ({ value }) });
  const session = {
    run: async (cypher: string, _params: unknown, config: { timeout: number }) => {
      calls.push(`run ${cypher} timeout=${config.timeout}`);
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      return { records: [record('auto')] };
    },
    executeRead: async (work: (tx: unknown) => Promise<unknown>) => {
      calls.push('executeRead');
      return work({ run: async () => ({ records: [record('managed')] }) });
    },
    executeWrite: async (work: (tx: unknown) => Promise<unknown>) => {
      calls.push('executeWrite');
      return work({ run: async () => ({ records: [record('written')] }) });
    },
    close: async () => void calls.push('close'),
  };
  const driver = { session: (config: { defaultAccessMode: string }) => (calls.push(`session ${config.defaultAccessMode}`), session) } as unknown as Driver;
  return { driver, calls };
}

describe('reads', () => {
  it('run as one auto-commit statement in a read session, with the transaction timeout', async () => {
    const { driver, calls } = recordingDriver(null);
    const rows = await new Executor(driver, { transactionTimeoutMs: 1234 }).read('RETURN 1');
    assert.deepEqual(rows, [{ value: 'auto' }]);
    assert.deepEqual(calls, [`session ${neo4j.session.READ}`, 'run RETURN 1 timeout=1234', 'close']);
  });

  it('go over to a managed read transaction, which retries, when the driver calls the error retryable', async () => {
    const { driver, calls } = recordingDriver(new Neo4jError('gone', neo4j.error.SERVICE_UNAVAILABLE, 'GQL', 'description'));
    const rows = await new Executor(driver, { transactionTimeoutMs: 1000 }).read('RETURN 1');
    assert.deepEqual(rows, [{ value: 'managed' }]);
    assert.deepEqual(calls.slice(1), ['run RETURN 1 timeout=1000', 'executeRead', 'close']);
  });

  it('fail at once, as a typed error, when it is not retryable', async () => {
    const { driver, calls } = recordingDriver(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'GQL', 'description'));
    await assert.rejects(new Executor(driver, { transactionTimeoutMs: 1000 }).read('RETURN'), /bad/);
    assert.deepEqual(calls.slice(1), ['run RETURN timeout=1000', 'close']);
  });
});

/** A health whose probe answers as `neo4jAnswers` says, and counts its probes. */
function healthOf(neo4jAnswers: () => boolean) {
  const probes = { count: 0 };
  const health = new DatabaseHealth(
    async () => {
      probes.count += 1;
      if (!neo4jAnswers()) throw new Error('connect ECONNREFUSED');
    },
    { checkIntervalMs: 60_000, retryIntervalMs: 60_000, probeTimeoutMs: 1_000 },
  );
  return { health, probes };
}

const serviceUnavailable = () => new Neo4jError('Failed to connect to server', neo4j.error.SERVICE_UNAVAILABLE, 'GQL', 'description');

describe('behind the circuit breaker', () => {
  it('reads and writes are refused without opening a session while it is open', async () => {
    const { driver, calls } = recordingDriver(null);
    const { health } = healthOf(() => false);
    assert.equal(await health.check(), false);
    const executor = new Executor(driver, { transactionTimeoutMs: 1000 }).guardedBy(health).withMetadata({ operation: 'One' });
    await assert.rejects(executor.read('RETURN 1'), DatabaseUnavailableError);
    await assert.rejects(executor.writeTransaction(async () => 'never'), DatabaseUnavailableError);
    assert.deepEqual(calls, []);
  });

  it('pass and behave as before while it is closed', async () => {
    const { driver, calls } = recordingDriver(null);
    const { health, probes } = healthOf(() => true);
    const executor = new Executor(driver, { transactionTimeoutMs: 1000 }).guardedBy(health);
    assert.deepEqual(await executor.read('RETURN 1'), [{ value: 'auto' }]);
    assert.deepEqual(await executor.writeTransaction(async (tx) => (await tx.run('CREATE ()')).records[0]!.toObject()), { value: 'written' });
    assert.deepEqual(calls, [`session ${neo4j.session.READ}`, 'run RETURN 1 timeout=1000', 'close', `session ${neo4j.session.WRITE}`, 'executeWrite', 'close']);
    assert.equal(probes.count, 0, 'a healthy statement costs no probe');
  });

  it('a read that finds Neo4j gone, as the probe confirms, fails at once instead of retrying, and opens the breaker', async () => {
    const { driver, calls } = recordingDriver(serviceUnavailable());
    const { health, probes } = healthOf(() => false);
    const executor = new Executor(driver, { transactionTimeoutMs: 1000 }).guardedBy(health);
    await assert.rejects(executor.read('RETURN 1'), DatabaseUnavailableError);
    assert.deepEqual(calls.slice(1), ['run RETURN 1 timeout=1000', 'close']);
    assert.deepEqual([health.available, probes.count], [false, 1]);
  });

  it('a retryable error while the probe still answers goes over to the managed, retrying transaction', async () => {
    const { driver, calls } = recordingDriver(serviceUnavailable());
    const { health, probes } = healthOf(() => true);
    const rows = await new Executor(driver, { transactionTimeoutMs: 1000 }).guardedBy(health).read('RETURN 1');
    assert.deepEqual(rows, [{ value: 'managed' }]);
    assert.deepEqual(calls.slice(1), ['run RETURN 1 timeout=1000', 'executeRead', 'close']);
    assert.deepEqual([health.available, probes.count], [true, 1]);
  });

  it('the probe itself passes the open breaker, once, without retrying', async () => {
    const { driver, calls } = recordingDriver(serviceUnavailable());
    const { health } = healthOf(() => false);
    await health.check();
    const executor = new Executor(driver, { transactionTimeoutMs: 1000 });
    await assert.rejects(executor.guardedBy(health).probe('RETURN 1'), DatabaseUnavailableError);
    assert.deepEqual(calls.slice(1), ['run RETURN 1 timeout=1000', 'close']);
  });
});
