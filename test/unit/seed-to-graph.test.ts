import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePartialDate } from '../../model/partial-date.js';
import { isCalendarDate } from '../../api/graphql/scalars.js';
import { toGraph } from '../../seed/load/to-graph.js';
import type { Dataset } from '../../seed/load/types.js';
import { nodeStatement, relationshipStatement } from '../../api/db/write/graph-statements.js';

const dataset: Dataset = {
  entities: [
    { file: 'seed/entities/sources.yaml', label: 'Source', records: [{ id: 'src-a', kind: 'ARTICLE', title: 'Bài A', file: '000_a.txt', pageDate: '2024-06-21' }] },
    { file: 'seed/entities/people.yaml', label: 'Person', records: [{ id: 'per-a', name: 'Phạm Thiện Nghĩa', sources: ['src-a'] }] },
    {
      file: 'seed/entities/organizations.yaml',
      label: 'Organization',
      records: [
        { id: 'org-a', name: 'Ban Dân vận Tỉnh ủy', aliases: ['Ban Dân vân Tỉnh ủy'], kind: 'PARTY_BOARD', line: 'PARTY', sources: ['src-a'] },
        { id: 'org-b', name: 'Các huyện ủy, thị ủy, thành ủy', kind: 'PARTY_COMMITTEE', line: 'PARTY', collective: true, memberCount: 10, sources: ['src-a'] },
      ],
    },
    { file: 'seed/entities/events.yaml', label: 'Event', records: [{ id: 'ev-a', name: 'Giao ban', kind: 'BRIEFING', date: '2020', sources: ['src-a'] }] },
    { file: 'seed/entities/programs.yaml', label: 'Program', records: [{ id: 'pr-a', name: 'Chương trình', kind: 'COORDINATION_PROGRAM', startYear: 2021, endYear: 2026, sources: ['src-a'] }] },
    { file: 'seed/entities/places.yaml', label: 'Place', records: [
      { id: 'pl-a', name: 'Đồng Tháp', kind: 'PROVINCE', validTo: '2025-06-30', sources: ['src-a'] },
      { id: 'pl-b', name: 'Đồng Tháp', kind: 'PROVINCE', validFrom: '2025-07-01', sources: ['src-a'] },
    ] },
  ],
  facts: [
    {
      file: 'seed/facts/000.yaml',
      source: 'src-a',
      roleObservations: [
        { id: 'ro-a', person: 'per-a', title: 'Chủ tịch', titleAsWritten: 'Chủ tịch UBND tỉnh', organization: 'org-a', observedAt: '2020', event: 'ev-a', inferred: true, inferenceNote: 'why' },
      ],
      participations: [{ id: 'pa-a', person: 'per-a', event: 'ev-a', role: 'SPOKE', bridgePoint: 'huyện X', bridgePointPlace: 'pl-a', alsoSources: ['src-b'] }],
      relations: [
        { id: 'rel-a', type: 'ORGANIZED', from: 'org-a', to: 'ev-a' },
        { id: 'rel-b', type: 'SUCCEEDED_BY', from: 'pl-a', to: 'pl-b', date: '2025-07-01', note: 'hợp nhất' },
        { id: 'rel-c', type: 'ATTENDED', from: 'org-b', to: 'ev-a', bridgePoints: 10 },
      ],
    },
  ],
};

