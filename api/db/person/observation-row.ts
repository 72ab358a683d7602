import type { Executor } from '../executor.js';
import { toNodeRow } from '../mapping.js';
import { nodeProperties } from '../read-projection.js';
import type { ObservationRow } from './role-timeline.js';

/**
 * The columns a statement returns for one observation \`ro\` of person \`p\` in
 * organisation \`o\`, with the nodes it joins, its event and its own source
 * (the first of \`sourceIds\`), which a timeline always shows: a timeline
 * costs one round trip. (Office holders, grouped below, leave event and source
 * to their fields' loaders.)
 */
export const TIMELINE_COLUMNS = `${nodeProperties('ro', 'RoleObservation')} AS observation, ${nodeProperties('p', 'Person')} AS person, ${nodeProperties('o', 'Organization')} AS organization,
  [(ro)-[:AT_EVENT]->(e:Event) | ${nodeProperties('e', 'Event')}][0] AS event,
  COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN ${nodeProperties('s', 'Source')} }[0] AS source`;

interface ObservationRecord {
  key: string;
  observation: Record<string, unknown>;
  person: Record<string, unknown>;
  organization: Record<string, unknown>;
  event: Record<string, unknown> | null;
  source: Record<string, unknown> | null;
}

const joinedNode = (label: string, props: Record<string, unknown> | null) => (props === null ? null : toNodeRow(label, props));

function toObservationRow(r: ObservationRecord): ObservationRow {
  return {
    ...toNodeRow('RoleObservation', r.observation),
    joined: {
      person: toNodeRow('Person', r.person),
      organization: toNodeRow('Organization', r.organization),
      event: joinedNode('Event', r.event),
      source: joinedNode('Source', r.source),
    },
  };
}

/** Runs a statement that returns \`key\` and TIMELINE_COLUMNS (for each of \`$ids\`, or whatever its parameters ask), and maps its rows. */
export async function readObservations(executor: Executor, statement: string, params: Record<string, unknown>): Promise<{ key: string; row: ObservationRow }[]> {
  const rows = await executor.coalescedRead<ObservationRecord>(statement, params, ['key', 'observation', 'person', 'organization', 'event', 'source']);
  return rows.map((r) => ({ key: r.key, row: toObservationRow(r) }));
}

/**
 * The columns a statement returns per query for the observations \`held\` (maps
 * of their properties) of persons \`p\` in organisation \`o\`, grouped: the
 * organisation once, and each person once (as \`person\`, Cypher for the
 * properties read) with what they held. A province's Ban Dân vận has hundreds
 * of observations, and a row per observation would carry the organisation's
 * and the person's whole property maps each time.
 */
export const groupedObservationColumns = (person: string) =>
  `${nodeProperties('o', 'Organization')} AS organization, collect({person: ${person}, observations: held}) AS holders`;

interface GroupedObservationRecord {
  key: string;
  organization: Record<string, unknown>;
  holders: { person: Record<string, unknown>; observations: Record<string, unknown>[] }[];
}

/** Runs a statement that returns \`key\` and groupedObservationColumns, and maps its rows as readObservations does, a node read once shared by its rows. */
export async function readGroupedObservations(
  executor: Executor,
  statement: string,
  params: Record<string, unknown>,
): Promise<{ key: string; row: ObservationRow }[]> {
  const rows = await executor.coalescedRead<GroupedObservationRecord>(statement, params, ['key', 'organization', 'holders']);
  return rows.flatMap((r) => {
    const organization = toNodeRow('Organization', r.organization);
    return r.holders.flatMap((holder) => {
      const person = toNodeRow('Person', holder.person);
      return holder.observations.map((observation) => ({
        key: r.key,
        row: { ...toNodeRow('RoleObservation', observation), joined: { person, organization, event: undefined, source: undefined } },
      }));
    });
  });
}
