import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, resolveDate, yearFromPeriods, type DateExpr } from '../../../ingest/extract/dates.js';

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

  it('reads a day and month written with a dot after a time of day, not a number with a thousands dot', () => {
    assert.deepEqual(findDates('Chiều nay 24.8, Thị ủy họp').map((e) => [e.kind, e.day, e.month]), [['DAY_NO_YEAR', 24, 8]]);
    assert.deepEqual(findDates('trong ngày 1.250 lượt người'), []);
  });
});

describe('the year of a year-less day in an article that gives no date of its own', () => {
  const day = (text: string): DateExpr => findDates(text).find((e) => e.kind === 'DAY_NO_YEAR')!;
  const year = (text: string): DateExpr => findDates(text).find((e) => e.kind === 'YEAR' || e.kind === 'PERIOD')!;

  it('dates a review held in the second half of a year to the last year of what it reviews, in the first half to the year after', () => {
    assert.equal(yearFromPeriods(day('Sáng ngày 18/12'), { reviewed: { expr: year('năm 2019'), halfYear: false, yearsIn: null } })!.date, '2019-12-18');
    assert.equal(yearFromPeriods(day('Ngày 14-1'), { reviewed: { expr: year('năm 2019'), halfYear: false, yearsIn: null } })!.date, '2020-01-14');
    assert.equal(yearFromPeriods(day('Ngày 22-9'), { reviewed: { expr: year('giai đoạn 2017-2019'), halfYear: false, yearsIn: null } })!.date, '2019-09-22');
  });

  it('dates a half-year\'s review to that year, and a review N years into a period N years after its start', () => {
    assert.equal(yearFromPeriods(day('Chiều 3/6'), { reviewed: { expr: year('năm 2018'), halfYear: true, yearsIn: null } })!.date, '2018-06-03');
    assert.equal(yearFromPeriods(day('Sáng 5/4'), { reviewed: { expr: year('giai đoạn 2016-2020'), halfYear: false, yearsIn: 3 } })!.date, '2019-04-05');
  });

  it('dates a signing to the first year of the period it opens, not a late-year one, and takes the later year when both speak', () => {
    assert.equal(yearFromPeriods(day('Sáng nay 9.2'), { opened: year('giai đoạn 2023 - 2027') })!.date, '2023-02-09');
    assert.equal(yearFromPeriods(day('Sáng nay 29.12'), { opened: year('giai đoạn 2023 - 2027') }), null);
    const both = yearFromPeriods(day('Sáng 12/8'), { reviewed: { expr: year('giai đoạn 2015-2018'), halfYear: false, yearsIn: null }, opened: year('giai đoạn 2019-2023') })!;
    assert.deepEqual(both, {
      date: '2019-08-12',
      inferred: true,
      inferenceNote: 'The article writes "Sáng 12/8" without a year and gives no date of its own; what is signed there opens the period "giai đoạn 2019-2023", so it is signed in 2019.',
    });
  });

  it('gives no date when nothing in the event\'s words points to a year', () => {
    assert.equal(yearFromPeriods(day('Tối 2/9'), {}), null);
  });
});
