import type { Resolvers } from './types.js';

/** Resolvers of the search domain: read arguments, call loaders, shape results. */
export const searchResolvers: Resolvers = {};
