import type { Resolvers } from './types.js';

/** Resolvers of the place domain: read arguments, call loaders, shape results. */
export const placeResolvers: Resolvers = {};