describe('partial dates', () => {
  it('keeps the precision of the form and covers the whole period', () => {
    assert.deepEqual(parsePartialDate('2020'), { text: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31' });
    assert.deepEqual(parsePartialDate('2024-02'), { text: '2024-02', precision: 'MONTH', from: '2024-02-01', to: '2024-02-29' });
    assert.deepEqual(parsePartialDate('2021-03-24'), { text: '2021-03-24', precision: 'DAY', from: '2021-03-24', to: '2021-03-24' });
  });

  it('refuses days and months that are not on the calendar', () => {
    assert.deepEqual(parsePartialDate('2021-02-29'), { error: '"2021-02-29" is not a calendar date' });
    assert.deepEqual(parsePartialDate('2021-13'), { error: '"2021-13" is not a calendar date' });
    assert.match((parsePartialDate('24/3/2021') as { error: string }).error, /not a partial date/);
  });

  it('reads the years 0 to 99 as themselves, not as 1900 to 1999 (the Date scalar too)', () => {
    assert.deepEqual(parsePartialDate('0004-02'), { text: '0004-02', precision: 'MONTH', from: '0004-02-01', to: '0004-02-29' });
    assert.deepEqual(parsePartialDate('1900-02'), { text: '1900-02', precision: 'MONTH', from: '1900-02-01', to: '1900-02-28' });
    assert.deepEqual(parsePartialDate('0000-02-29'), { text: '0000-02-29', precision: 'DAY', from: '0000-02-29', to: '0000-02-29' });
    assert.deepEqual(['0001-01-01', '0099-12-31', '1900-02-29', '2021-02-30'].map(isCalendarDate), [true, true, false, false]);
  });
});

describe('toGraph', () => {
  const graph = toGraph(dataset);
  const node = (label: string, id: string) => graph.nodes.find((b) => b.label === label)!.rows.find((r) => r.id === id)!;
  const rel = (type: string, id: string) => graph.relationships.filter((b) => b.type === type).flatMap((b) => b.rows).find((r) => r.id === id)!;

  it('folds name, aliases and description into searchText', () => {
    assert.equal(node('Organization', 'org-a').props.searchText, 'ban dan van tinh uy ban dan van tinh uy');
    assert.equal(node('Person', 'per-a').props.searchText, 'pham thien nghia');
  });

  it('stores sources as sourceIds and aliases as a list, even when empty', () => {
    assert.deepEqual(node('Person', 'per-a').props.sourceIds, ['src-a']);
    assert.deepEqual(node('Person', 'per-a').props.aliases, []);
    assert.equal('sources' in node('Person', 'per-a').props, false);
    assert.equal('sourceIds' in node('Source', 'src-a').props, false);
  });

  it('expands partial dates into text, precision and the range of days', () => {
    const event = node('Event', 'ev-a');
    assert.equal(event.props.date, '2020');
    assert.equal(event.props.datePrecision, 'YEAR');
    assert.deepEqual(event.dates, { dateFrom: '2020-01-01', dateTo: '2020-12-31' });
    assert.deepEqual(node('Place', 'pl-a').dates, { validFromFrom: null, validFromTo: null, validToFrom: '2025-06-30', validToTo: '2025-06-30' });
    assert.deepEqual(node('Source', 'src-a').dates, { publishedAtFrom: null, publishedAtTo: null, pageDateFrom: '2024-06-21', pageDateTo: '2024-06-21' });
  });

  it('passes whole numbers separately so they are stored as integers', () => {
    assert.deepEqual(node('Program', 'pr-a').ints, { startYear: 2021, endYear: 2026 });
    assert.equal('startYear' in node('Program', 'pr-a').props, false);
    assert.deepEqual(node('Organization', 'org-b').ints, { memberCount: 10 });
    assert.equal(node('Organization', 'org-b').props.collective, true);
    // A body that is not a collective has no count: null removes a stale one.
    assert.deepEqual(node('Organization', 'org-a').ints, { memberCount: null });
  });

  it('passes a relationship\'s whole numbers separately too (the bridge points of an attendance)', () => {
    const attended = rel('ATTENDED', 'rel-c');
    assert.deepEqual(attended, { id: 'rel-c', from: 'org-b', to: 'ev-a', props: { id: 'rel-c', sourceIds: ['src-a'] }, dates: {}, ints: { bridgePoints: 10 } });
    assert.deepEqual(rel('ORGANIZED', 'rel-a').ints, {});
  });

  it('turns a role observation into a node and three relationships with derived ids and the same sources', () => {
    const ro = node('RoleObservation', 'ro-a');
    assert.deepEqual(ro.props, { id: 'ro-a', sourceIds: ['src-a'], inferred: true, inferenceNote: 'why', title: 'Chủ tịch', titleAsWritten: 'Chủ tịch UBND tỉnh', observedAt: '2020', observedAtPrecision: 'YEAR' });
    assert.deepEqual(rel('HAS_ROLE', 'ro-a-has-role'), { id: 'ro-a-has-role', from: 'per-a', to: 'ro-a', props: { id: 'ro-a-has-role', sourceIds: ['src-a'], inferred: true, inferenceNote: 'why' }, dates: {}, ints: {} });
    assert.equal(rel('IN_ORGANIZATION', 'ro-a-in-organization').to, 'org-a');
    assert.equal(rel('AT_EVENT', 'ro-a-at-event').to, 'ev-a');
  });

  it('writes a participation as PARTICIPATED_IN citing the file source and alsoSources', () => {
    assert.deepEqual(rel('PARTICIPATED_IN', 'pa-a').props, { id: 'pa-a', sourceIds: ['src-a', 'src-b'], role: 'SPOKE', bridgePoint: 'huyện X', bridgePointPlaceId: 'pl-a' });
  });

  it('keeps the properties of a relationship type and expands its dates', () => {
    const succeeded = rel('SUCCEEDED_BY', 'rel-b');
    assert.deepEqual(succeeded.props, { id: 'rel-b', sourceIds: ['src-a'], date: '2025-07-01', datePrecision: 'DAY', note: 'hợp nhất' });
    assert.deepEqual(succeeded.dates, { dateFrom: '2025-07-01', dateTo: '2025-07-01' });
    const batch = graph.relationships.find((b) => b.type === 'SUCCEEDED_BY')!;
    assert.deepEqual([batch.fromLabel, batch.toLabel], ['Place', 'Place']);
  });

  it('gives the same rows for the same input', () => {
    assert.deepEqual(toGraph(dataset), graph);
  });
});

describe('write statements', () => {
  it('MERGE on id, replace properties, convert dates and integers in Cypher', () => {
    const cypher = nodeStatement('Program');
    assert.match(cypher, /MERGE \(n:Program \{id: row\.id\}\)/);
    assert.match(cypher, /SET n = row\.props/);
    assert.match(cypher, /n\.startYear = toInteger\(row\.ints\.startYear\)/);
    assert.match(nodeStatement('Event'), /n\.dateFrom = date\(row\.dates\.dateFrom\)/);
  });

  it('convert a relationship\'s integers in Cypher', () => {
    assert.match(relationshipStatement('ATTENDED', 'Organization', 'Event'), /r\.bridgePoints = toInteger\(row\.ints\.bridgePoints\)/);
    assert.doesNotMatch(relationshipStatement('ORGANIZED', 'Organization', 'Event'), /toInteger/);
  });

  it('move a relationship whose endpoints changed instead of duplicating its id', () => {
    const cypher = relationshipStatement('PART_OF', 'Place', 'Place');
    assert.match(cypher, /MATCH \(a:Place \{id: row\.from\}\)/);
    assert.match(cypher, /DELETE moved/);
    assert.match(cypher, /MERGE \(a\)-\[r:PART_OF \{id: row\.id\}\]->\(b\)/);
  });

  it('refuse labels and types outside the graph model', () => {
    assert.throws(() => nodeStatement('Person) DETACH DELETE (n' as never), /not a label/);
    assert.throws(() => relationshipStatement('KNOWS' as never, 'Person', 'Person'), /not a relationship type/);
  });
});
