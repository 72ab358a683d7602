import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
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
