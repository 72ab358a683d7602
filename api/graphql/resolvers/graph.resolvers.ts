import type { GraphQLResolveInfo } from 'graphql';
import { labelsOfKinds } from '../../../model/entity-kinds.js';
import type { EdgeRow, EntityKey } from '../../db/graph/graph-edge.js';
import { BARE_EDGE_PROPERTIES } from '../../loaders/from-db.js';
import type { GraphDetail } from '../../db/graph/graph.repository.js';
import { ENTITY_LABELS, type EntityLabel } from '../../../model/labels.js';
import { notFound } from '../errors.js';
import { fromGlobalId, toGlobalId } from '../global-id.js';
import { reads, selectedProperties, selectedPropertiesOfAny } from '../field-reads.js';
import { pageWindow, toConnection } from '../pagination.js';
import type { EntityRow } from '../parent-rows.js';
import type { EntityRelationshipsArgs, Resolvers } from '../resolver-types.generated.js';
import { memoizedForSelection } from '../selection-memo.js';
import { citedFields } from './fields.js';

// The SDL states the defaults and the bounds of the explorer queries' sizes
// (input-bounds.ts enforces the bounds); an explicit null means the default.
const DEFAULTS = { depth: 1, neighborhoodLimit: 100, maxHops: 4, pathsLimit: 10 };

function entityKey(globalId: string, argument: string): EntityKey {
  const { label, id } = fromGlobalId(globalId, argument, ENTITY_LABELS);
  return { label: label as EntityLabel, id };
}

/**
 * How much of the entities under `entityPaths` and the edges under `edgePath`
 * the request reads: an explorer drawing a graph asks for ids, names and
 * types, and reading every property of hundreds of entities and the sources of
 * every edge for it was most of a neighbourhood's cost in the API.
 */
function detailFor(info: GraphQLResolveInfo, entityPaths: readonly (readonly string[])[], edgePath: readonly string[]): GraphDetail {
  const key = `graph|${entityPaths.map((path) => path.join('.')).join(',')}|${edgePath.join('.')}`;
  return memoizedForSelection(info, key, () => graphDetailOf(info, entityPaths, edgePath));
}

function graphDetailOf(info: GraphQLResolveInfo, entityPaths: readonly (readonly string[])[], edgePath: readonly string[]): GraphDetail {
  const perPath = entityPaths.map((path) => selectedPropertiesOfAny(info, ENTITY_LABELS, path));
  // What the fields asked of the edges read (field-reads.ts) decides whether they need their provenance.
  const edgeReads = selectedProperties(info, 'GraphEdge', edgePath);
  return {
    entities: perPath.some((p) => p === null) ? null : [...new Set(perPath.flatMap((p) => p ?? []))].sort(),
    edges: edgeReads !== null && edgeReads.every((property) => BARE_EDGE_PROPERTIES.has(property)) ? 'bare' : 'cited',
  };
}

/** A well-formed id of nothing: the client's mistake, but not a malformed request. */
function entityNotFound(argument: string, globalId: string) {
  return notFound(`${argument}: no entity has the id "${globalId}"`, argument);
}

/** Entity.relationships, the same for every kind of entity. */
const relationships = reads(['id'], async (row: EntityRow, args: EntityRelationshipsArgs, context) => {
  const window = pageWindow({ first: args.first, after: args.after });
  const loader = context.loaders.graph.relationships({
    types: args.types ?? null,
    direction: args.direction ?? 'BOTH',
    labels: labelsOfKinds(args.kinds),
    ...window,
  });
  // A row's label is its entity's: rows of the entity types carry one of ENTITY_LABELS.
  const page = await loader.load({ label: row.label as EntityLabel, id: row.id });
  return toConnection(page.rows, window, page.total, (r) => ({ node: r.node, relationship: r.edge, outgoing: r.outgoing }));
});

/** Resolvers of the graph domain: read arguments, call loaders, shape results. */
export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: async (_root, args, context, info) => {
      const center = entityKey(args.id, 'id');
      const depth = args.depth ?? DEFAULTS.depth;
      const limit = args.limit ?? DEFAULTS.neighborhoodLimit;
      const result = await context.loaders.graph.neighborhoods.load({
        center,
        depth,
        limit,
        types: args.types ?? null,
        detail: detailFor(info, [['nodes'], ['center']], ['edges']),
      });
      if (!result) throw entityNotFound('id', args.id);
      return { ...result, depth };
    },
    paths: async (_root, args, context, info) => {
      const from = entityKey(args.from, 'from');
      const to = entityKey(args.to, 'to');
      const maxHops = args.maxHops ?? DEFAULTS.maxHops;
      const limit = args.limit ?? DEFAULTS.pathsLimit;
      const result = await context.loaders.graph.paths.load({ from, to, maxHops, limit, detail: detailFor(info, [['nodes']], ['edges']) });
      if (!result.found) {
        const argument = result.missing[0]!.id === from.id && result.missing[0]!.label === from.label ? 'from' : 'to';
        throw entityNotFound(argument, argument === 'from' ? args.from : args.to);
      }
      return result.paths;
    },
  },
  GraphEdge: {
    ...citedFields,
    // Opaque like node ids, though no query resolves them.
    id: reads(['type', 'key'], (edge: EdgeRow) => Buffer.from(`${edge.type}:${edge.key}`, 'utf8').toString('base64url')),
    from: reads(['from'], (edge: EdgeRow) => toGlobalId(edge.from.label, edge.from.id)),
    to: reads(['to'], (edge: EdgeRow) => toGlobalId(edge.to.label, edge.to.id)),
  },
  // Every entity type answers `relationships` the same way.
  Person: { relationships },
  Organization: { relationships },
  Event: { relationships },
  Program: { relationships },
  Model: { relationships },
  Campaign: { relationships },
  Place: { relationships },
  Source: { relationships },
  Document: { relationships },
  Award: { relationships },
};
