import type { NodeRow } from '../../db/mapping.js';
import type { ObservationGroup } from '../../db/person/role-timeline.js';
import { reads } from '../field-reads.js';
import { toGlobalId } from '../global-id.js';
import type { ObservationParent } from '../parent-rows.js';
import type { OfficeHolderResolvers, RoleObservationResolvers, RoleResolvers } from '../resolver-types.generated.js';
import { citedFields, dayDate, requiredPartialDate, sourcesOf } from './fields.js';
import { farNode, requiredFarNode } from './related-fields.js';

const observationPerson = requiredFarNode('observationPerson');
const observationOrganization = requiredFarNode('observationOrganization');
const observationEvent = farNode('observationEvent');

/**
 * RoleObservation: one statement of one source. The nodes it joins are not
 * stored properties: a timeline attaches them to its rows (`joined`), and
 * without them the fields follow the observation's relationships by its id.
 */
export const roleObservationFields: RoleObservationResolvers = {
  ...citedFields,
  id: reads(['id'], (row: ObservationParent) => toGlobalId('RoleObservation', row.id)),
  slug: reads(['id'], (row: ObservationParent) => row.id),
  person: reads(['id'], (row: ObservationParent, args, context, info) => row.joined?.person ?? observationPerson(row, args, context, info)),
  titleAsWritten: reads(['title', 'titleAsWritten'], (row: ObservationParent) => (row.titleAsWritten && row.titleAsWritten !== row.title ? row.titleAsWritten : null)),
  organization: reads(['id'], (row: ObservationParent, args, context, info) => row.joined?.organization ?? observationOrganization(row, args, context, info)),
  observedAt: reads(['observedAt', 'observedAtPrecision'], (row: ObservationParent) => dayDate(row, 'observedAt')),
  observedAtPartial: reads(['observedAt', 'observedAtPrecision', 'observedAtFrom', 'observedAtTo'], (row: ObservationParent) => requiredPartialDate(row, 'observedAt')),
  event: reads(['id'], (row: ObservationParent, args, context, info) => (row.joined?.event !== undefined ? row.joined.event : observationEvent(row, args, context, info))),
  // The facts file's own source comes first in `sourceIds`; `alsoSources` follow.
  source: reads(['sourceIds'], (row: ObservationParent, _args, context) => {
    if (row.joined?.source) return row.joined.source;
    // Not joined, or an id that was merged away: the loader follows merge redirects.
    const id = Array.isArray(row.sourceIds) ? row.sourceIds[0] : undefined;
    if (!id) throw new Error(`RoleObservation ${row.id} cites no source`);
    // A cited source is never deleted (api/write/delete.operation.ts): the node is there.
    return context.loaders.node.load({ label: 'Source', id }) as Promise<NodeRow>;
  }),
};

/** Role and OfficeHolder: a group of observations with its first and last date. */
export const observationGroupFields = {
  firstSeen: reads(['first'], (group: ObservationGroup) => dayDate(group.first, 'observedAt')),
  firstSeenPartial: reads(['first'], (group: ObservationGroup) => requiredPartialDate(group.first, 'observedAt')),
  lastSeen: reads(['last'], (group: ObservationGroup) => dayDate(group.last, 'observedAt')),
  lastSeenPartial: reads(['last'], (group: ObservationGroup) => requiredPartialDate(group.last, 'observedAt')),
  sources: reads(['observations'], (group: ObservationGroup, _args, context) => {
    const ids = new Set(group.observations.flatMap((o) => (Array.isArray(o.sourceIds) ? (o.sourceIds as string[]) : [])));
    return sourcesOf({ sourceIds: [...ids] }, context);
  }),
} satisfies RoleResolvers & OfficeHolderResolvers;
