// When a unit existed and whether it existed during a span (model/lifespan.ts):
// recorded validity first, successions otherwise, and UNCERTAIN wherever a
// partial date leaves either side open: the year-only date next to the change
// of 1 July 2025.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayBefore, existenceDuring, lifespanOf, membersDuring, postNeighbours, type DayRange } from '../../model/lifespan.js';

const day = (d: string): DayRange => ({ from: d, to: d });
const year = (y: string): DayRange => ({ from: `${y}-01-01`, to: `${y}-12-31` });

describe('lifespan', () => {
  it('the day before crosses months, years and leap days, and years before 100', () => {
    assert.deepEqual(['2025-07-01', '2025-01-01', '2024-03-01', '2023-03-01', '0050-01-01'].map(dayBefore), ['2025-06-30', '2024-12-31', '2024-02-29', '2023-02-28', '0049-12-31']);
  });

  it('recorded validity wins; without it the latest succession in and the day before the earliest succession out', () => {
    assert.deepEqual(lifespanOf({ validFrom: year('2020'), validTo: day('2025-06-30'), incoming: [day('2019-01-01')], outgoing: [day('2025-07-01')] }), {
      start: year('2020'),
      end: day('2025-06-30'),
    });
    assert.deepEqual(lifespanOf({ validFrom: null, validTo: null, incoming: [day('2020-01-01'), day('2025-02-01')], outgoing: [day('2025-07-01'), { from: '2026-01-01', to: '2026-12-31' }] }), {
      start: day('2025-02-01'),
      end: day('2025-06-30'),
    });
    assert.deepEqual(lifespanOf({ validFrom: null, validTo: null, incoming: [], outgoing: [year('2025')] }), { start: null, end: { from: '2024-12-31', to: '2025-12-30' } });
    assert.deepEqual(lifespanOf({ validFrom: null, validTo: null, incoming: [], outgoing: [] }), { start: null, end: null });
  });

  it('a day on either side of a change known to the day, and on the boundary itself', () => {
    const before = { start: null, end: day('2025-06-30') };
    const after = { start: day('2025-07-01'), end: null };
    const asked = ['2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02'].map(day);
    assert.deepEqual(asked.map((d) => existenceDuring(before, d)), ['EXISTED', 'EXISTED', 'ENDED', 'ENDED']);
    assert.deepEqual(asked.map((d) => existenceDuring(after, d)), ['NOT_YET', 'NOT_YET', 'EXISTED', 'EXISTED']);
  });

  it('an observation dated by year only, next to a change on 1 July, is on either side: uncertain for both units', () => {
    const before = { start: null, end: day('2025-06-30') };
    const after = { start: day('2025-07-01'), end: null };
    assert.deepEqual([existenceDuring(before, year('2025')), existenceDuring(after, year('2025'))], ['UNCERTAIN', 'UNCERTAIN']);
    assert.deepEqual([existenceDuring(before, year('2024')), existenceDuring(after, year('2024'))], ['EXISTED', 'NOT_YET']);
    assert.deepEqual([existenceDuring(before, year('2026')), existenceDuring(after, year('2026'))], ['ENDED', 'EXISTED']);
  });

  it('a boundary known only to the year leaves a day within that year uncertain, and days outside it certain', () => {
    const endedIn2025 = { start: year('2020'), end: year('2025') };
    assert.deepEqual(['2019-12-31', '2020-06-01', '2021-01-01', '2025-03-01', '2026-01-01'].map((d) => existenceDuring(endedIn2025, day(d))), [
      'NOT_YET',
      'UNCERTAIN',
      'EXISTED',
      'UNCERTAIN',
      'ENDED',
    ]);
  });
});

describe('the members of a line during a span', () => {
  // A commune merged twice: c1 until 2019, c2 from 2020 to 30/6/2025, c3 from 1/7/2025.
  const c1 = { id: 'c1', step: -2, lifespan: { start: null, end: day('2019-12-31') } };
  const c2 = { id: 'c2', step: -1, lifespan: { start: day('2020-01-01'), end: day('2025-06-30') } };
  const c3 = { id: 'c3', step: 0, lifespan: { start: day('2025-07-01'), end: null } };
  const ids = (r: { existence: string; members: { id: string }[] }) => [r.existence, r.members.map((m) => m.id)];

  it('follows predecessors back before the first day, two steps when needed, and not at all while the unit exists', () => {
    assert.deepEqual(ids(membersDuring([c1, c2, c3], day('2025-07-01'))), ['EXISTED', ['c3']]);
    assert.deepEqual(ids(membersDuring([c1, c2, c3], day('2025-06-30'))), ['NOT_YET', ['c2']]);
    assert.deepEqual(ids(membersDuring([c1, c2, c3], day('2018-05-01'))), ['NOT_YET', ['c1']]);
  });

  it('follows successors forward after the last day', () => {
    const fromC1 = [
      { ...c1, step: 0 },
      { ...c2, step: 1 },
      { ...c3, step: 2 },
    ];
    assert.deepEqual(ids(membersDuring(fromC1, day('2026-01-01'))), ['ENDED', ['c3']]);
    assert.deepEqual(ids(membersDuring(fromC1, day('2019-12-31'))), ['EXISTED', ['c1']]);
  });

  it('a year-only span across the 2025 change gives both sides, marked uncertain', () => {
    assert.deepEqual(ids(membersDuring([c1, c2, c3], year('2025'))), ['UNCERTAIN', ['c3', 'c2']]);
  });

  it('a line that records nobody for the span gives none', () => {
    const gap = [{ id: 'b', step: 0, lifespan: { start: day('2025-07-01'), end: null } }, { id: 'a', step: -1, lifespan: { start: null, end: day('2024-12-31') } }];
    assert.deepEqual(ids(membersDuring(gap, day('2025-03-01'))), ['NOT_YET', []]);
  });
});

describe('neighbours in a post', () => {
  const seen = (personId: string, during: DayRange) => ({ personId, during });
  const who = (r: { predecessor: { personId: string } | null; successor: { personId: string } | null }) => [r.predecessor?.personId ?? null, r.successor?.personId ?? null];

  it('the other person last seen before and first seen after, however far, across a year-only date', () => {
    const sightings = [seen('a', day('2016-03-01')), seen('a', year('2018')), seen('b', day('2021-03-24')), seen('b', day('2022-06-01')), seen('c', day('2025-09-15')), seen('c', day('2026-01-10'))];
    assert.deepEqual(who(postNeighbours('b', day('2021-03-24'), day('2022-06-01'), sightings)), ['a', 'c']);
    assert.deepEqual(who(postNeighbours('a', day('2016-03-01'), year('2018'), sightings)), [null, 'b']);
    assert.deepEqual(who(postNeighbours('c', day('2025-09-15'), day('2026-01-10'), sightings)), ['b', null]);
  });

  it('unknown when two people are seen on the same nearest date, and sightings overlapping the tenure count for neither side', () => {
    const tie = [seen('a', day('2020-05-01')), seen('x', day('2020-05-01')), seen('b', day('2021-01-01'))];
    assert.deepEqual(who(postNeighbours('b', day('2021-01-01'), day('2021-01-01'), tie)), [null, null]);
    // Dated "2021" only: it may be before or after the 2021-03-24 sighting, so it is neither.
    const overlapping = [seen('a', year('2021')), seen('b', day('2021-03-24'))];
    assert.deepEqual(who(postNeighbours('b', day('2021-03-24'), day('2021-03-24'), overlapping)), [null, null]);
  });
});
