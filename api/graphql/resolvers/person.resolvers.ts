import type { Resolvers } from './types.js';

/** Resolvers of the person domain: read arguments, call loaders, shape results. */
export const personResolvers: Resolvers = {};
