import type { RelatedRow } from '../../db/graph/relation.repository.js';
import { reads } from '../field-reads.js';
import { fromGlobalId } from '../global-id.js';
import type { EntityRow, SuccessionParent } from '../parent-rows.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { eventConnection } from './event.resolvers.js';
import { citedFields, dayDate, entityFields, partialDate } from './fields.js';
import { modelConnection } from './model.resolvers.js';
import { pagedConnection } from './paged-connection.js';
import { placeScope } from './place-scope-fields.js';
import { byName, farNode } from './related-fields.js';

/** SUCCEEDED_BY as a PlaceSuccession; `place` is the other end. */
function succession(related: RelatedRow): SuccessionParent {
  return { ...related.rel, __typename: 'PlaceSuccession', place: related.node };
}

// By the day the change took effect; undated changes last.
function byDate(a: RelatedRow, b: RelatedRow): number {
  const da = typeof a.rel.dateFrom === 'string' ? a.rel.dateFrom : '\uffff';
  const db = typeof b.rel.dateFrom === 'string' ? b.rel.dateFrom : '\uffff';
  return da < db ? -1 : da > db ? 1 : byName(a.node, b.node);
}

/** Resolvers of the place domain: read arguments, call loaders, shape results. */
export const placeResolvers: Resolvers = {
  Query: {
    places: (_root, args, context) => {
      const input = args.filter ?? {};
      const filter = {
        text: input.text,
        kinds: input.kinds,
        withinId: input.within ? fromGlobalId(input.within, 'filter.within', ['Place']).id : null,
        validAt: input.validAt,
      };
      return pagedConnection(args, (window) => context.loaders.places.pages.load({ order: args.orderBy ?? 'NAME_ASC', query: { filter, ...window } }));
    },
  },
  Place: {
    ...entityFields,
    parent: farNode('placeParent'),
    ancestors: reads(['id'], (row: EntityRow, _args, context) => context.loaders.places.ancestors.load(row.id)),
    children: reads(['id'], (row: EntityRow, args, context) => context.loaders.places.children.load({ id: row.id, validAt: args.validAt ?? null })),
    validFrom: reads(['validFrom', 'validFromPrecision'], (row: EntityRow) => dayDate(row, 'validFrom')),
    validFromPartial: reads(['validFrom', 'validFromPrecision', 'validFromFrom', 'validFromTo'], (row: EntityRow) => partialDate(row, 'validFrom')),
    validTo: reads(['validTo', 'validToPrecision'], (row: EntityRow) => dayDate(row, 'validTo')),
    validToPartial: reads(['validTo', 'validToPrecision', 'validToFrom', 'validToTo'], (row: EntityRow) => partialDate(row, 'validTo')),
    successors: reads(['id'], async (row: EntityRow, _args, context) => [...(await context.loaders.related('placeSuccessors').load(row.id))].sort(byDate).map(succession)),
    predecessors: reads(['id'], async (row: EntityRow, _args, context) => [...(await context.loaders.related('placePredecessors').load(row.id))].sort(byDate).map(succession)),
    models: reads(['id'], (row: EntityRow, args, context) =>
      modelConnection(context, { placeId: row.id, includeContained: args.includeContained ?? true, followSuccession: args.followSuccession ?? true }, args),
    ),
    events: reads(['id'], (row: EntityRow, args, context) =>
      eventConnection(context, { placeId: row.id, includeContained: args.includeContained ?? true, followSuccession: args.followSuccession ?? true }, args.orderBy, args),
    ),
    organizations: reads(['id'], (row: EntityRow, args, context) => {
      const query = { placeId: row.id, includeContained: args.includeContained ?? false, followSuccession: args.followSuccession ?? true };
      return pagedConnection(
        args,
        (window) => context.loaders.places.organizationPages.load({ order: args.orderBy ?? 'NAME_ASC', query: { ...query, ...window } }),
        placeScope('Organization', row.id, query.includeContained, query.followSuccession),
      );
    }),
  },
  PlaceSuccession: {
    ...citedFields,
    date: reads(['date', 'datePrecision'], (row: SuccessionParent) => dayDate(row, 'date')),
    datePartial: reads(['date', 'datePrecision', 'dateFrom', 'dateTo'], (row: SuccessionParent) => partialDate(row, 'date')),
    note: reads(['note'], (row: SuccessionParent) => (typeof row.note === 'string' ? row.note : null)),
  },
};
