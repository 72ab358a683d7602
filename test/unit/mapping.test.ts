import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { plain, toNodeRow } from '../../api/db/mapping.js';

describe('rows from the driver', () => {
  it('turn dates into the ISO text the driver writes, for any year', () => {
    for (const [y, m, d] of [[2022, 1, 5], [1, 12, 31], [0, 1, 1], [9999, 12, 31], [-1, 1, 1], [10000, 1, 1], [-44, 3, 15]] as const) {
      const date = new neo4j.types.Date(y, m, d);
      assert.equal(plain(date), date.toString());
    }
    assert.equal(plain(new neo4j.types.Date(2021, 6, 1)), '2021-06-01');
  });

  it('turn temporal values inside lists and maps too, and leave other values as they are', () => {
    const when = new neo4j.types.DateTime(2024, 2, 29, 13, 5, 0, 0, 0);
    assert.deepEqual(plain({ a: [new neo4j.types.Date(2020, 2, 3)], b: { c: when }, d: 'chữ', e: 3, f: true, g: null }), {
      a: ['2020-02-03'],
      b: { c: when.toString() },
      d: 'chữ',
      e: 3,
      f: true,
      g: null,
    });
    assert.deepEqual(toNodeRow('Event', { id: 'ev-1', dateFrom: new neo4j.types.Date(2023, 11, 30) }), { id: 'ev-1', dateFrom: '2023-11-30', label: 'Event' });
  });
});
