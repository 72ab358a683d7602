import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NodeLabel } from '../../model/labels.js';
import {
  allowedTriples,
  createNodesStatement,
  createRelationshipsStatement,
  labelCountStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  missingNodesStatement,
  nodePageStatement,
  relationshipPageStatement,
  typeCountStatement,
} from '../../transfer/transfer-cypher.js';
import { NODE_LABELS, SORTED_RELATIONSHIP_TYPES, type RelationshipType } from '../../transfer/transfer-model.js';

describe('the Cypher of export and import', () => {
  it('names only labels and types of the whitelist', () => {
    const injected = 'Person) DETACH DELETE n //' as NodeLabel;
    assert.throws(() => mergeNodesStatement(injected), /not a label of the graph model/);
    assert.throws(() => createNodesStatement(injected), /not a label of the graph model/);
    assert.throws(() => labelCountStatement(injected), /not a label of the graph model/);
    assert.throws(() => typeCountStatement('KNOWS]->() DELETE r //' as RelationshipType), /not a relationship type/);
    assert.throws(() => createRelationshipsStatement('KNOWS]->() DELETE r //' as RelationshipType, 'Person', 'Event'), /not a relationship type/);
    assert.throws(() => createRelationshipsStatement('HAS_ROLE', 'Person', 'Event'), /HAS_ROLE does not join Person to Event/);
    assert.throws(() => nodePageStatement(injected), /not a label of the graph model/);
    assert.throws(() => missingNodesStatement(injected), /not a label of the graph model/);
    assert.throws(() => relationshipPageStatement('KNOWS]->() DELETE r //' as RelationshipType), /not a relationship type/);
    assert.throws(() => mergeRelationshipsStatement('HAS_ROLE', 'Person', injected), /does not join|not a label/);
    assert.throws(() => mergeRelationshipsStatement('HAS_ROLE', 'Person', 'Event'), /HAS_ROLE does not join Person to Event/);
  });

  it('takes every value as a parameter', () => {
    const statement = mergeRelationshipsStatement('PARTICIPATED_IN', 'Person', 'Event');
    assert.match(statement, /WITH \$starts\[i\] AS startId, \$ends\[i\] AS endId, \$props\[i\] AS props\nMATCH \(a:Person \{id: startId\}\)/);
    assert.match(statement, /MERGE \(a\)-\[r:PARTICIPATED_IN \{id: props\.id\}\]->\(b\)/);
    assert.doesNotMatch(statement.replace(/'id'/g, ''), /'[^']*'/);
    assert.match(mergeNodesStatement('RoleObservation'), /MERGE \(n:RoleObservation \{id: props\.id\}\)\nSET n = props/);
    for (const created of [createNodesStatement('Event'), createRelationshipsStatement('PARTICIPATED_IN', 'Person', 'Event')]) {
      assert.doesNotMatch(created, /'/);
      assert.match(created, /SET [nr] = props\nRETURN count\([nr]\) AS written$/);
    }
  });

  it('CREATEs rows without the lookups that MERGE and moving a relationship need', () => {
    assert.doesNotMatch(createNodesStatement('Event'), /MERGE/);
    const created = createRelationshipsStatement('PARTICIPATED_IN', 'Person', 'Event');
    assert.match(created, /CREATE \(a\)-\[r:PARTICIPATED_IN\]->\(b\)/);
    assert.doesNotMatch(created, /MERGE|moved/);
    assert.match(mergeRelationshipsStatement('PARTICIPATED_IN', 'Person', 'Event'), /DELETE moved/);
  });

  it('pages in id order after a key, never with SKIP', () => {
    for (const statement of [nodePageStatement('Place'), relationshipPageStatement('PART_OF')]) {
      assert.match(statement, /\.id > \$after/);
      assert.match(statement, /ORDER BY [nr]\.id LIMIT \$limit/);
      assert.doesNotMatch(statement, /SKIP/);
    }
  });

  it('allows exactly the 31 label triples of the graph model (SUCCEEDED_BY joins places and organisations)', () => {
    assert.equal(allowedTriples(SORTED_RELATIONSHIP_TYPES, NODE_LABELS).length, 31);
  });
});
