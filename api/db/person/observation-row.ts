import type { Executor } from '../executor.js';
import { toNodeRow } from '../mapping.js';
import type { ObservationRow } from './role-timeline.js';

/**
 * The columns a statement returns for one observation \`ro\` of person \`p\` in
 * organisation \`o\`: the nodes it joins come along, so that a list of office
 * holders costs one round trip.
 */
export const OBSERVATION_COLUMNS = 'properties(ro) AS observation, properties(p) AS person, properties(o) AS organization';

/**
 * OBSERVATION_COLUMNS and the observation's event and own source (the first of
 * \`sourceIds\`), which a timeline always shows; a list of office holders leaves
 * them to their fields' loaders.
 */
export const TIMELINE_COLUMNS = `${OBSERVATION_COLUMNS},
  [(ro)-[:AT_EVENT]->(e:Event) | properties(e)][0] AS event,
  COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN properties(s) }[0] AS source`;

interface ObservationRecord {
  key: string;
  observation: Record<string, unknown>;
  person: Record<string, unknown>;
  organization: Record<string, unknown>;
  event?: Record<string, unknown> | null;
  source?: Record<string, unknown> | null;
}

const joinedNode = (label: string, props: Record<string, unknown> | null | undefined) => (props === undefined ? undefined : props === null ? null : toNodeRow(label, props));

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

/**
 * Runs a statement that returns \`key\` and OBSERVATION_COLUMNS, or TIMELINE_COLUMNS
 * when \`timeline\` (for each of \`$ids\`, or whatever its parameters ask), and maps its rows.
 */
export async function readObservations(
  executor: Executor,
  statement: string,
  params: Record<string, unknown>,
  timeline: boolean,
): Promise<{ key: string; row: ObservationRow }[]> {
  const columns = ['key', 'observation', 'person', 'organization', ...(timeline ? ['event', 'source'] : [])] as (keyof ObservationRecord)[];
  const rows = await executor.coalescedRead<ObservationRecord>(statement, params, columns);
  return rows.map((r) => ({ key: r.key, row: toObservationRow(r) }));
}
