import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, executeSync, parse, type GraphQLResolveInfo } from 'graphql';
import { fieldsSelectedUnder } from '../../api/graphql/selection.js';

const schema = buildSchema(`
  interface Entity { id: ID! name: String! }
  type Event implements Entity { id: ID! name: String! date: String place: Place }
  type Place implements Entity { id: ID! name: String! kind: String }
  type Hood { nodes: [Entity!]! edges: [String!]! }
  type Query { hood: Hood }
`);

/** The resolve info of Query.hood for a document. */
function infoFor(document: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  executeSync({
    schema,
    document: parse(document),
    rootValue: {
      hood: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return null;
      },
    },
  });
  return captured!;
}

describe('the fields a request selects', () => {
  it('lists the fields under a path by name, not by alias', () => {
    const info = infoFor('{ hood { nodes { __typename key: id name } } }');
    assert.deepEqual([...fieldsSelectedUnder(info, ['nodes'])].sort(), ['__typename', 'id', 'name']);
  });

  it('counts fields of inline and named fragments, whatever type they apply to', () => {
    const info = infoFor('{ hood { nodes { id ... on Event { date } ...P } } } fragment P on Place { kind }');
    assert.deepEqual([...fieldsSelectedUnder(info, ['nodes'])].sort(), ['date', 'id', 'kind']);
  });

  it('merges the selections of a field asked twice, and follows a path through fragments', () => {
    const info = infoFor('{ hood { nodes { id } ... on Hood { nodes { name ... on Event { place { kind } } } } } }');
    assert.deepEqual([...fieldsSelectedUnder(info, ['nodes'])].sort(), ['id', 'name', 'place']);
    assert.deepEqual([...fieldsSelectedUnder(info, ['nodes', 'place'])], ['kind']);
  });
});
