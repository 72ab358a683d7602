import type { ApiContext } from '../../context.js';
import type { LineLabel } from '../../db/lineage/lineage.repository.js';
import type { NodeRow } from '../../db/mapping.js';
import { membersDuring } from '../../../model/lifespan.js';
import { reads } from '../field-reads.js';
import type { AsOfParent, EntityRow, ObservationParent } from '../parent-rows.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { requiredFarNode } from './related-fields.js';

const observationOrganization = requiredFarNode('observationOrganization');

/**
 * A place or organisation as it stood from `from` to `to` (one day for
 * `asOf`, an observation's range of days otherwise): its line in one round
 * trip per level, the members that existed then decided by model/lifespan.ts.
 */
async function standing(label: LineLabel, id: string, from: string, to: string, context: ApiContext): Promise<AsOfParent> {
  const line = await context.loaders.lineage.line(label).load(id);
  const { existence, members } = membersDuring(line, { from, to });
  return {
    label,
    from,
    to,
    existence,
    members: members.map((m) => ({ node: m.node, parentIds: m.parentIds })),
    latest: line.filter((u) => u.step > 0 && u.bounds.outgoing.length === 0).map((u) => u.node),
  };
}

/** The one member's parent as it stood then: the member of the parent's line that existed, when there is exactly one. */
async function parentThen(parent: AsOfParent, context: ApiContext): Promise<NodeRow | null> {
  const only = parent.members.length === 1 ? parent.members[0]! : null;
  if (only === null || only.parentIds.length !== 1) return null;
  const then = await standing(parent.label, only.parentIds[0]!, parent.from, parent.to, context);
  return then.members.length === 1 ? then.members[0]!.node : null;
}

const members = reads(['members'], (parent: AsOfParent) => parent.members.map((m) => m.node as EntityRow));
const name = reads(['members'], (parent: AsOfParent) => (parent.members.length === 1 ? (parent.members[0]!.node.name ?? null) : null));
const existence = reads(['existence'], (parent: AsOfParent) => parent.existence);
const parentField = reads(['label', 'members', 'from', 'to'], (parent: AsOfParent, _args: unknown, context: ApiContext) => parentThen(parent, context) as Promise<EntityRow | null>);

/** `asOf` of places and organisations, an observation's organisation then, and the types they answer. */
export const lineageResolvers: Resolvers = {
  Place: {
    asOf: reads(['id'], (row: EntityRow, args, context) => standing('Place', row.id, args.date, args.date, context)),
  },
  Organization: {
    asOf: reads(['id'], (row: EntityRow, args, context) => standing('Organization', row.id, args.date, args.date, context)),
  },
  RoleObservation: {
    // The observation's own range of days: a date known to the year spans the year.
    organizationThen: reads(['id', 'observedAtFrom', 'observedAtTo'], async (row: ObservationParent, args, context, info) => {
      const organization = row.joined?.organization ?? (await observationOrganization(row, args, context, info));
      return standing('Organization', organization.id, String(row.observedAtFrom), String(row.observedAtTo), context);
    }),
  },
  PlaceAsOf: {
    date: reads(['from'], (parent: AsOfParent) => parent.from),
    existence,
    places: members,
    name,
    parent: parentField,
  },
  OrganizationAsOf: {
    from: reads(['from'], (parent: AsOfParent) => parent.from),
    to: reads(['to'], (parent: AsOfParent) => parent.to),
    existence,
    organizations: members,
    name,
    parent: parentField,
    latest: reads(['latest'], (parent: AsOfParent) => parent.latest as EntityRow[]),
  },
};
