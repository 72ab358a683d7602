import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { recordFieldReads } from './field-reads.js';
import { enforceInputBounds } from './input-bounds.js';
import { loadTypeDefs } from './load-schema.js';
import { resolvers } from './resolvers/index.js';

/**
 * The executable schema: the SDL of schema/*.graphql with every domain's
 * resolvers, and the argument bounds the SDL states (@constraint) enforced.
 */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers,
    // A resolver for a field the SDL lacks, or a field with arguments and no resolver to read them, is a bug caught at start-up.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForArgs: 'error' },
  });
  recordFieldReads(schema, resolvers);
  enforceInputBounds(schema);
  return schema;
}
