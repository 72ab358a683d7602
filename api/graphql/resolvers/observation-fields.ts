import type { NodeRow } from '../../db/mapping.js';
import type { ObservationGroup, ObservationRow } from '../../db/person/role-timeline.js';
import type { ApiContext } from '../../context.js';
import { reads } from '../field-reads.js';
import { toGlobalId } from '../global-id.js';
import { citedFields, dayDate, partialDate, sourcesOf } from './fields.js';
import { farNode } from './related-fields.js';
import type { ResolverFn } from './types.js';

// An observation reached through a timeline carries the nodes it joins; one
// reached through node(id) does not, and follows its relationships instead.
type Observation = NodeRow & Partial<Pick<ObservationRow, 'joined'>>;

const observationPerson = farNode('observationPerson');
const observationOrganization = farNode('observationOrganization');
const observationEvent = farNode('observationEvent');

/**
 * RoleObservation: one statement of one source. The nodes it joins are not
 * stored properties: a timeline attaches them to its rows (`joined`), and
 * without them the fields follow the observation's relationships by its id.
 */
export const roleObservationFields: Record<string, ResolverFn> = {
  ...citedFields,
  id: reads(['id'], (row: Observation) => toGlobalId('RoleObservation', row.id)),
  slug: reads(['id'], (row: Observation) => row.id),
  person: reads(['id'], (row: Observation, args, context, info) => row.joined?.person ?? observationPerson(row, args, context, info)),
  titleAsWritten: reads(['title', 'titleAsWritten'], (row: Observation) => (row.titleAsWritten && row.titleAsWritten !== row.title ? row.titleAsWritten : null)),
  organization: reads(['id'], (row: Observation, args, context, info) => row.joined?.organization ?? observationOrganization(row, args, context, info)),
  observedAt: reads(['observedAt', 'observedAtPrecision'], (row: Observation) => dayDate(row, 'observedAt')),
  observedAtPartial: reads(['observedAt', 'observedAtPrecision', 'observedAtFrom', 'observedAtTo'], (row: Observation) => partialDate(row, 'observedAt')),
  event: reads(['id'], (row: Observation, args, context, info) => (row.joined?.event !== undefined ? row.joined.event : observationEvent(row, args, context, info))),
  // The facts file's own source comes first in `sourceIds`; `alsoSources` follow.
  source: reads(['sourceIds'], (row: Observation, _args, context: ApiContext) => {
    if (row.joined?.source) return row.joined.source;
    // Not joined, or an id that was merged away: the loader follows merge redirects.
    const id = Array.isArray(row.sourceIds) ? (row.sourceIds[0] as string | undefined) : undefined;
    return id ? context.loaders.node.load({ label: 'Source', id }) : null;
  }),
};

/** Role and OfficeHolder: a group of observations with its first and last date. */
export const observationGroupFields: Record<string, ResolverFn> = {
  firstSeen: (group: ObservationGroup) => dayDate(group.first, 'observedAt'),
  firstSeenPartial: (group: ObservationGroup) => partialDate(group.first, 'observedAt'),
  lastSeen: (group: ObservationGroup) => dayDate(group.last, 'observedAt'),
  lastSeenPartial: (group: ObservationGroup) => partialDate(group.last, 'observedAt'),
  sources: (group: ObservationGroup, _args, context: ApiContext) => {
    const ids = new Set(group.observations.flatMap((o) => (Array.isArray(o.sourceIds) ? (o.sourceIds as string[]) : [])));
    return sourcesOf({ sourceIds: [...ids] }, context);
  },
};
