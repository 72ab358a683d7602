import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, resolveDate } from '../../../ingest/extract/dates.js';

const resolved = (text: string, reference: string | null) => findDates(text).map((e) => resolveDate(e, reference));

describe('dating (stage 5)', () => {
  it('reads a full day at day precision, whatever the separator', () => {
    assert.deepEqual(resolved('Ngày 5/11/2022, hội nghị khai mạc', null), [{ date: '2022-11-05', inferred: false }]);
    assert.deepEqual(resolved('họp ngày 7 tháng 6 năm 2019 tại xã', null), [{ date: '2019-06-07', inferred: false }]);
    assert.deepEqual(resolved('lúc 14-02-2024', null), [{ date: '2024-02-14', inferred: false }]);
  });

  it('gives "sáng 8/7" the year of the article, marked inferred', () => {
    const [date] = resolved('Sáng 8/7, Huyện ủy tổ chức', '2024-07-09');
    assert.deepEqual(date, { date: '2024-07-08', inferred: true, inferenceNote: 'The article writes "Sáng 8/7" without a year; the year is taken from the article\'s date (2024-07-09).' });
  });

  it('takes the year before when the article\'s year would put the day after the article', () => {
    assert.equal(resolved('chiều ngày 28/12, Ban Thường vụ họp', '2025-01-03')[0]!.date, '2024-12-28');
  });

  it('gives a year-less day no date when the article has none', () => {
    assert.deepEqual(resolved('Tối 2/9, nhân dân xã dự lễ', null), [null]);
  });

  it('keeps a year a year and a month a month: never invents a day', () => {
    assert.deepEqual(resolved('trong năm 2020 và tháng 6/2021', null), [
      { date: '2020', inferred: false },
      { date: '2021-06', inferred: false },
    ]);
  });

  it('reads periods, and does not take a fraction for a date', () => {
    const exprs = findDates('giai đoạn 2021–2025 và truyền đến 12/12 huyện, thị');
    assert.deepEqual(exprs.map((e) => [e.kind, e.year, e.endYear]), [['PERIOD', 2021, 2025]]);
  });

  it('refuses a day that is not on the calendar', () => {
    assert.deepEqual(findDates('ngày 31/2/2023'), []);
  });
});
