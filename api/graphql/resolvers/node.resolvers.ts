import type { NodeRow } from '../../db/mapping.js';
import { selectedProperties } from '../field-reads.js';
import { fromGlobalId } from '../global-id.js';
import { prefetchFieldsOf } from '../prefetch.js';
import type { CitedResolvers, EntityResolvers, NodeResolvers, Resolvers, ResolversParentTypes } from '../resolver-types.generated.js';
import { DateScalar } from '../scalars.js';

/** The object types an interface's resolveType may answer, as the schema lists them. */
type TypeNames<R extends { __resolveType: (...args: never[]) => unknown }> = NonNullable<Awaited<ReturnType<R['__resolveType']>>>;

/**
 * The type of an object of an interface type: a row built around a
 * relationship names it (`__typename`), a node row is of its label's type
 * (node labels are the schema's type names).
 */
function typeOf(row: ResolversParentTypes['Cited']): TypeNames<CitedResolvers> {
  return ((row as { __typename?: string }).__typename ?? (row as NodeRow).label) as TypeNames<CitedResolvers>;
}
const nodeTypeOf = (row: ResolversParentTypes['Node']) => typeOf(row) as TypeNames<NodeResolvers>;
const entityTypeOf = (row: ResolversParentTypes['Entity']) => typeOf(row) as TypeNames<EntityResolvers>;

/** `node`, `nodes`, the abstract types, and the Date scalar. */
export const nodeResolvers: Resolvers = {
  Date: DateScalar,
  Node: { __resolveType: nodeTypeOf },
  Entity: { __resolveType: entityTypeOf },
  Cited: { __resolveType: typeOf },
  Query: {
    // A malformed id is the client's mistake; a well-formed id of nothing is null.
    node: (_root, args, context, info) => {
      const key = fromGlobalId(args.id, 'id');
      // Only what the selected fields read, when each of them declares it (field-reads.ts).
      const properties = selectedProperties(info, key.label);
      const row = (properties ? context.loaders.nodeWith(properties) : context.loaders.node).load(key);
      // The id names the type: the fields that need only the id load with the node, in its statement.
      prefetchFieldsOf(key.label, key.id, info, context);
      return row;
    },
    nodes: async (_root, args, context) => {
      // At most 100, as the SDL states (input-bounds.ts).
      const keys = args.ids.map((id) => fromGlobalId(id, 'ids'));
      const rows = await context.loaders.node.loadMany(keys);
      return rows.map((r) => (r instanceof Error ? null : r));
    },
  },
};
