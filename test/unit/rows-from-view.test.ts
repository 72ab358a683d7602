// What the audit trail records of a node or relationship (its view: stored
// properties less what the rows derive) goes back to exactly the row that
// stored it. An undo writes the `before` of an entry through these.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeView, relationshipView } from '../../api/db/write/entity-record.js';
import { entityRow, nodeRowFromView, participationRow, relationRow, relationshipRowFromView, roleObservationRows, type NodeWriteRow } from '../../model/rows.js';

/** The properties a row leaves on a node or relationship: its props, its whole numbers, its dates (as the driver gives them back, ISO text here). */
const stored = (row: NodeWriteRow) => ({ ...row.props, ...Object.fromEntries(Object.entries(row.ints).filter(([, v]) => v !== null)), ...Object.fromEntries(Object.entries(row.dates).filter(([, v]) => v !== null)) });

describe('rows from audit views', () => {
  it('give back the row of an entity, a source and a role observation', () => {
    const rows: [Parameters<typeof nodeView>[0], NodeWriteRow][] = [
      ['Organization', entityRow('Organization', { id: 'org-x', name: 'Ban Dân vận Huyện ủy X', aliases: ['BDV X'], kind: 'PARTY_BOARD', level: 'DISTRICT', line: 'PARTY', validFrom: '1990-05', validTo: '2025-06-30', memberCount: 3, sources: ['src-a', 'src-b'], inferred: true, inferenceNote: 'why' })],
      ['Program', entityRow('Program', { id: 'pr-x', name: 'Chương trình phối hợp', kind: 'COORDINATION_PROGRAM', startYear: 2021, endYear: 2025, sources: ['src-a'] })],
      ['Source', entityRow('Source', { id: 'src-x', title: 'Bài viết', kind: 'ARTICLE', publishedAt: '2023-04-02', pageDate: '2023', url: 'https://example.org/x' })],
      ['RoleObservation', roleObservationRows({ id: 'ro-x', person: 'per-x', organization: 'org-x', title: 'Trưởng Ban', titleAsWritten: 'Trưởng Ban Dân vận', observedAt: '2021-03' }, ['src-a']).node],
    ];
    for (const [label, row] of rows) assert.deepEqual(nodeRowFromView(label, nodeView(label, stored(row))), row, label);
  });

  it('give back the row of a relationship, its dates, whole numbers and references', () => {
    const rows: [Parameters<typeof relationshipView>[0], ReturnType<typeof relationRow>][] = [
      ['ADOPTED_IN', relationRow({ id: 'r1', type: 'ADOPTED_IN', from: 'mdl-x', to: 'pl-x', since: '2019-07' }, ['src-a'])],
      ['ORIGINATED_IN', relationRow({ id: 'r2', type: 'ORIGINATED_IN', from: 'mdl-x', to: 'pl-y', since: '2016' }, ['src-a'])],
      ['ATTENDED', relationRow({ id: 'r3', type: 'ATTENDED', from: 'org-x', to: 'ev-x', bridgePoints: 12, inferred: true, inferenceNote: 'n' }, ['src-a'])],
      ['PRESENTED_AT', relationRow({ id: 'r4', type: 'PRESENTED_AT', from: 'mdl-x', to: 'ev-x', presentedBy: 'per-x' }, ['src-a'])],
      ['SUCCEEDED_BY', relationRow({ id: 'r5', type: 'SUCCEEDED_BY', from: 'org-x', to: 'org-y', date: '2025-02-03', kind: 'MERGED_INTO', note: 'hợp nhất' }, ['src-a'])],
      ['PARTICIPATED_IN', participationRow({ id: 'pa-x', person: 'per-x', event: 'ev-x', role: 'SPOKE', titleAtEvent: 'Trưởng Ban', bridgePoint: 'Điểm cầu', bridgePointPlace: 'pl-x' }, ['src-a'])],
    ];
    for (const [type, row] of rows) assert.deepEqual(relationshipRowFromView(type, row.from, row.to, relationshipView(type, stored(row))), row, type);
  });
});
