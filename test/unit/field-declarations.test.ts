// What a field reads of its row is declared once (api/graphql/field-reads.ts):
// a schema whose resolvers leave one undeclared does not build, and whether a
// field loads with its node follows from the declaration.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { declaredReads, needsOnlyTheId, reads, readsWholeRow, recordFieldReads } from '../../api/graphql/field-reads.js';
import type { Resolvers } from '../../api/graphql/resolver-types.generated.js';
import { buildSchema } from '../../api/graphql/schema.js';

const typeDefs = `
  type Place { id: ID! name: String! slug: String! parent: Place children: [Place!]! summary: String }
  type Query { place: Place }
`;

/** Small maps for a small schema: the generated types are the real schema's. */
const maps = (place: Record<string, unknown>) => [{ Query: { place: () => null }, Place: place }] as unknown as Resolvers[];

function schemaWith(place: Record<string, unknown>): GraphQLSchema {
  const resolverMaps = maps(place);
  const schema = makeExecutableSchema({ typeDefs, resolvers: resolverMaps as never });
  recordFieldReads(schema, resolverMaps);
  return schema;
}

const field = (schema: GraphQLSchema, name: string) => {
  const type = schema.getType('Place');
  assert.ok(isObjectType(type));
  return type.getFields()[name]!;
};

describe('the declaration of what a field reads of its row', () => {
  it('is required of every resolver of an object type: the schema does not build without it', () => {
    assert.throws(
      () => schemaWith({ slug: reads(['id'], () => 'x'), summary: () => null, parent: () => null }),
      /do not declare what they read of their row .*: Place\.parent, Place\.summary$/,
    );
  });

  it('is the property of its name for a field without a resolver, and null for one that needs its whole row', () => {
    const schema = schemaWith({ slug: reads(['id'], () => 'x'), summary: readsWholeRow(() => null), parent: reads(['id'], () => null), children: reads(['id'], () => []) });
    assert.deepEqual(declaredReads(field(schema, 'name')), ['name']);
    assert.deepEqual(declaredReads(field(schema, 'slug')), ['id']);
    assert.equal(declaredReads(field(schema, 'summary')), null);
  });

  it('makes a field load with its node when it reads only the id and resolves to objects', () => {
    const schema = schemaWith({ slug: reads(['id'], () => 'x'), summary: readsWholeRow(() => null), parent: reads(['id'], () => null), children: reads(['id', 'name'], () => []) });
    assert.equal(needsOnlyTheId(field(schema, 'parent')), true);
    assert.equal(needsOnlyTheId(field(schema, 'slug')), false, 'a leaf is cheaper to resolve than to start early');
    assert.equal(needsOnlyTheId(field(schema, 'children')), false, 'it reads the name too');
    assert.equal(needsOnlyTheId(field(schema, 'summary')), false, 'it needs the whole row');
    assert.equal(needsOnlyTheId(field(schema, 'id')), false, 'no resolver: nothing to start');
  });

  it('reads the whole row only where the API hands its row on', () => {
    const schema = buildSchema();
    const roots = new Set(['Query', 'Mutation']);
    const wholeRow = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !roots.has(t.name) && !t.name.startsWith('__'))
      .flatMap((t) => (isObjectType(t) ? Object.values(t.getFields()) : []))
      .filter((f) => f.resolve && declaredReads(f) === null).map((f) => f.name);
    // Only the fields that hand their row on to another type's fields read it whole.
    assert.deepEqual(wholeRow, ['presentations', 'presentations']);
  });
});
