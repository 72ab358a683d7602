// LOG_LEVEL=debug: the executor logs each statement's text, parameter names
// (never their values) and time; at any other level it does nothing per statement.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { Executor } from '../../api/db/executor.js';

/** A stand-in for the driver's session API: every statement answers one row. */
function fakeDriver(): Driver {
  const answer = async () => ({ records: [{ toObject: () => ({ n: 1 }) }] });
  const session = {
    run: answer,
    executeWrite: async (work: (tx: unknown) => Promise<unknown>) => work({ run: () => answer() }),
    close: async () => {},
  };
  return { session: () => session } as unknown as Driver;
}

function capturedLogger(level: string): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level, base: undefined, timestamp: false }, stream), lines };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the statement log', () => {
  it('at debug level, gives each statement with its parameter names, time, rows and request', async () => {
    const { logger, lines } = capturedLogger('debug');
    const executor = new Executor(fakeDriver(), { transactionTimeoutMs: 1000, logger }).withMetadata({ requestId: 'r-1', operation: 'Search' });
    await executor.read('MATCH (n {id: $id}) RETURN n', { id: 'bí mật', first: 5 });
    await executor.writeTransaction(async (tx) => {
      await tx.run('CREATE (n {id: $id})', { id: 'x' });
      await tx.run('RETURN 1');
    });
    await settle();
    assert.equal(lines.length, 3);
    for (const line of lines) {
      assert.equal(typeof line.durationMs, 'number');
      assert.ok((line.durationMs as number) >= 0);
    }
    assert.deepEqual(
      lines.map(({ durationMs: _, ...rest }) => rest),
      [
        { level: 20, msg: 'cypher', mode: 'READ', statement: 'MATCH (n {id: $id}) RETURN n', parameters: ['id', 'first'], rows: 1, requestId: 'r-1', operation: 'Search' },
        { level: 20, msg: 'cypher', mode: 'WRITE', statement: 'CREATE (n {id: $id})', parameters: ['id'], rows: 1, requestId: 'r-1', operation: 'Search' },
        { level: 20, msg: 'cypher', mode: 'WRITE', statement: 'RETURN 1', parameters: [], rows: 1, requestId: 'r-1', operation: 'Search' },
      ],
    );
    assert.ok(!JSON.stringify(lines).includes('bí mật'), 'parameter values stay out of the log');
  });

  it('above debug level, looks at the level once and logs nothing', async () => {
    let levelChecks = 0;
    const logger = {
      isLevelEnabled: () => (levelChecks++, false),
      debug: () => assert.fail('logged at info level'),
    } as unknown as Logger;
    const executor = new Executor(fakeDriver(), { transactionTimeoutMs: 1000, logger });
    for (let i = 0; i < 3; i++) {
      const perRequest = executor.withMetadata({ requestId: `r-${i}` }, undefined, { coalesceReads: true });
      await perRequest.read('RETURN 1', { a: 1 });
      await perRequest.coalescedRead('RETURN 1 AS n', {}, ['n']);
      await perRequest.writeTransaction(async (tx) => void (await tx.run('RETURN 1')));
    }
    assert.equal(levelChecks, 1);
  });
});
