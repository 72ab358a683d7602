import { isEnumType, type GraphQLSchema } from 'graphql';
import type { EventFilter, EventOrder } from '../../db/event/event.repository.js';
import type { RelatedRow } from '../../db/graph/relation.repository.js';
import type { ApiContext } from '../../context.js';
import { fromGlobalId } from '../global-id.js';
import type { PageArgs } from '../pagination.js';
import { citedFields, dayDate, entityFields, partialDate } from './fields.js';
import { pagedConnection } from './paged-connection.js';
import { placeScope, throughField } from './place-scope-fields.js';
import { byName, distinctById, farNode, farNodes, nodeByIdProperty } from './related-fields.js';
import { mergedReads, reads, readsWholeRow, selectedProperties } from '../field-reads.js';
import type { EntityRow, ParticipationParent, PresentationParent, RelationshipProperties } from '../parent-rows.js';
import type { EventFilter as EventFilterInput, Resolvers } from '../resolver-types.generated.js';

// Chairs first, attendees last: the order of ParticipationRole's values in the
// schema, read once per schema (generated code lists enum values sorted by name).
const roleRanks = new WeakMap<GraphQLSchema, ReadonlyMap<string, number>>();
function roleRanksOf(schema: GraphQLSchema): ReadonlyMap<string, number> {
  let ranks = roleRanks.get(schema);
  if (!ranks) {
    const role = schema.getType('ParticipationRole');
    roleRanks.set(schema, (ranks = new Map(isEnumType(role) ? role.getValues().map((value, i) => [value.value as string, i]) : [])));
  }
  return ranks;
}

function eventFilter(input: EventFilterInput): EventFilter {
  return {
    text: input.text,
    from: input.from,
    to: input.to,
    placeId: input.place ? fromGlobalId(input.place, 'filter.place', ['Place']).id : null,
    followSuccession: input.followSuccession ?? true,
    kinds: input.kinds,
    organizerId: input.organizer ? fromGlobalId(input.organizer, 'filter.organizer', ['Organization']).id : null,
    participantId: input.participant ? fromGlobalId(input.participant, 'filter.participant', ['Person']).id : null,
    online: input.online,
  };
}

/** An event connection: `events`, and the events of a place. */
export function eventConnection(context: ApiContext, filter: EventFilter, order: EventOrder | null | undefined, args: PageArgs) {
  const scope = placeScope('Event', filter.placeId, filter.includeContained ?? true, filter.followSuccession ?? true);
  return pagedConnection(args, (window) => context.loaders.events.pages.load({ order: order ?? 'DATE_DESC', query: { filter, ...window } }), scope);
}

/** A PRESENTED_AT relationship as a ModelPresentation, from whichever end it was followed. */
export function modelPresentation(model: EntityRow, event: EntityRow, rel: RelationshipProperties): PresentationParent {
  return { ...rel, __typename: 'ModelPresentation', model, event };
}

function participation(related: RelatedRow): ParticipationParent {
  return { ...related.rel, __typename: 'Participation', person: related.node };
}

/** Resolvers of the event domain: read arguments, call loaders, shape results. */
export const eventResolvers: Resolvers = {
  EventEdge: { through: throughField },
  Query: {
    events: (_root, args, context) =>
      eventConnection(context, eventFilter(args.filter ?? {}), args.orderBy, args),
  },
  Event: {
    ...entityFields,
    date: reads(['date', 'datePrecision'], (row: EntityRow) => dayDate(row, 'date')),
    datePartial: reads(['date', 'datePrecision', 'dateFrom', 'dateTo'], (row: EntityRow) => partialDate(row, 'date')),
    online: reads(['online'], (row: EntityRow) => (typeof row.online === 'boolean' ? row.online : null)),
    place: farNode('eventPlace'),
    organizers: farNodes('eventOrganizers'),
    attendingOrganizations: farNodes('eventAttendingOrganizations'),
    // The loader gives them by name; a stable sort by role keeps that within a role.
    participants: reads(['id'], async (row: EntityRow, _args, context, info) => {
      const ranks = roleRanksOf(info.schema);
      const rank = (role: unknown) => ranks.get(String(role)) ?? ranks.size;
      return [...(await context.loaders.related('eventParticipants', selectedProperties(info, 'Person', ['person'])).load(row.id))]
        .sort((a, b) => rank(a.rel.role) - rank(b.rel.role))
        .map(participation);
    }),
    models: farNodes('eventModels'),
    // Each presentation's event is this row, whatever its fields read of it.
    presentations: readsWholeRow(async (row: EntityRow, _args, context) =>
      (await context.loaders.related('eventModels').load(row.id)).map((r) => modelPresentation(r.node, row, r.rel)),
    ),
    programs: reads(['id'], async (row: EntityRow, _args, context, info) => {
      // byName orders them by their sort key, whatever the fields read.
      const properties = mergedReads(selectedProperties(info, 'Program'), ['sortKey']);
      const [signed, reviewed] = await Promise.all([
        context.loaders.related('eventProgramsSigned', properties, false).load(row.id),
        context.loaders.related('eventProgramsReviewed', properties, false).load(row.id),
      ]);
      return distinctById([...signed, ...reviewed].map((r) => r.node)).sort(byName);
    }),
    campaigns: farNodes('eventCampaigns'),
    awards: farNodes('eventAwards'),
    roleObservations: farNodes('eventRoleObservations'),
  },
  Participation: {
    ...citedFields,
    bridgePointPlace: nodeByIdProperty('Place', 'bridgePointPlaceId'),
  },
  ModelPresentation: {
    ...citedFields,
    presentedBy: nodeByIdProperty('Person', 'presentedById'),
  },
};
