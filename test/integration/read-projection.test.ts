// Reads return a node's properties through nodeProperties (api/db/read-projection.ts):
// on every node of the seed, that is exactly what properties() holds, as the API
// maps it, with the match-only keys left empty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NODE_DATE_FIELDS, RELATIONSHIP_DATE_FIELDS, type RelationshipType } from '../../model/graph-model.js';
import { NODE_LABELS } from '../../model/labels.js';
import { plain } from '../../api/db/mapping.js';
import { fieldsRow, nodeFields, nodeProperties, nodeValues, relationshipProperties } from '../../api/db/read-projection.js';
import { seededExecutor } from '../helpers/seeded.js';

const MATCH_ONLY = ['searchText', 'nameKeys'];

/** What a read should give for stored properties: the mapped values, match-only keys null. */
function expected(stored: Record<string, unknown>): Record<string, unknown> {
  const mapped = plain(stored) as Record<string, unknown>;
  for (const key of MATCH_ONLY) mapped[key] = null;
  return mapped;
}

/** The projection's own keys that a node lacks come back null; drop them to compare with what it holds. */
function withoutAddedNulls(projected: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(projected).filter(([k, v]) => v !== null || k in stored || MATCH_ONLY.includes(k)));
}

describe('the properties reads return', () => {
  const executor = seededExecutor();

  for (const label of NODE_LABELS) {
    it(`are the stored ones of every ${label}, dates as ISO days, with and without the label named`, async () => {
      const rows = await executor().read<{ stored: Record<string, unknown>; named: Record<string, unknown>; generic: Record<string, unknown> }>(
        `MATCH (n:${label}) RETURN properties(n) AS stored, ${nodeProperties('n', label)} AS named, ${nodeProperties('n')} AS generic`,
      );
      assert.ok(rows.length > 0, `the seed has no ${label}`);
      for (const { stored, named, generic } of rows) {
        const want = expected(stored);
        assert.deepEqual(withoutAddedNulls(named, stored), want);
        assert.deepEqual(withoutAddedNulls(generic, stored), want);
        for (const value of Object.values(named)) assert.ok(value === null || typeof value !== 'object' || Array.isArray(value), 'no driver temporal object is left');
      }
    });
  }

  it('are the stored ones of every relationship, dates as ISO days, with and without the type named', async () => {
    const rows = await executor().read<{ stored: Record<string, unknown>; generic: Record<string, unknown> }>(
      `MATCH ()-[r]->() RETURN properties(r) AS stored, ${relationshipProperties('r')} AS generic`,
    );
    for (const { stored, generic } of rows) assert.deepEqual(withoutAddedNulls(generic, stored), plain(stored));
    for (const type of Object.keys(RELATIONSHIP_DATE_FIELDS) as RelationshipType[]) {
      const named = await executor().read<{ stored: Record<string, unknown>; named: Record<string, unknown> }>(
        `MATCH ()-[r:${type}]->() RETURN properties(r) AS stored, ${relationshipProperties('r', type)} AS named`,
      );
      assert.ok(named.length > 0, `the seed has no ${type}`);
      for (const row of named) assert.deepEqual(withoutAddedNulls(row.named, row.stored), plain(row.stored));
    }
  });

  for (const label of NODE_LABELS) {
    it(`as a list of values (nodeValues, fieldsRow) are the same as the map of those keys (nodeFields) on every ${label}`, async () => {
      // A date bound, a key given twice, a key no node holds, and the id given again.
      const dated = NODE_DATE_FIELDS[label][0];
      const keys = ['name', 'sourceIds', ...(dated ? [`${dated}From`, dated] : []), 'name', 'noSuchKey', 'id'];
      const rows = await executor().read<{ asMap: Record<string, unknown>; asList: unknown[] }>(
        `MATCH (n:${label}) RETURN ${nodeFields('n', label, keys)} AS asMap, ${nodeValues('n', label, keys)} AS asList`,
      );
      assert.ok(rows.length > 0, `the seed has no ${label}`);
      for (const { asMap, asList } of rows) {
        assert.deepEqual(fieldsRow(keys, asList), asMap);
        assert.equal(asList.length, Object.keys(asMap).length, 'each key once');
      }
    });
  }
});
