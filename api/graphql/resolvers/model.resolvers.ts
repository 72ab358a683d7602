import type { RelatedRow } from '../../db/graph/relation.repository.js';
import type { ModelFilter } from '../../db/model/model.repository.js';
import type { ApiContext } from '../../context.js';
import { fromGlobalId } from '../global-id.js';
import type { PageArgs } from '../pagination.js';
import { modelPresentation } from './event.resolvers.js';
import { citedFields, dayDate, entityFields, partialDate } from './fields.js';
import { pagedConnection } from './paged-connection.js';
import { placeScope, throughField } from './place-scope-fields.js';
import { byName, distinctById, farNode, farNodes } from './related-fields.js';
import { reads, readsWholeRow, selectedProperties } from '../field-reads.js';
import type { AdoptionParent, EntityRow, OriginParent, PartialDateParent } from '../parent-rows.js';
import type { ModelFilter as ModelFilterInput, ModelOrderBy, Resolvers } from '../resolver-types.generated.js';

/** What every field listing models takes: a page and an ordering. */
type ModelOrderArgs = PageArgs & { orderBy?: ModelOrderBy | null };

function modelFilter(input: ModelFilterInput): ModelFilter {
  const id = (value: string | null | undefined, argument: string, label: 'Place' | 'Event' | 'Program' | 'Campaign') =>
    value ? fromGlobalId(value, argument, [label]).id : null;
  return {
    text: input.text,
    placeId: id(input.place, 'filter.place', 'Place'),
    followSuccession: input.followSuccession ?? true,
    category: input.category,
    seenFrom: input.seenFrom,
    seenTo: input.seenTo,
    presentedAtId: id(input.presentedAt, 'filter.presentedAt', 'Event'),
    backedById: id(input.backedBy, 'filter.backedBy', 'Program'),
    campaignId: id(input.campaign, 'filter.campaign', 'Campaign'),
  };
}

/** A model connection: `models`, and the models of a place or a campaign. */
export function modelConnection(context: ApiContext, filter: ModelFilter, args: ModelOrderArgs) {
  const scope = placeScope('Model', filter.placeId, filter.includeContained ?? true, filter.followSuccession ?? true);
  return pagedConnection(args, (window) => context.loaders.models.pages.load({ order: args.orderBy ?? 'NAME_ASC', query: { filter, ...window } }), scope);
}

/** ADOPTED_IN as a ModelAdoption. */
function adoption(related: RelatedRow): AdoptionParent {
  return { ...related.rel, __typename: 'ModelAdoption', place: related.node };
}

// Earliest first; an adoption without a date comes last, by place name.
function bySince(a: RelatedRow, b: RelatedRow): number {
  const sa = typeof a.rel.sinceFrom === 'string' ? a.rel.sinceFrom : '\uffff';
  const sb = typeof b.rel.sinceFrom === 'string' ? b.rel.sinceFrom : '\uffff';
  return sa < sb ? -1 : sa > sb ? 1 : byName(a.node, b.node);
}

// By year; a campaign without a year (a movement) comes last, by name.
function byYear(a: EntityRow, b: EntityRow): number {
  const ya = typeof a.year === 'number' ? a.year : Number.MAX_SAFE_INTEGER;
  const yb = typeof b.year === 'number' ? b.year : Number.MAX_SAFE_INTEGER;
  return ya - yb || byName(a, b);
}

/** The adoptions of a model in order; with `properties`, places carry only those (and what the order reads). */
async function adoptions(row: EntityRow, context: ApiContext, properties?: readonly string[] | null): Promise<RelatedRow[]> {
  return [...(await context.loaders.related('modelAdoptions', properties && [...new Set([...properties, 'sortKey'])].sort()).load(row.id))].sort(bySince);
}

/** Resolvers of the model domain (models, their adoptions, campaigns): read arguments, call loaders, shape results. */
export const modelResolvers: Resolvers = {
  ModelEdge: { through: throughField },
  Query: {
    models: (_root, args, context) => modelConnection(context, modelFilter(args.filter ?? {}), args),
  },
  Model: {
    ...entityFields,
    category: reads(['category'], (row: EntityRow) => row.category ?? null),
    originPlace: farNode('modelOrigin'),
    origin: reads(['id'], async (row: EntityRow, _args, context, info): Promise<OriginParent | null> => {
      const [origin] = await context.loaders.related('modelOrigin', selectedProperties(info, 'Place', ['place'])).load(row.id);
      return origin ? { ...origin.rel, __typename: 'ModelOrigin', place: origin.node } : null;
    }),
    places: reads(['id'], async (row: EntityRow, _args, context, info) => {
      const properties = selectedProperties(info, 'Place');
      const [origin, adopted] = await Promise.all([context.loaders.related('modelOrigin', properties, false).load(row.id), adoptions(row, context, properties)]);
      return distinctById([...origin, ...adopted].map((r) => r.node));
    }),
    adoptions: reads(['id'], async (row: EntityRow, _args, context) => (await adoptions(row, context)).map(adoption)),
    events: farNodes('modelEvents'),
    // Each presentation's model is this row, whatever its fields read of it.
    presentations: readsWholeRow(async (row: EntityRow, _args, context) =>
      (await context.loaders.related('modelEvents').load(row.id)).map((r) => modelPresentation(row, r.node, r.rel)),
    ),
    firstSeen: reads(['id'], async (row: EntityRow, _args, context) => {
      const seen = await context.loaders.models.firstSeen.load(row.id);
      return seen?.precision === 'DAY' ? seen.text : null;
    }),
    firstSeenPartial: reads(['id'], (row: EntityRow, _args, context): Promise<PartialDateParent | null> => context.loaders.models.firstSeen.load(row.id)),
    programs: farNodes('modelPrograms'),
    campaigns: reads(['id'], async (row: EntityRow, _args, context) => (await context.loaders.related('modelCampaigns').load(row.id)).map((r) => r.node).sort(byYear)),
    contacts: farNodes('modelContacts'),
  },
  ModelOrigin: {
    ...citedFields,
    since: reads(['since', 'sincePrecision'], (row: OriginParent) => dayDate(row, 'since')),
    sincePartial: reads(['since', 'sincePrecision', 'sinceFrom', 'sinceTo'], (row: OriginParent) => partialDate(row, 'since')),
  },
  ModelAdoption: {
    ...citedFields,
    since: reads(['since', 'sincePrecision'], (row: AdoptionParent) => dayDate(row, 'since')),
    sincePartial: reads(['since', 'sincePrecision', 'sinceFrom', 'sinceTo'], (row: AdoptionParent) => partialDate(row, 'since')),
  },
  Campaign: {
    ...entityFields,
    year: reads(['year'], (row: EntityRow) => row.year ?? null),
    models: reads(['id'], (row: EntityRow, args, context) => modelConnection(context, { campaignId: row.id }, args)),
    reviewedAt: farNodes('campaignEvents'),
    documents: farNodes('campaignDocuments'),
    awards: farNodes('campaignAwards'),
  },
};
