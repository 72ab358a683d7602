import type { Resolvers } from './types.js';

/** Resolvers of the model domain: read arguments, call loaders, shape results. */
export const modelResolvers: Resolvers = {};
