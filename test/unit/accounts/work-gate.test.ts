import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GateFullError, WorkGate } from '../../../api/accounts/work-gate.js';

/** A task that finishes when the test says so. */
function pending<T>(value: T) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: async () => (await done, value), finish };
}

describe('the work gate', () => {
  it('runs at most `concurrency` tasks at once, the rest in arrival order, and refuses beyond the queue', async () => {
    const gate = new WorkGate(2, 1);
    const tasks = [pending('a'), pending('b'), pending('c')];
    const order: string[] = [];
    const results = tasks.map((t) => gate.run(t.run).then((v) => (order.push(v), v)));
    assert.deepEqual(gate.load, { running: 2, waiting: 1 });
    await assert.rejects(gate.run(async () => 'd'), GateFullError);
    tasks[1]!.finish();
    await results[1];
    assert.deepEqual(gate.load, { running: 2, waiting: 0 }, 'the waiting task took the freed slot');
    tasks[0]!.finish();
    tasks[2]!.finish();
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'c']);
    assert.deepEqual(order, ['b', 'a', 'c']);
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new WorkGate(1, 0);
    await assert.rejects(gate.run(async () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await gate.run(async () => 'next'), 'next');
  });
});
