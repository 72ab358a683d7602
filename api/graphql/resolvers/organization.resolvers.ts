import type { Resolvers } from './types.js';

/** Resolvers of the organization domain: read arguments, call loaders, shape results. */
export const organizationResolvers: Resolvers = {};
