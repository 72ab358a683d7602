import type { Executor } from '../executor.js';
import { toNodeRow } from '../mapping.js';
import type { ObservationRow } from './role-timeline.js';

/**
 * The columns a timeline statement returns for one observation `ro` of person
 * `p` in organisation `o`: the nodes it joins come along, so that a timeline or
 * a list of office holders costs one round trip.
 */
export const OBSERVATION_COLUMNS = `properties(ro) AS observation, properties(p) AS person, properties(o) AS organization,
  [(ro)-[:AT_EVENT]->(e:Event) | properties(e)][0] AS event,
  COLLECT { MATCH (s:Source {id: ro.sourceIds[0]}) RETURN properties(s) }[0] AS source`;

interface ObservationRecord {
  key: string;
  observation: Record<string, unknown>;
  person: Record<string, unknown>;
  organization: Record<string, unknown>;
  event: Record<string, unknown> | null;
  source: Record<string, unknown> | null;
}

function toObservationRow(r: ObservationRecord): ObservationRow {
  return {
    ...toNodeRow('RoleObservation', r.observation),
    joined: {
      person: toNodeRow('Person', r.person),
      organization: toNodeRow('Organization', r.organization),
      event: r.event ? toNodeRow('Event', r.event) : null,
      source: r.source ? toNodeRow('Source', r.source) : null,
    },
  };
}

/** Runs a statement that returns `key` and OBSERVATION_COLUMNS (for each of `$ids`, or whatever its parameters ask), and maps its rows. */
export async function readObservations(executor: Executor, statement: string, params: Record<string, unknown>): Promise<{ key: string; row: ObservationRow }[]> {
  const rows = await executor.coalescedRead<ObservationRecord>(statement, params, ['key', 'observation', 'person', 'organization', 'event', 'source']);
  return rows.map((r) => ({ key: r.key, row: toObservationRow(r) }));
}
