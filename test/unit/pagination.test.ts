import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offsetCursor, pageWindow, toConnection } from '../../api/graphql/pagination.js';

describe('offset cursors and connections', () => {
  it('give every position a cursor that reads back as that position, kept or not', () => {
    for (const position of [0, 1, 19, 9_999, 10_000, 123_456]) {
      const cursor = offsetCursor(position);
      assert.equal(cursor, Buffer.from(`o:${position}`, 'utf8').toString('base64url'));
      assert.equal(offsetCursor(position), cursor, 'the same cursor the second time');
      assert.deepEqual(pageWindow({ first: 5, after: cursor }), { offset: position + 1, limit: 5 });
    }
  });

  it('make each item an edge with its cursor, the item as node unless the edge names its own', () => {
    const window = { offset: 20, limit: 3 };
    const plain = toConnection(['a', 'b'], window, 30);
    assert.deepEqual(
      plain.edges.map((e) => [e.node, e.cursor]),
      [
        ['a', offsetCursor(20)],
        ['b', offsetCursor(21)],
      ],
    );
    assert.deepEqual(plain.pageInfo, { hasNextPage: true, hasPreviousPage: true, startCursor: offsetCursor(20), endCursor: offsetCursor(21) });

    const items = [{ rel: { role: 'SPOKE' }, event: 'ev-1' }];
    const withExtras = toConnection(items, { offset: 0, limit: 1 }, 1, (item) => ({ ...item.rel, node: item.event }));
    assert.deepEqual({ ...withExtras.edges[0] }, { role: 'SPOKE', node: 'ev-1', cursor: offsetCursor(0) });
    assert.deepEqual(withExtras.pageInfo, { hasNextPage: false, hasPreviousPage: false, startCursor: offsetCursor(0), endCursor: offsetCursor(0) });
    assert.deepEqual(items, [{ rel: { role: 'SPOKE' }, event: 'ev-1' }], 'the items are left as they were');
  });

  it('answers an empty page with no cursors', () => {
    const empty = toConnection([], { offset: 0, limit: 20 }, 0);
    assert.deepEqual(empty, { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });
});
