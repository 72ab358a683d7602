import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NodeLabel } from '../../api/db/labels.js';
import {
  allowedTriples,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  missingNodesStatement,
  nodePageStatement,
  relationshipPageStatement,
} from '../../api/db/transfer/transfer-cypher.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type RelationshipType } from '../../api/db/transfer/transfer-model.js';

describe('the Cypher of export and import', () => {
  it('names only labels and types of the whitelist', () => {
    const injected = 'Person) DETACH DELETE n //' as NodeLabel;
    assert.throws(() => mergeNodesStatement(injected), /not a label of the graph model/);
    assert.throws(() => nodePageStatement(injected), /not a label of the graph model/);
    assert.throws(() => missingNodesStatement(injected), /not a label of the graph model/);
    assert.throws(() => relationshipPageStatement('KNOWS]->() DELETE r //' as RelationshipType), /not a relationship type/);
    assert.throws(() => mergeRelationshipsStatement('HAS_ROLE', 'Person', injected), /does not join|not a label/);
    assert.throws(() => mergeRelationshipsStatement('HAS_ROLE', 'Person', 'Event'), /HAS_ROLE does not join Person to Event/);
  });

  it('takes every value as a parameter', () => {
    const statement = mergeRelationshipsStatement('PARTICIPATED_IN', 'Person', 'Event');
    assert.match(statement, /MATCH \(a:Person \{id: row\.start\}\)/);
    assert.match(statement, /MERGE \(a\)-\[r:PARTICIPATED_IN \{id: row\.id\}\]->\(b\)/);
    assert.doesNotMatch(statement.replace(/'id'/g, ''), /'[^']*'/);
    assert.match(mergeNodesStatement('RoleObservation'), /MERGE \(n:RoleObservation \{id: row\.id\}\)\nSET n = row\.props/);
  });

  it('pages in id order after a key, never with SKIP', () => {
    for (const statement of [nodePageStatement('Place'), relationshipPageStatement('PART_OF')]) {
      assert.match(statement, /\.id > \$after/);
      assert.match(statement, /ORDER BY [nr]\.id LIMIT \$limit/);
      assert.doesNotMatch(statement, /SKIP/);
    }
  });

  it('allows exactly the 30 label triples of the graph model', () => {
    assert.equal(allowedTriples(RELATIONSHIP_TYPES, NODE_LABELS).length, 30);
  });
});
