import type { RelatedRow } from '../../db/graph/relation.repository.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { OfficeHolderDetail, OrganizationEventRow, OrganizationFilter } from '../../db/organization/organization.repository.js';
import { mergedReads, reads, selectedProperties } from '../field-reads.js';
import { fromGlobalId } from '../global-id.js';
import { memoizedForSelection } from '../selection-memo.js';
import type { EntityRow, OrganizationEventEdgeParent, OrganizationSuccessionParent } from '../parent-rows.js';
import type { OrganizationFilter as OrganizationFilterInput, Resolvers } from '../resolver-types.generated.js';
import { edgeConnection } from './edge-connection.js';
import { citedFields, dayDate, entityFields, partialDate } from './fields.js';
import { observationGroupFields } from './observation-fields.js';
import { pagedConnection } from './paged-connection.js';
import { placeScope, throughField } from './place-scope-fields.js';
import { byName, farNode, farNodes } from './related-fields.js';

function organizationFilter(input: OrganizationFilterInput): OrganizationFilter {
  return {
    text: input.text,
    kinds: input.kinds,
    levels: input.levels,
    lines: input.lines,
    placeId: input.place ? fromGlobalId(input.place, 'filter.place', ['Place']).id : null,
    followSuccession: input.followSuccession ?? true,
  };
}

/** ORGANIZED or ATTENDED as an OrganizationEventEdge, citing the relationship's sources. */
function eventEdge(item: OrganizationEventRow): OrganizationEventEdgeParent {
  return { ...item.rel, __typename: 'OrganizationEventEdge', node: item.node, relation: item.relation };
}

/** SUCCEEDED_BY as an OrganizationSuccession; `organization` is the other end. */
function succession(related: RelatedRow): OrganizationSuccessionParent {
  return { ...related.rel, __typename: 'OrganizationSuccession', organization: related.node };
}

// By the day the change took effect (the first day its date covers); undated changes last.
function byDate(a: RelatedRow, b: RelatedRow): number {
  const da = typeof a.rel.dateFrom === 'string' ? a.rel.dateFrom : '\uffff';
  const db = typeof b.rel.dateFrom === 'string' ? b.rel.dateFrom : '\uffff';
  return da < db ? -1 : da > db ? 1 : byName(a.node, b.node);
}

// What office holders are ordered by, besides what the request reads of their people.
const PERSON_ORDER_PROPERTIES = ['name', 'sortKey'];

/** How much of each office holder the fields selected under `officeHolders` read (the line is the argument's: added per call). */
function officeHolderDetail(info: GraphQLResolveInfo): Omit<OfficeHolderDetail, 'line'> {
  return memoizedForSelection(info, 'officeHolders', () => officeHolderDetailOf(info));
}

function officeHolderDetailOf(info: GraphQLResolveInfo): Omit<OfficeHolderDetail, 'line'> {
  // A holder read with its first and last observation only serves fields that read no other (field-reads.ts).
  const holderReads = selectedProperties(info, 'OfficeHolder');
  // The holder's person is also each of its observations' person.
  return {
    observations: holderReads === null || holderReads.includes('observations') ? 'all' : 'ends',
    person: mergedReads(selectedProperties(info, 'Person', ['person']), selectedProperties(info, 'Person', ['observations', 'person']), PERSON_ORDER_PROPERTIES) ?? 'all',
  };
}

/** Resolvers of the organization domain: read arguments, call loaders, shape results. */
export const organizationResolvers: Resolvers = {
  OrganizationEdge: { through: throughField },
  Query: {
    organizations: (_root, args, context) => {
      const filter = organizationFilter(args.filter ?? {});
      const scope = placeScope('Organization', filter.placeId, true, filter.followSuccession ?? true);
      return pagedConnection(args, (window) => context.loaders.organizations.pages.load({ order: args.orderBy ?? 'NAME_ASC', query: { filter, ...window } }), scope);
    },
  },
  Organization: {
    ...entityFields,
    // Stored as `collective: true` or absent (graph-model.md), like `inferred`.
    collective: reads(['collective'], (row: EntityRow) => row.collective === true),
    memberCount: reads(['memberCount'], (row: EntityRow) => (typeof row.memberCount === 'number' ? row.memberCount : null)),
    place: farNode('organizationPlace'),
    parent: farNode('organizationParent'),
    children: farNodes('organizationChildren'),
    officeHolders: reads(['id'], (row: EntityRow, args, context, info) =>
      context.loaders.organizations.officeHolders.load({ organizationId: row.id, at: args.at ?? null, detail: { ...officeHolderDetail(info), line: args.wholeLine ?? false } }),
    ),
    programs: reads(['id'], (row: EntityRow, _args, context) => context.loaders.organizations.programs.load(row.id)),
    events: reads(['id'], (row: EntityRow, args, context) =>
      edgeConnection(
        args,
        (window) =>
          context.loaders.organizations.events.load({ order: args.orderBy ?? 'DATE_DESC', query: { organizationId: row.id, relation: args.relation ?? null, ...window } }),
        eventEdge,
      ),
    ),
    documentsIssued: farNodes('organizationDocumentsIssued'),
    awardsGranted: farNodes('organizationAwardsGranted'),
    validFrom: reads(['validFrom', 'validFromPrecision'], (row: EntityRow) => dayDate(row, 'validFrom')),
    validFromPartial: reads(['validFrom', 'validFromPrecision', 'validFromFrom', 'validFromTo'], (row: EntityRow) => partialDate(row, 'validFrom')),
    validTo: reads(['validTo', 'validToPrecision'], (row: EntityRow) => dayDate(row, 'validTo')),
    validToPartial: reads(['validTo', 'validToPrecision', 'validToFrom', 'validToTo'], (row: EntityRow) => partialDate(row, 'validTo')),
    successors: reads(['id'], async (row: EntityRow, _args, context) =>
      [...(await context.loaders.related('organizationSuccessors').load(row.id))].sort(byDate).map(succession),
    ),
    predecessors: reads(['id'], async (row: EntityRow, _args, context) =>
      [...(await context.loaders.related('organizationPredecessors').load(row.id))].sort(byDate).map(succession),
    ),
    published: reads(['id'], (row: EntityRow, args, context) =>
      pagedConnection(args, (window) => context.loaders.organizations.published.load({ order: 'DATE_DESC', query: { organizationId: row.id, ...window } })),
    ),
  },
  OfficeHolder: observationGroupFields,
  OrganizationEventEdge: citedFields,
  OrganizationSuccession: {
    ...citedFields,
    date: reads(['date', 'datePrecision'], (row: OrganizationSuccessionParent) => dayDate(row, 'date')),
    datePartial: reads(['date', 'datePrecision', 'dateFrom', 'dateTo'], (row: OrganizationSuccessionParent) => partialDate(row, 'date')),
    note: reads(['note'], (row: OrganizationSuccessionParent) => (typeof row.note === 'string' ? row.note : null)),
  },
};
