import type { Executor } from '../executor.js';
import { toNodeRow } from '../mapping.js';
import { nodeProperties, projectedNode, projectedRow, projectionKey, type Projection } from '../read-projection.js';
import type { ObservationRow } from './role-timeline.js';

/** What a statement reads of a node it may join: a projection, or (not shown) nothing. */
export type JoinRead = Projection | 'none';

/**
 * What a timeline reads of each observation and of the nodes it joins: its
 * person and organisation (always: grouping needs them), its event and its own
 * source (the first of \`sourceIds\`) when the request shows them.
 */
export interface TimelineDetail {
  observation: Projection;
  person: Projection;
  organization: Projection;
  event: JoinRead;
  source: JoinRead;
}

export const timelineDetailKey = (d: TimelineDetail) => [d.observation, d.person, d.organization, d.event, d.source].map((r) => (r === 'none' ? r : projectionKey(r))).join('|');

/**
 * The columns a statement returns for one observation \`ro\` of person \`p\` in
 * organisation \`o\`, with the nodes it joins as \`detail\` asks, so that a
 * timeline costs one round trip. A join not read is null, and left to its
 * field's loader.
 */
export function timelineColumns(detail: TimelineDetail): string {
  const event = detail.event === 'none' ? 'null' : `[(ro)-[:AT_EVENT]->(e:Event) | ${projectedNode('e', 'Event', detail.event)}][0]`;
  const source = detail.source === 'none' ? 'null' : `COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN ${projectedNode('s', 'Source', detail.source)} }[0]`;
  return `${projectedNode('ro', 'RoleObservation', detail.observation)} AS observation, ${projectedNode('p', 'Person', detail.person)} AS person, ${projectedNode('o', 'Organization', detail.organization)} AS organization,
  ${event} AS event,
  ${source} AS source`;
}

/** A row of timelineColumns: each node as its projection returned it (projectedRow reads it back). */
interface ObservationRecord {
  key: string;
  observation: unknown;
  person: unknown;
  organization: unknown;
  event: unknown;
  source: unknown;
}

const joinedNode = (label: string, projection: Projection, value: unknown) => (value === null ? null : toNodeRow(label, projectedRow(projection, value)));

function toObservationRow(r: ObservationRecord, detail: TimelineDetail): ObservationRow {
  const row = toNodeRow('RoleObservation', projectedRow(detail.observation, r.observation)) as ObservationRow;
  row.joined = {
    person: toNodeRow('Person', projectedRow(detail.person, r.person)),
    organization: toNodeRow('Organization', projectedRow(detail.organization, r.organization)),
    event: detail.event === 'none' ? undefined : joinedNode('Event', detail.event, r.event),
    source: detail.source === 'none' ? undefined : joinedNode('Source', detail.source, r.source),
  };
  return row;
}

/** Runs a statement that returns \`key\` and timelineColumns(detail) (for each of \`$ids\`, or whatever its parameters ask), and maps its rows. */
export async function readObservations(
  executor: Executor,
  statement: string,
  detail: TimelineDetail,
  params: Record<string, unknown>,
): Promise<{ key: string; row: ObservationRow }[]> {
  const rows = await executor.coalescedRead<ObservationRecord>(statement, params, ['key', 'observation', 'person', 'organization', 'event', 'source']);
  return rows.map((r) => ({ key: r.key, row: toObservationRow(r, detail) }));
}

/**
 * The end of a statement that has, per query \`q\`, the observations \`held\`
 * (maps of their properties) of persons \`p\` in organisation \`o\`: it returns
 * \`key\` and the rows grouped, the organisation once (as \`organization\`) and
 * each person once (as \`person\`, Cypher for the properties read) with what
 * they held. A province's Ban Dân vận has hundreds of observations, and a row
 * per observation would carry the organisation's and the person's whole
 * property maps each time. The rows are grouped by the organisation node and
 * its properties projected after, once per group: grouped by the projected map
 * instead, Neo4j would build and compare it for every person.
 */
export const groupedObservationReturn = (person: string) =>
  `WITH q, o, collect({person: ${person}, observations: held}) AS holders
RETURN q.key AS key, ${nodeProperties('o', 'Organization')} AS organization, holders`;

interface GroupedObservationRecord {
  key: string;
  organization: Record<string, unknown>;
  holders: { person: unknown; observations: Record<string, unknown>[] }[];
}

/**
 * Runs a statement that ends with groupedObservationReturn (its person a
 * projectedNode of \`person\`), and maps its rows as readObservations
 * does, a node read once shared by its rows.
 */
export async function readGroupedObservations(
  executor: Executor,
  statement: string,
  person: Projection,
  params: Record<string, unknown>,
): Promise<{ key: string; row: ObservationRow }[]> {
  const rows = await executor.coalescedRead<GroupedObservationRecord>(statement, params, ['key', 'organization', 'holders']);
  return rows.flatMap((r) => {
    const organization = toNodeRow('Organization', r.organization);
    return r.holders.flatMap((holder) => {
      const holderRow = toNodeRow('Person', projectedRow(person, holder.person));
      return holder.observations.map((observation) => {
        const row = toNodeRow('RoleObservation', observation) as ObservationRow;
        row.joined = { person: holderRow, organization, event: undefined, source: undefined };
        return { key: r.key, row };
      });
    });
  });
}
