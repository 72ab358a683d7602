import type { GraphQLResolveInfo, GraphQLScalarType } from 'graphql';
import type { ApiContext } from '../../context.js';

// Parents are the plain rows repositories return; arguments are validated by GraphQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResolverFn = (parent: any, args: any, context: ApiContext, info: GraphQLResolveInfo) => unknown;

export type Resolvers = Record<string, GraphQLScalarType | Record<string, ResolverFn>>;
