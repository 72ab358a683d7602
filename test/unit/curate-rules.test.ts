// The curating forms check input in the browser as the API does: with the
// API's own numbers and parser, the same verdicts, and a Vietnamese reading of
// every problem the API reports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';
import { Checker } from '../../api/write/checker.js';
import { checkCitation } from '../../api/write/citation.js';
import { SOURCE_URL } from '../../api/write/entity-specs.js';
import { STORED_ENUMS, YEAR_RANGE } from '../../api/write/stored-enums.js';
import { LIMITS as READ_LIMITS } from '../../web/src/api/limits.js';
import { problemText } from '../../web/src/curate/problem-text.js';
import { aliasesProblem, dateProblem, datesOutOfOrder, LIMITS, textProblem, WEB_ADDRESS, webAddressProblem, YEARS } from '../../web/src/curate/rules.js';
import { enumOptions } from '../../web/src/ui/labels.js';

const TEXTS = ['Hội quán', '  Hội quán  ', 'Ho\u0302\u0323i qua\u0301n', 'a'.repeat(300), 'a'.repeat(301), 'ệ'.repeat(300), 'x\u0007y', 'một\nhai', 'tab\there', '\u202Eabc', 'a\uD800b', '😀'.repeat(300), '😀'.repeat(301)];
const DATES = ['2021', '2021-02', '2020-02-29', '2021-02-29', '2021-13', '2021-00', '21', '2021-1-05', '2021-03-24', '0000', '2021/03/24', '2021-03-24T00:00'];

describe('the curating forms’ checks', () => {
  it('use the API’s own bounds: years, web addresses, the search text', () => {
    assert.deepEqual(YEARS, YEAR_RANGE);
    assert.equal(WEB_ADDRESS.source, SOURCE_URL.source);
    const sdl = readFileSync(path.join(REPO_ROOT, 'schema', 'search.graphql'), 'utf8');
    assert.equal(Number(/\bquery: String! @constraint\(maxLength: (\d+)\)/.exec(sdl)?.[1]), READ_LIMITS.text);
  });

  it('offer exactly the values the API stores for each choice a form makes', () => {
    const pairs: [string, readonly string[]][] = [
      ['OrganizationKind', STORED_ENUMS.organizationKind],
      ['OrganizationLevel', STORED_ENUMS.organizationLevel],
      ['OrganizationLine', STORED_ENUMS.organizationLine],
      ['EventKind', STORED_ENUMS.eventKind],
      ['ProgramKind', STORED_ENUMS.programKind],
      ['SourceKind', STORED_ENUMS.sourceKind],
      ['ParticipationRole', STORED_ENUMS.participationRole],
    ];
    for (const [name, stored] of pairs) assert.deepEqual(enumOptions(name).map(([value]) => value).sort(), [...stored].sort(), name);
  });

  it('refuse a text exactly when the API does, one line or several', () => {
    for (const multiline of [false, true]) {
      for (const text of TEXTS) {
        const c = new Checker();
        c.text('input.name', text, { max: LIMITS.name, multiline });
        assert.equal(textProblem(text, { max: LIMITS.name, multiline }) !== null, c.problems.length > 0, JSON.stringify({ text, multiline }));
      }
    }
    assert.equal(textProblem('   ', { max: LIMITS.name, required: true }), 'Không được để trống.');
    assert.equal(textProblem('a'.repeat(301), { max: LIMITS.name }), 'Tối đa 300 ký tự (đang có 301).');
  });

  it('refuse a date exactly when the API does', () => {
    for (const date of DATES) {
      const c = new Checker();
      c.partialDate('input.date', date);
      assert.equal(dateProblem(date) !== null, c.problems.length > 0, date);
    }
    assert.equal(dateProblem('2021-02-29'), '"2021-02-29" không phải là một ngày có thật.');
    assert.equal(dateProblem(''), null);
    assert.equal(dateProblem('', { required: true }), 'Không được để trống.');
    assert.equal(datesOutOfOrder('2025-07', '2025'), false, 'partial dates compare by the days they cover');
    assert.equal(datesOutOfOrder('2025-07', '2025-06-30'), true);
  });

  it('refuse a web address and a list of aliases as the API does', () => {
    for (const url of ['https://baodongthap.vn/a', 'http://x', 'ftp://x', 'https://a b', 'baodongthap.vn']) {
      const c = new Checker();
      const text = c.text('url', url, { max: LIMITS.url });
      if (typeof text === 'string') c.pattern('url', text, SOURCE_URL, 'a web address');
      assert.equal(webAddressProblem(url) !== null, c.problems.length > 0, url);
    }
    assert.equal(aliasesProblem(['Hội quán', 'Hội quán'], 'X'), '"Hội quán" bị lặp lại.');
    assert.equal(aliasesProblem(['Hội quán'], 'Hội quán'), '"Hội quán" trùng với tên chính.');
    assert.equal(aliasesProblem(Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `Tên ${i}`), 'X'), `Tối đa ${LIMITS.aliases} tên gọi khác mỗi lần (đang có ${LIMITS.aliases + 1}).`);
  });

  it('read in Vietnamese every problem the API reports about a form’s fields', () => {
    const c = new Checker();
    c.text('input.name', 'a'.repeat(301), { max: LIMITS.name });
    c.text('input.name', '   ', { max: LIMITS.name });
    c.text('input.name', 'một\nhai', { max: LIMITS.name });
    c.text('input.name', 'x\u0007', { max: LIMITS.name });
    c.text('input.name', '\u202Ex', { max: LIMITS.name });
    c.partialDate('input.date', '2021-02-30');
    c.partialDate('input.date', '21');
    c.required('input.kind', null);
    c.integer('input.startYear', 1800, YEAR_RANGE.min, YEAR_RANGE.max);
    c.texts('input.aliases', ['a', 'a'], { max: LIMITS.name, maxItems: LIMITS.aliases });
    checkCitation(c, {}, 'input');
    const api = [
      ...c.problems.map((p) => p.message),
      'names no Place ("pl-x")',
      '"2022-06" differs from the date of the event ("2022-06-15"); an observation at an event is dated as the event',
      '"2020" is before validFrom "2021"',
      'Person per-x has changed since this entry',
      'Place pl-x, which this entry created, has relationships (ADOPTED_IN) written since',
      'was undone already (entry 1, 2026-01-01T00:00:00Z)',
    ];
    const unread = api.filter((message) => problemText(message).startsWith('Máy chủ từ chối'));
    assert.deepEqual(unread, []);
    assert.equal(problemText('"2022-06" differs from the date of the event ("2022-06-15"); an observation at an event is dated as the event'), 'Ngày tháng 6/2022 khác ngày của sự kiện (15/6/2022): ghi nhận tại một sự kiện phải ghi đúng ngày của sự kiện.');
    assert.equal(problemText('something new'), 'Máy chủ từ chối: something new', 'what the table does not know is shown as the API wrote it');
  });
});
