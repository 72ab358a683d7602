import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../api/db/executor.js';
import { CountingObserver, createTestDriver, testNeo4jSettings } from '../helpers/database.js';

describe('reads coalesced into one statement', () => {
  let driver: Driver;
  before(() => {
    driver = createTestDriver();
  });
  after(async () => driver.close());

  const requestExecutor = (observer: CountingObserver) =>
    new Executor(driver, { database: testNeo4jSettings().database, transactionTimeoutMs: 30_000 }).withMetadata({ test: 'coalescer' }, observer, { coalesceReads: true });

  it('answers each read issued in the same turn with its own rows, in its own order, in one round trip', async () => {
    const observer = new CountingObserver();
    const executor = requestExecutor(observer);
    // The same parameter names in each statement, a statement with no rows, and one with an ORDER BY.
    const [squares, none, words] = await Promise.all([
      executor.coalescedRead<{ n: number; square: number }>('UNWIND $ids AS n RETURN n, n * n AS square ORDER BY n DESC', { ids: [1, 2, 3] }, ['n', 'square']),
      executor.coalescedRead<{ n: number }>('UNWIND $ids AS n WITH n WHERE n > 100 RETURN n', { ids: [1, 2] }, ['n']),
      executor.coalescedRead<{ word: string; length: number }>('UNWIND $ids AS word RETURN word, size(word) AS length ORDER BY word', { ids: ['ba', 'a', 'ccc'] }, ['word', 'length']),
    ]);
    assert.deepEqual(squares, [{ n: 3, square: 9 }, { n: 2, square: 4 }, { n: 1, square: 1 }]);
    assert.deepEqual(none, []);
    assert.deepEqual(words, [{ word: 'a', length: 1 }, { word: 'ba', length: 2 }, { word: 'ccc', length: 3 }]);
    assert.equal(observer.count, 1);
    assert.match(observer.queries[0]!, /UNION ALL/);
  });

  it('gives each column its own value, whatever order the statement returns them in: nulls, lists and maps included', async () => {
    const observer = new CountingObserver();
    const executor = requestExecutor(observer);
    const [mixed, other] = await Promise.all([
      executor.coalescedRead<{ a: unknown; b: unknown; c: unknown }>('RETURN $c AS c, null AS a, [$b, null] AS b', { b: 'Hội quán', c: { tên: 'Đồng Tháp', n: null } }, ['a', 'b', 'c']),
      executor.coalescedRead<{ x: unknown }>('RETURN $x AS x', { x: [] }, ['x']),
    ]);
    assert.deepEqual(mixed, [{ a: null, b: ['Hội quán', null], c: { tên: 'Đồng Tháp', n: null } }]);
    assert.deepEqual(other, [{ x: [] }]);
    assert.equal(observer.count, 1);
  });

  it('runs a lone read as it is, and reads of a later turn in a statement of their own', async () => {
    const observer = new CountingObserver();
    const executor = requestExecutor(observer);
    assert.deepEqual(await executor.coalescedRead('RETURN $x AS x', { x: 1 }, ['x']), [{ x: 1 }]);
    assert.deepEqual(await executor.coalescedRead('RETURN $x AS x', { x: 2 }, ['x']), [{ x: 2 }]);
    assert.deepEqual(observer.queries, ['RETURN $x AS x', 'RETURN $x AS x']);
  });

  it('fails every read of a combined statement that fails, and the next turn works again', async () => {
    const observer = new CountingObserver();
    const executor = requestExecutor(observer);
    const results = await Promise.allSettled([
      executor.coalescedRead('RETURN $x AS x', { x: 1 }, ['x']),
      executor.coalescedRead('RETURN 1 / toInteger($zero) AS x', { zero: 0 }, ['x']),
    ]);
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
    assert.deepEqual(await executor.coalescedRead('RETURN $x AS x', { x: 3 }, ['x']), [{ x: 3 }]);
  });

  it('refuses a column that is not a plain identifier', async () => {
    const executor = requestExecutor(new CountingObserver());
    await assert.rejects(async () => executor.coalescedRead('RETURN 1 AS x', {}, ['x}) RETURN 1 //']), /plain identifiers/);
  });

  it('does not combine on an executor that does not coalesce', async () => {
    const observer = new CountingObserver();
    const executor = new Executor(driver, { database: testNeo4jSettings().database, transactionTimeoutMs: 30_000, observer });
    await Promise.all([executor.coalescedRead('RETURN 1 AS x', {}, ['x']), executor.coalescedRead('RETURN 2 AS x', {}, ['x'])]);
    assert.equal(observer.count, 2);
  });
});
