import type { Resolvers } from './types.js';

/** Resolvers of the graph domain: read arguments, call loaders, shape results. */
export const graphResolvers: Resolvers = {};
