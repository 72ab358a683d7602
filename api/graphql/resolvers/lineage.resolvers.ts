import type { ApiContext } from '../../context.js';
import type { LineLabel } from '../../db/lineage/lineage.repository.js';
import type { NodeRow } from '../../db/mapping.js';
import { membersDuring, postNeighbours } from '../../../model/lifespan.js';
import { foldVietnamese } from '../../../model/text.js';
import type { ObservationGroup } from '../../db/person/role-timeline.js';
import { reads } from '../field-reads.js';
import type { AsOfParent, EntityRow, ObservationParent, PostNeighbourParent } from '../parent-rows.js';
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

const range = (row: NodeRow) => ({ from: String(row.observedAtFrom), to: String(row.observedAtTo) });

/** The holders of a role's post next to it: every observation of the post along the line, one round trip per level. */
async function neighbours(group: ObservationGroup, context: ApiContext): Promise<{ predecessor: PostNeighbourParent | null; successor: PostNeighbourParent | null }> {
  const post = await context.loaders.lineage.post.load(`${group.organization.id}|${foldVietnamese(group.title)}`);
  const sightings = post.map((o) => ({ personId: o.person.id, during: range(o.observation), found: o }));
  // The person's whole tenure in the post along the line: a head of the board before and after its merger has one.
  let first = range(group.first);
  let last = range(group.last);
  for (const s of sightings) {
    if (s.personId !== group.person.id) continue;
    if (s.during.from < first.from) first = s.during;
    if (s.during.to > last.to) last = s.during;
  }
  const { predecessor, successor } = postNeighbours(group.person.id, first, last, sightings);
  const neighbour = (s: typeof predecessor): PostNeighbourParent | null =>
    s === null ? null : { person: s.found.person, observation: s.found.observation, organizationId: s.found.organization };
  return { predecessor: neighbour(predecessor), successor: neighbour(successor) };
}

/** `predecessor` and `successor` of a Role (a person's timeline) and an OfficeHolder (an organisation's). */
const postNeighbourFields = {
  predecessor: reads(['person', 'organization', 'title', 'first', 'last'], async (group: ObservationGroup, _args: unknown, context: ApiContext) => (await neighbours(group, context)).predecessor),
  successor: reads(['person', 'organization', 'title', 'first', 'last'], async (group: ObservationGroup, _args: unknown, context: ApiContext) => (await neighbours(group, context)).successor),
};

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
  Role: postNeighbourFields,
  OfficeHolder: postNeighbourFields,
  PostNeighbour: {
    person: reads(['person'], (parent: PostNeighbourParent) => parent.person as EntityRow),
    observation: reads(['observation'], (parent: PostNeighbourParent) => parent.observation),
    organization: reads(['organizationId'], (parent: PostNeighbourParent, _args, context) =>
      context.loaders.node.load({ label: 'Organization', id: parent.organizationId }) as Promise<EntityRow>,
    ),
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
