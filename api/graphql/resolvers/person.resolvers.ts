import type { AppearanceDetail, AppearanceRow, CoAppearanceRow, PersonFilter } from '../../db/person/person.repository.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeLabel } from '../../../model/labels.js';
import type { TimelineDetail } from '../../db/person/observation-row.js';
import { GROUP_END_PROPERTIES } from '../../loaders/from-db.js';
import { mergedReads, reads, selectedProperties } from '../field-reads.js';
import { fieldsSelectedUnder } from '../selection.js';
import { memoizedForSelection } from '../selection-memo.js';
import { fromGlobalId } from '../global-id.js';
import type { AppearanceEdgeParent, EntityRow } from '../parent-rows.js';
import type { PersonFilter as PersonFilterInput, Resolvers } from '../resolver-types.generated.js';
import { edgeConnection } from './edge-connection.js';
import { citedFields, entityFields } from './fields.js';
import { observationGroupFields, roleObservationFields } from './observation-fields.js';
import { pagedConnection } from './paged-connection.js';
import { farNodes, nodeByIdProperty } from './related-fields.js';

function personFilter(input: PersonFilterInput): PersonFilter {
  return {
    text: input.text,
    organizationId: input.organization ? fromGlobalId(input.organization, 'filter.organization', ['Organization']).id : null,
    placeId: input.place ? fromGlobalId(input.place, 'filter.place', ['Place']).id : null,
    followSuccession: input.followSuccession ?? true,
    title: input.title,
    seenFrom: input.seenFrom,
    seenTo: input.seenTo,
  };
}

/** PARTICIPATED_IN as a PersonAppearanceEdge: the relationship's properties (role, title, sources) around the event. */
function appearanceEdge(item: AppearanceRow): AppearanceEdgeParent {
  return { ...item.rel, __typename: 'PersonAppearanceEdge', node: item.node };
}

function coAppearanceEdge(item: CoAppearanceRow) {
  return { node: item.node, count: item.events.length, events: item.events };
}

// What a timeline is grouped and ordered by: each observation's title and
// dates, each organisation's name (role-timeline.ts).
const ORGANIZATION_ORDER_PROPERTIES = ['name', 'sortKey'];

/** What the fields selected under `roles` read of the observations and of the nodes they join. */
function timelineDetail(info: GraphQLResolveInfo): TimelineDetail {
  return memoizedForSelection(info, 'timeline', () => timelineDetailOf(info));
}

function timelineDetailOf(info: GraphQLResolveInfo): TimelineDetail {
  const underRole = fieldsSelectedUnder(info, []);
  const underObservation = fieldsSelectedUnder(info, ['observations']);
  const all = (reads: readonly string[] | null) => reads ?? 'all';
  const joined = (field: string, label: NodeLabel) => (underObservation.has(field) ? all(selectedProperties(info, label, ['observations', field])) : 'none');
  return {
    observation: all(
      mergedReads(selectedProperties(info, 'RoleObservation', ['observations']), GROUP_END_PROPERTIES, underRole.has('sources') ? ['sourceIds'] : []),
    ),
    person: all(selectedProperties(info, 'Person', ['observations', 'person'])),
    organization: all(
      mergedReads(selectedProperties(info, 'Organization', ['organization']), selectedProperties(info, 'Organization', ['observations', 'organization']), ORGANIZATION_ORDER_PROPERTIES),
    ),
    event: joined('event', 'Event'),
    source: joined('source', 'Source'),
  };
}

/** What the fields selected on the events of `appearances` read of them and of the places they were held in. */
function appearanceDetail(info: GraphQLResolveInfo): AppearanceDetail {
  return memoizedForSelection(info, 'appearances', () => ({
    event: selectedProperties(info, 'Event', ['edges', 'node']) ?? 'all',
    place: selectedProperties(info, 'Place', ['edges', 'node', 'place']) ?? 'all',
  }));
}

/** Resolvers of the person domain: read arguments, call loaders, shape results. */
export const personResolvers: Resolvers = {
  Query: {
    people: (_root, args, context) => {
      const filter = personFilter(args.filter ?? {});
      return pagedConnection(args, (window) => context.loaders.people.pages.load({ order: args.orderBy ?? 'NAME_ASC', query: { filter, ...window } }));
    },
  },
  Person: {
    ...entityFields,
    roles: reads(['id'], (row: EntityRow, _args, context, info) => context.loaders.people.roles.load({ personId: row.id, detail: timelineDetail(info) })),
    appearances: reads(['id'], (row: EntityRow, args, context, info) =>
      edgeConnection(
        args,
        (window) =>
          context.loaders.people.appearances.load({
            order: args.orderBy ?? 'DATE_ASC',
            query: { personId: row.id, role: args.role ?? null, detail: appearanceDetail(info), ...window },
          }),
        appearanceEdge,
      ),
    ),
    coAppearances: reads(['id'], (row: EntityRow, args, context) =>
      edgeConnection(args, (window) => context.loaders.people.coAppearances.load({ order: 'COUNT_DESC', query: { personId: row.id, ...window } }), coAppearanceEdge),
    ),
    authored: reads(['id'], (row: EntityRow, args, context) =>
      pagedConnection(args, (window) => context.loaders.people.authored.load({ order: 'DATE_DESC', query: { personId: row.id, ...window } })),
    ),
    awardsPresented: farNodes('personAwardsPresented'),
    documentsAbout: farNodes('personDocumentsAbout'),
  },
  RoleObservation: roleObservationFields,
  Role: observationGroupFields,
  PersonAppearanceEdge: {
    ...citedFields,
    bridgePointPlace: nodeByIdProperty('Place', 'bridgePointPlaceId'),
  },
};
