import type { NodeRow } from '../../db/mapping.js';
import { selectedProperties } from '../field-reads.js';
import { fromGlobalId } from '../global-id.js';
import { prefetchFieldsOf } from '../prefetch.js';
import { DateScalar } from '../scalars.js';
import type { Resolvers } from './types.js';

function typeOf(row: { __typename?: string; label?: string }): string | undefined {
  return row.__typename ?? row.label;
}

/** `node`, `nodes`, the abstract types, and the Date scalar. */
export const nodeResolvers: Resolvers = {
  Date: DateScalar,
  Node: { __resolveType: typeOf },
  Entity: { __resolveType: typeOf },
  Cited: { __resolveType: typeOf },
  Query: {
    // A malformed id is the client's mistake; a well-formed id of nothing is null.
    node: (_root, args: { id: string }, context, info) => {
      const key = fromGlobalId(args.id, 'id');
      // Only what the selected fields read, when each of them declares it (field-reads.ts).
      const properties = selectedProperties(info, key.label);
      const row = (properties ? context.loaders.nodeWith(properties) : context.loaders.node).load(key);
      // The id names the type: the fields that need only the id load with the node, in its statement.
      prefetchFieldsOf(key.label, key.id, info, context);
      return row;
    },
    nodes: async (_root, args: { ids: string[] }, context) => {
      // At most 100, as the SDL states (input-bounds.ts).
      const keys = args.ids.map((id) => fromGlobalId(id, 'ids'));
      const rows = await context.loaders.node.loadMany(keys);
      return rows.map((r) => (r instanceof Error ? null : (r as NodeRow | null)));
    },
  },
};
