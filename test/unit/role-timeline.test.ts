import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NodeRow } from '../../api/db/mapping.js';
import { vietnameseSortKey } from '../../model/text.js';
import { coversDay, officeHolders, roleTimeline, type ObservationRow } from '../../api/db/person/role-timeline.js';

const person = (id: string, name: string): NodeRow => ({ label: 'Person', id, name, sortKey: vietnameseSortKey(name) });
const organization = (id: string, name: string): NodeRow => ({ label: 'Organization', id, name, sortKey: vietnameseSortKey(name) });

const nghia = person('per-pham-thien-nghia', 'Phạm Thiện Nghĩa');
const cong = person('per-le-thanh-cong', 'Lê Thành Công');
const ubnd = organization('org-ubnd-tinh-dong-thap', 'Ủy ban nhân dân tỉnh Đồng Tháp');
const bcsd = organization('org-ban-can-su-dang-ubnd-tinh-dong-thap', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp');

/** An observation dated like the seed stores it: the text, its precision and the range of days it covers. */
function observation(id: string, who: NodeRow, title: string, where: NodeRow, text: string, from: string, to: string): ObservationRow {
  const precision = text.length === 4 ? 'YEAR' : text.length === 7 ? 'MONTH' : 'DAY';
  return {
    label: 'RoleObservation',
    id,
    title,
    observedAt: text,
    observedAtPrecision: precision,
    observedAtFrom: from,
    observedAtTo: to,
    sourceIds: [`src-${id}`],
    joined: { person: who, organization: where, event: null, source: null },
  };
}

const chairman2023 = observation('ro-3', nghia, 'Chủ tịch', ubnd, '2023-03-30', '2023-03-30', '2023-03-30');
const chairman2021 = observation('ro-1', nghia, 'Chủ tịch', ubnd, '2021-03-24', '2021-03-24', '2021-03-24');
const secretary2021 = observation('ro-2', nghia, 'Bí thư', bcsd, '2021-03-24', '2021-03-24', '2021-03-24');
const deputy2022 = observation('ro-4', cong, 'Phó Chủ tịch', ubnd, '2022', '2022-01-01', '2022-12-31');

describe('a person’s role timeline', () => {
  it('groups the observations of one title in one organisation, earliest first', () => {
    const roles = roleTimeline([chairman2023, secretary2021, chairman2021]);
    const chairman = roles.find((r) => r.title === 'Chủ tịch')!;
    assert.deepEqual(chairman.observations.map((o) => o.id), ['ro-1', 'ro-3']);
    assert.equal(chairman.first.observedAt, '2021-03-24');
    assert.equal(chairman.last.observedAt, '2023-03-30');
    assert.equal(chairman.organization.id, 'org-ubnd-tinh-dong-thap');
  });

  it('orders roles by first seen, then by title in Vietnamese order', () => {
    const roles = roleTimeline([chairman2023, chairman2021, secretary2021]);
    assert.deepEqual(roles.map((r) => r.title), ['Bí thư', 'Chủ tịch']);
  });

  it('keeps the same title in two organisations apart', () => {
    const elsewhere = observation('ro-5', nghia, 'Chủ tịch', bcsd, '2021', '2021-01-01', '2021-12-31');
    assert.equal(roleTimeline([chairman2021, elsewhere]).length, 2);
  });

  it('takes as last the observation whose range ends last, not the one that starts last', () => {
    const day = observation('ro-6', nghia, 'Chủ tịch', ubnd, '2023-03-30', '2023-03-30', '2023-03-30');
    const year = observation('ro-7', nghia, 'Chủ tịch', ubnd, '2023', '2023-01-01', '2023-12-31');
    const [role] = roleTimeline([day, year]);
    assert.equal(role!.first.id, 'ro-7');
    assert.equal(role!.last.id, 'ro-7');
  });
});

describe('office holders at a date', () => {
  const observations = [chairman2021, chairman2023, deputy2022];

  it('keep the holders whose observed period covers the day', () => {
    const holders = officeHolders(observations, '2022-01-01');
    assert.deepEqual(holders.map((h) => [h.person.name, h.title]), [
      ['Phạm Thiện Nghĩa', 'Chủ tịch'],
      ['Lê Thành Công', 'Phó Chủ tịch'],
    ]);
  });

  it('assume nothing before the first observation or after the last', () => {
    assert.deepEqual(officeHolders(observations, '2019-01-01'), []);
    assert.deepEqual(officeHolders(observations, '2023-03-31').map((h) => h.title), []);
  });

  it('count a partial date by the whole range it covers', () => {
    const [deputy] = officeHolders([deputy2022], null);
    assert.equal(coversDay(deputy!, '2022-12-31'), true);
    assert.equal(coversDay(deputy!, '2023-01-01'), false);
  });

  it('list every holder ever seen when no day is given, by title', () => {
    assert.deepEqual(officeHolders(observations).map((h) => h.title), ['Chủ tịch', 'Phó Chủ tịch']);
  });
});
