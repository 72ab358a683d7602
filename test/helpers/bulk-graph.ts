import type { Executor } from '../../api/db/executor.js';
import { vietnameseSortKey } from '../../model/text.js';

/**
 * A synthetic corner of the graph, large enough that every list of the
 * contract operations holds 60 items, so tests can check that the number of
 * Cypher round trips does not grow with the number of items returned.
 * Everything it creates has an id starting with `zz-rt-` and cites a seed source.
 */
export const BULK_SIZE = 60;
const SOURCE = 'src-000-tong-ket-dvcq-2020';

const CREATE = `
UNWIND range(0, $n - 1) AS i
WITH i, toString(i) AS s
MERGE (province:Place {id: 'zz-rt-province'})
  SET province.name = 'Tỉnh Kiểm Thử', province.kind = 'PROVINCE', province.sourceIds = [$source],
      province.sortKey = $provinceSort, province.searchText = 'tinh kiem thu'
MERGE (vn:Place {id: 'pl-viet-nam'})
MERGE (province)-[pp:PART_OF {id: 'zz-rt-province-part-of'}]->(vn) SET pp.sourceIds = [$source]
MERGE (organizer:Organization {id: 'zz-rt-organizer'})
  SET organizer.name = 'Ban Kiểm Thử', organizer.kind = 'PARTY_BOARD', organizer.level = 'PROVINCE', organizer.line = 'PARTY',
      organizer.sourceIds = [$source], organizer.sortKey = $organizerSort, organizer.searchText = 'ban kiem thu'
MERGE (main:Person {id: 'zz-rt-person-main'})
  SET main.name = 'Người Kiểm Thử Chính', main.sourceIds = [$source], main.sortKey = $mainSort, main.searchText = 'nguoi kiem thu chinh'
MERGE (program:Program {id: 'zz-rt-program'})
  SET program.name = 'Chương trình kiểm thử', program.kind = 'COORDINATION_PROGRAM', program.startYear = 2021, program.endYear = 2025,
      program.sourceIds = [$source], program.sortKey = $programSort, program.searchText = 'chuong trinh kiem thu'
MERGE (place:Place {id: 'zz-rt-place-' + s})
  SET place.name = 'Xã Kiểm Thử ' + s, place.kind = 'COMMUNE', place.sourceIds = [$source],
      place.sortKey = $placeSort + s, place.searchText = 'xa kiem thu ' + s
MERGE (place)-[r1:PART_OF {id: 'zz-rt-place-part-of-' + s}]->(province) SET r1.sourceIds = [$source]
MERGE (org:Organization {id: 'zz-rt-org-' + s})
  SET org.name = 'Ủy ban Kiểm Thử ' + s, org.kind = 'PEOPLES_COMMITTEE', org.level = 'COMMUNE', org.line = 'STATE',
      org.sourceIds = [$source], org.sortKey = $orgSort + s, org.searchText = 'uy ban kiem thu ' + s
MERGE (org)-[r2:PARTY_TO {id: 'zz-rt-party-to-' + s}]->(program) SET r2.sourceIds = [$source]
MERGE (person:Person {id: 'zz-rt-person-' + s})
  SET person.name = 'Người Kiểm Thử ' + s, person.sourceIds = [$source], person.sortKey = $personSort + s, person.searchText = 'nguoi kiem thu ' + s
MERGE (event:Event {id: 'zz-rt-event-' + s})
  SET event.name = 'Hội nghị kiểm thử ' + s, event.kind = 'REVIEW_CONFERENCE', event.online = false,
      event.date = '2022-01-' + right('0' + toString(i % 28 + 1), 2), event.datePrecision = 'DAY',
      event.dateFrom = date('2022-01-01') + duration({days: i % 28}), event.dateTo = date('2022-01-01') + duration({days: i % 28}),
      event.sourceIds = [$source], event.sortKey = $eventSort + s, event.searchText = 'hoi nghi kiem thu ' + s
MERGE (event)-[r3:HELD_IN {id: 'zz-rt-held-in-' + s}]->(place) SET r3.sourceIds = [$source]
MERGE (organizer)-[r4:ORGANIZED {id: 'zz-rt-organized-' + s}]->(event) SET r4.sourceIds = [$source]
MERGE (person)-[r5:PARTICIPATED_IN {id: 'zz-rt-chaired-' + s}]->(event) SET r5.role = 'CHAIRED', r5.titleAtEvent = 'Chủ tịch', r5.sourceIds = [$source]
MERGE (main)-[r6:PARTICIPATED_IN {id: 'zz-rt-main-attended-' + s}]->(event) SET r6.role = 'ATTENDED', r6.titleAtEvent = 'Ủy viên', r6.sourceIds = [$source]
MERGE (model:Model {id: 'zz-rt-model-' + s})
  SET model.name = 'Mô hình kiểm thử ' + s, model.category = 'Dân vận khéo', model.description = 'Mô hình tạo ra cho kiểm thử',
      model.sourceIds = [$source], model.sortKey = $modelSort + s, model.searchText = 'mo hinh kiem thu ' + s + ' mo hinh tao ra cho kiem thu'
MERGE (model)-[r7:ORIGINATED_IN {id: 'zz-rt-origin-' + s}]->(place) SET r7.sourceIds = [$source]
MERGE (model)-[r8:ADOPTED_IN {id: 'zz-rt-adopted-' + s}]->(province) SET r8.sourceIds = [$source]
MERGE (model)-[r9:PRESENTED_AT {id: 'zz-rt-presented-' + s}]->(event) SET r9.sourceIds = [$source]
MERGE (program)-[r10:BACKS {id: 'zz-rt-backs-' + s}]->(model) SET r10.sourceIds = [$source]
MERGE (mainRole:RoleObservation {id: 'zz-rt-main-role-' + s})
  SET mainRole.title = 'Ủy viên', mainRole.titleAsWritten = 'Ủy viên', mainRole.observedAt = event.date, mainRole.observedAtPrecision = 'DAY',
      mainRole.observedAtFrom = event.dateFrom, mainRole.observedAtTo = event.dateTo, mainRole.sourceIds = [$source]
MERGE (main)-[h1:HAS_ROLE {id: 'zz-rt-main-has-role-' + s}]->(mainRole) SET h1.sourceIds = [$source]
MERGE (mainRole)-[h2:IN_ORGANIZATION {id: 'zz-rt-main-in-org-' + s}]->(org) SET h2.sourceIds = [$source]
MERGE (mainRole)-[h3:AT_EVENT {id: 'zz-rt-main-at-event-' + s}]->(event) SET h3.sourceIds = [$source]
MERGE (role:RoleObservation {id: 'zz-rt-role-' + s})
  SET role.title = 'Chủ tịch ' + s, role.titleAsWritten = 'Chủ tịch', role.observedAt = event.date, role.observedAtPrecision = 'DAY',
      role.observedAtFrom = event.dateFrom, role.observedAtTo = event.dateTo, role.sourceIds = [$source]
MERGE (person)-[h4:HAS_ROLE {id: 'zz-rt-has-role-' + s}]->(role) SET h4.sourceIds = [$source]
MERGE (role)-[h5:IN_ORGANIZATION {id: 'zz-rt-in-org-' + s}]->(organizer) SET h5.sourceIds = [$source]
MERGE (role)-[h6:AT_EVENT {id: 'zz-rt-at-event-' + s}]->(event) SET h6.sourceIds = [$source]
WITH program, person, s
MATCH (first:Event {id: 'zz-rt-event-0'})
MERGE (person)-[r12:PARTICIPATED_IN {id: 'zz-rt-attended-first-' + s}]->(first) SET r12.role = 'ATTENDED', r12.sourceIds = [$source]
MERGE (program)-[r11:SIGNED_AT {id: 'zz-rt-signed-at'}]->(first) SET r11.sourceIds = [$source]`;

export async function createBulkGraph(executor: Executor): Promise<void> {
  const sortOf = (name: string) => vietnameseSortKey(name);
  await executor.write(CREATE, {
    n: BULK_SIZE,
    source: SOURCE,
    provinceSort: sortOf('Tỉnh Kiểm Thử'),
    organizerSort: sortOf('Ban Kiểm Thử'),
    mainSort: sortOf('Người Kiểm Thử Chính'),
    programSort: sortOf('Chương trình kiểm thử'),
    // Numbered names share a prefix key; the number (appended as text) keeps them apart.
    placeSort: sortOf('Xã Kiểm Thử '),
    orgSort: sortOf('Ủy ban Kiểm Thử '),
    personSort: sortOf('Người Kiểm Thử '),
    eventSort: sortOf('Hội nghị kiểm thử '),
    modelSort: sortOf('Mô hình kiểm thử '),
  });
}

export async function removeBulkGraph(executor: Executor): Promise<void> {
  await executor.write("MATCH (n) WHERE n.id STARTS WITH 'zz-rt-' DETACH DELETE n");
}
