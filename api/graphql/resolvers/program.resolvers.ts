import type { Resolvers } from './types.js';

/** Resolvers of the program domain: read arguments, call loaders, shape results. */
export const programResolvers: Resolvers = {};
