import type { Resolvers } from './types.js';

/** Resolvers of the event domain: read arguments, call loaders, shape results. */
export const eventResolvers: Resolvers = {};
