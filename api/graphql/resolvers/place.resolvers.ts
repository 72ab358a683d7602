import type { EventOrder } from '../../db/event/event.repository.js';
import type { RelatedRow } from '../../db/graph/relation.repository.js';
import type { ModelOrder } from '../../db/model/model.repository.js';
import type { NodeRow } from '../../db/mapping.js';
import type { NameOrder } from '../../db/place/place.repository.js';
import { fromGlobalId } from '../global-id.js';
import type { PageArgs } from '../pagination.js';
import { eventConnection } from './event.resolvers.js';
import { citedFields, dayDate, entityFields, partialDate } from './fields.js';
import { modelConnection } from './model.resolvers.js';
import { pagedConnection } from './paged-connection.js';
import { byName, farNode } from './related-fields.js';
import type { Resolvers } from './types.js';

/** The `PlaceFilter` input as GraphQL hands it over. */
interface PlaceFilterInput {
  text?: string | null;
  kinds?: string[] | null;
  within?: string | null;
  validAt?: string | null;
}

type ContainedArgs<O> = PageArgs & { includeContained?: boolean | null; orderBy?: O | null };

/** SUCCEEDED_BY as a PlaceSuccession; `place` is the other end. */
function succession(related: RelatedRow) {
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
    places: (_root, args: PageArgs & { filter?: PlaceFilterInput | null; orderBy?: NameOrder | null }, context) => {
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
    ancestors: (row: NodeRow, _args, context) => context.loaders.places.ancestors.load(row.id),
    children: (row: NodeRow, args: { validAt?: string | null }, context) => context.loaders.places.children.load({ id: row.id, validAt: args.validAt ?? null }),
    validFrom: (row: NodeRow) => dayDate(row, 'validFrom'),
    validFromPartial: (row: NodeRow) => partialDate(row, 'validFrom'),
    validTo: (row: NodeRow) => dayDate(row, 'validTo'),
    validToPartial: (row: NodeRow) => partialDate(row, 'validTo'),
    successors: async (row: NodeRow, _args, context) => [...(await context.loaders.related('placeSuccessors').load(row.id))].sort(byDate).map(succession),
    predecessors: async (row: NodeRow, _args, context) => [...(await context.loaders.related('placePredecessors').load(row.id))].sort(byDate).map(succession),
    models: (row: NodeRow, args: ContainedArgs<ModelOrder>, context) =>
      modelConnection(context, { placeId: row.id, includeContained: args.includeContained ?? true }, args),
    events: (row: NodeRow, args: ContainedArgs<EventOrder>, context) =>
      eventConnection(context, { placeId: row.id, includeContained: args.includeContained ?? true }, args.orderBy, args),
    organizations: (row: NodeRow, args: ContainedArgs<NameOrder>, context) =>
      pagedConnection(args, (window) =>
        context.loaders.places.organizationPages.load({
          order: args.orderBy ?? 'NAME_ASC',
          query: { placeId: row.id, includeContained: args.includeContained ?? false, ...window },
        }),
      ),
  },
  PlaceSuccession: {
    ...citedFields,
    date: (row: Record<string, unknown>) => dayDate(row, 'date'),
    datePartial: (row: Record<string, unknown>) => partialDate(row, 'date'),
    kind: (row: Record<string, unknown>) => row.kind ?? null,
    note: (row: Record<string, unknown>) => row.note ?? null,
  },
};
