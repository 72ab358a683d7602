import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoundedCache } from '../../api/db/bounded-cache.js';
import { statementVariants } from '../../api/db/statement-variants.js';

describe('a bounded cache', () => {
  it('keeps what it is given until it is full, then lets the oldest go', () => {
    const cache = new BoundedCache<string, number>(3);
    assert.equal(cache.set('a', 1), 1);
    cache.set('b', 2);
    cache.set('c', 3);
    assert.deepEqual(['a', 'b', 'c'].map((k) => cache.get(k)), [1, 2, 3]);
    cache.set('d', 4);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((k) => cache.get(k)), [undefined, 2, 3, 4]);
    assert.equal(cache.size, 3);
  });

  it('replaces a kept key in place, without letting another go', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.size], [10, 2, 2]);
  });

  it('refuses a bound below one', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) assert.throws(() => new BoundedCache(limit), /at least one entry/);
  });
});

describe('statement variants', () => {
  it('builds each variant once, however often it is asked, and stays bounded', () => {
    const built: string[] = [];
    const statement = statementVariants<{ detail: string }>((v) => v.detail, (v) => (built.push(v.detail), `RETURN '${v.detail}'`));
    for (let i = 0; i < 3; i++) assert.equal(statement({ detail: 'all' }), "RETURN 'all'");
    assert.deepEqual(built, ['all']);
    // A variant keyed by request text (the mistake the bound is for) cannot grow it forever: the oldest are built again.
    for (let i = 0; i < 1_000; i++) statement({ detail: `d${i}` });
    assert.equal(statement({ detail: 'd999' }), "RETURN 'd999'");
    assert.equal(built.length, 1_001);
    statement({ detail: 'all' });
    assert.equal(built.length, 1_002, 'the first variant was let go and is built again');
  });
});
