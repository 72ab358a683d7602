import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BatchBuffers, WritePool } from '../../transfer/write-batches.js';

/** A write that finishes when the test says so, and counts how many run at once. */
class HeldWrites {
  running = 0;
  most = 0;
  finished: number[] = [];
  private readonly release: Array<(error?: Error) => void> = [];

  write(id: number): () => Promise<void> {
    return () => {
      this.running += 1;
      this.most = Math.max(this.most, this.running);
      return new Promise<void>((resolve, reject) => {
        this.release[id] = (error) => {
          this.running -= 1;
          if (error) return reject(error);
          this.finished.push(id);
          resolve();
        };
      });
    };
  }

  finish(id: number, error?: Error) {
    this.release[id]!(error);
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the write pool', () => {
  it('runs at most its limit of batches at once, and submit waits only while it is full', async () => {
    const writes = new HeldWrites();
    const pool = new WritePool(2);
    await pool.submit(writes.write(0));
    await pool.submit(writes.write(1));
    let thirdStarted = false;
    const third = pool.submit(writes.write(2)).then(() => (thirdStarted = true));
    await turn();
    assert.equal(thirdStarted, false);
    assert.equal(writes.running, 2);
    writes.finish(1);
    await third;
    assert.equal(writes.running, 2);
    writes.finish(0);
    writes.finish(2);
    await pool.drain();
    assert.deepEqual(writes.finished, [1, 0, 2]);
    assert.equal(writes.most, 2);
  });

  it('starts nothing after a batch has failed, and drain throws that failure once the others are done', async () => {
    const writes = new HeldWrites();
    const pool = new WritePool(2);
    await pool.submit(writes.write(0));
    await pool.submit(writes.write(1));
    writes.finish(0, new Error('Neo4j is down'));
    await turn();
    await assert.rejects(pool.submit(writes.write(2)), /Neo4j is down/);
    let drained = false;
    const drain = pool.drain().catch((error: Error) => ((drained = true), error));
    await turn();
    assert.equal(drained, false, 'waits for the batch still in flight');
    writes.finish(1);
    assert.match(String(await drain), /Neo4j is down/);
    assert.deepEqual(writes.finished, [1]);
  });

  it('refuses a limit below one', () => {
    assert.throws(() => new WritePool(0), /whole number ≥ 1/);
  });
});

describe('the batch buffers', () => {
  function recorder(size: number, maxBuffered: number) {
    const batches: Array<[string, number[]]> = [];
    const buffers = new BatchBuffers<string, number>(size, maxBuffered, async (key, rows) => void batches.push([key, rows]));
    return { batches, buffers };
  }

  it('hands over a batch per key when it is full, and the rest on flushAll', async () => {
    const { batches, buffers } = recorder(2, 100);
    for (const [key, row] of [['Person', 1], ['Event', 2], ['Person', 3], ['Person', 4], ['Event', 5]] as const) await buffers.add(key, key, row);
    assert.deepEqual(batches, [
      ['Person', [1, 3]],
      ['Event', [2, 5]],
    ]);
    await buffers.flushAll();
    assert.deepEqual(batches, [
      ['Person', [1, 3]],
      ['Event', [2, 5]],
      ['Person', [4]],
    ]);
  });

  it('hands over the fullest buffer early once too many rows wait, however the keys interleave', async () => {
    const { batches, buffers } = recorder(10, 4);
    for (const [key, row] of [['A', 1], ['B', 2], ['A', 3], ['C', 4], ['A', 5]] as const) await buffers.add(key, key, row);
    assert.deepEqual(batches, [['A', [1, 3, 5]]]);
    await buffers.flushAll();
    assert.deepEqual(batches.flatMap(([, rows]) => rows).sort(), [1, 2, 3, 4, 5]);
  });
});
