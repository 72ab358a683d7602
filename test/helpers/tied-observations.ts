import type { Executor } from '../../api/db/executor.js';

/**
 * A provincial board whose office holders were observed at partial dates that
 * tie, for checking that what reads only the first and last observation picks
 * the ones role-timeline.ts picks from all of them. Everything it creates has
 * an id starting with `zz-oh-`.
 */
const SOURCE = 'src-000-tong-ket-dvcq-2020';
export const TIED_ORGANIZATION = 'zz-oh-org';

// One person, one title, observed at partial dates whose ranges tie: "2023"
// and "2023-12" end on the same day, "2023" and "2023-01-05" start on
// different days, and two observations are both "2023-12" (the id decides).
// Another person holds a second title with no dated observation at all.
const OBSERVATIONS: [person: string, title: string, id: string, text: string | null, precision: string | null, from: string | null, to: string | null][] = [
  ['zz-oh-a', 'Trưởng Ban', 'zz-oh-obs-1', '2023', 'YEAR', '2023-01-01', '2023-12-31'],
  ['zz-oh-a', 'Trưởng Ban', 'zz-oh-obs-2', '2023-12', 'MONTH', '2023-12-01', '2023-12-31'],
  ['zz-oh-a', 'Trưởng Ban', 'zz-oh-obs-3', '2023-12', 'MONTH', '2023-12-01', '2023-12-31'],
  ['zz-oh-a', 'Trưởng Ban', 'zz-oh-obs-4', '2023-01-05', 'DAY', '2023-01-05', '2023-01-05'],
  ['zz-oh-a', 'Trưởng Ban', 'zz-oh-obs-5', '2023', 'YEAR', '2023-01-01', '2023-12-31'],
  ['zz-oh-b', 'Phó Trưởng Ban', 'zz-oh-obs-6', null, null, null, null],
  ['zz-oh-b', 'Phó Trưởng Ban', 'zz-oh-obs-7', '2021-06-30', 'DAY', '2021-06-30', '2021-06-30'],
];

const CREATE = `
MERGE (o:Organization {id: $org}) SET o.name = 'Ban Kiểm Thử Chức Danh', o.kind = 'PARTY_BOARD', o.level = 'PROVINCE', o.sourceIds = [$source]
WITH o
UNWIND $observations AS row
MERGE (p:Person {id: row[0]}) SET p.name = 'Người ' + row[0], p.sortKey = row[0], p.sourceIds = [$source]
CREATE (ro:RoleObservation {id: row[2], title: row[1], titleAsWritten: row[1], sourceIds: [$source]})
SET ro.observedAt = row[3], ro.observedAtPrecision = row[4], ro.observedAtFrom = date(row[5]), ro.observedAtTo = date(row[6])
CREATE (p)-[:HAS_ROLE {id: row[2] + '-has', sourceIds: [$source]}]->(ro)-[:IN_ORGANIZATION {id: row[2] + '-in', sourceIds: [$source]}]->(o)`;

export async function createTiedObservations(executor: Executor): Promise<void> {
  await executor.write(CREATE, { org: TIED_ORGANIZATION, source: SOURCE, observations: OBSERVATIONS });
}

export async function removeTiedObservations(executor: Executor): Promise<void> {
  await executor.write("MATCH (n) WHERE n.id STARTS WITH 'zz-oh-' DETACH DELETE n");
}
