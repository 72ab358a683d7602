// Successions in the curated seed (docs/decisions/023): every SUCCEEDED_BY,
// of places and of organisations, is dated, typed and cited as it will be
// stored; a succession joins two places or two organisations, never one of
// each; and the validator refuses what would break those rules, naming the
// record. No database: the rows are the ones the loader would write.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { SUCCESSION_KINDS } from '../../model/graph-model.js';
import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';
import { checkSeed, formatIssue, toGraph, type SeedIssue } from '../../seed/load/index.js';
import { edit, removeSeedCopies, seedCopy } from '../helpers/seed-copy.js';

after(removeSeedCopies);

const FACTS_903 = 'facts/903-znews-ban-tuyen-giao-dan-van-trung-uong.yaml';
const FACTS_905 = 'facts/905-cafef-dang-bo-tinh-thanh-moi.yaml';

function issuesOf(dir: string): SeedIssue[] {
  return checkSeed({ seedDir: dir }).issues;
}

function assertIssue(issues: SeedIssue[], expected: { file: string; record: string; field: string; message: RegExp }) {
  const found = issues.find((i) => i.file === expected.file && i.record === expected.record && i.field === expected.field && expected.message.test(i.message));
  assert.ok(found, `expected an issue like ${JSON.stringify({ ...expected, message: String(expected.message) })}, got:\n${issues.map(formatIssue).join('\n')}`);
}

describe('successions in the seed', () => {
  const { dataset, issues } = checkSeed();
  const graph = toGraph(dataset);
  const succession = graph.relationships.filter((b) => b.type === 'SUCCEEDED_BY');
  const sources = new Map(dataset.entities.find((f) => f.label === 'Source')!.records.map((r) => [r.id, r]));

  it('loads without issues', () => {
    assert.deepEqual(issues.map(formatIssue), []);
  });

  it('joins two places or two organisations, and nothing else', () => {
    const pairs = succession.map((b) => `${b.fromLabel} → ${b.toLabel}: ${b.rows.length}`).sort();
    assert.deepEqual(pairs, ['Organization → Organization: 9', 'Place → Place: 5']);
  });

  it('stores every succession with a date, a kind, a note and sources that exist and can be found', () => {
    for (const batch of succession) {
      for (const row of batch.rows) {
        const where = `${row.id} (${row.from} → ${row.to})`;
        const date = parsePartialDate(String(row.props.date));
        assert.ok(isPartialDate(date), `${where} has a partial date`);
        assert.equal(row.props.datePrecision, date.precision, `${where} stores the date's precision`);
        assert.deepEqual([row.dates.dateFrom, row.dates.dateTo], [date.from, date.to], `${where} stores the range of its date`);
        assert.ok((SUCCESSION_KINDS as readonly unknown[]).includes(row.props.kind), `${where} has a kind`);
        assert.equal(typeof row.props.note, 'string', `${where} says in words what changed`);
        const cited = row.props.sourceIds as string[];
        assert.ok(cited.length > 0, `${where} cites a source`);
        for (const id of cited) {
          const source = sources.get(id);
          assert.ok(source, `${where} cites ${id}, a Source of the seed`);
          // An article is found by its archived file or its address; a legal text by its title and number.
          if (source.kind === 'ARTICLE') assert.ok(source.file ?? source.url, `${id} has a file or a url`);
          assert.ok(source.title, `${id} has a title`);
        }
        if (row.props.inferred === true) assert.equal(typeof row.props.inferenceNote, 'string', `${where} says why it is inferred`);
      }
    }
  });

  it('records the 2025 organisation successions the sources state, with their kinds and dates', () => {
    const rows = succession
      .filter((b) => b.fromLabel === 'Organization')
      .flatMap((b) => b.rows.map((r) => `${r.from} ${r.props.kind} ${r.to} ${r.props.date}${r.props.inferred ? ' (inferred)' : ''} [${(r.props.sourceIds as string[]).join(', ')}]`))
      .sort();
    assert.deepEqual(rows, [
      'org-ban-dan-van-tinh-uy-dong-thap MERGED_INTO org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap 2025-02-03 [src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]',
      'org-ban-dan-van-trung-uong MERGED_INTO org-ban-tuyen-giao-va-dan-van-trung-uong 2025-02-03 (inferred) [src-znews-ban-tuyen-giao-dan-van-trung-uong-2025]',
      'org-ban-tuyen-giao-tinh-uy-dong-thap MERGED_INTO org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap 2025-02-03 [src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]',
      'org-ban-tuyen-giao-trung-uong MERGED_INTO org-ban-tuyen-giao-va-dan-van-trung-uong 2025-02-03 (inferred) [src-znews-ban-tuyen-giao-dan-van-trung-uong-2025]',
      'org-huyen-uy-phong-dien-thua-thien-hue RENAMED_TO org-thi-uy-phong-dien-hue 2025-01-01 (inferred) [src-nhandan-dang-bo-truc-thuoc-thanh-pho-hue-2024]',
      'org-tinh-uy-binh-thuan MERGED_INTO org-tinh-uy-lam-dong-2025 2025-07-01 (inferred) [src-cafef-dang-bo-tinh-thanh-moi-2025, src-nq-202-2025-qh15]',
      'org-tinh-uy-dong-thap MERGED_INTO org-tinh-uy-dong-thap-2025 2025-07-01 [src-cafef-dang-bo-tinh-thanh-moi-2025]',
      'org-ubnd-tinh-binh-thuan MERGED_INTO org-ubnd-tinh-lam-dong-2025 2025-07-01 (inferred) [src-nq-202-2025-qh15]',
      'org-ubnd-tinh-dong-thap MERGED_INTO org-ubnd-tinh-dong-thap-2025 2025-07-01 (inferred) [src-nq-202-2025-qh15]',
    ]);
  });

  it('ends the district bodies that had no successor with validTo, citing the resolution that ended the district level', () => {
    const organizations = graph.nodes.find((b) => b.label === 'Organization')!.rows;
    const ended = organizations
      .filter((r) => r.props.validTo !== undefined)
      .map((r) => `${r.id} ${r.props.validTo} ${(r.props.sourceIds as string[]).includes('src-nq-203-2025-qh15')}`)
      .sort();
    assert.deepEqual(ended, [
      'org-huyen-uy-chau-thanh-dong-thap 2025-06-30 true',
      'org-thi-uy-phong-dien-hue 2025-06-30 true',
      'org-ubnd-huyen-chau-thanh-dong-thap 2025-06-30 true',
    ]);
  });
});

describe('the validator keeps successions coherent', () => {
  it('refuses a succession from an organisation to a place', () => {
    const dir = seedCopy();
    edit(dir, FACTS_903, '    to: org-ban-tuyen-giao-va-dan-van-trung-uong\n    date: "2025-02-03"', '    to: pl-hue\n    date: "2025-02-03"');
    assertIssue(issuesOf(dir), {
      file: `seed/${FACTS_903}`,
      record: '903-succeeded-by-ban-dan-van-trung-uong',
      field: 'type',
      message: /^SUCCEEDED_BY cannot join an Organization to a Place; it joins Place → Place, Organization → Organization$/,
    });
  });

  it('refuses a succession without a kind', () => {
    const dir = seedCopy();
    edit(dir, FACTS_905, '    date: "2025-07-01"\n    kind: MERGED_INTO\n    note: Đảng bộ tỉnh Đồng Tháp', '    date: "2025-07-01"\n    note: Đảng bộ tỉnh Đồng Tháp');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_905}`, record: '905-succeeded-by-tinh-uy-dong-thap', field: 'kind', message: /^is required$/ });
  });

  it('refuses a succession dated on or before its predecessor’s last day', () => {
    const dir = seedCopy();
    edit(dir, 'entities/organizations.yaml', '  name: Tỉnh ủy Đồng Tháp\n  aliases: [Tỉnh uỷ Đồng Tháp]\n', '  name: Tỉnh ủy Đồng Tháp\n  aliases: [Tỉnh uỷ Đồng Tháp]\n  validTo: "2025"\n');
    // A year that may end before the change (on 30/6) passes; a day that does not is refused.
    assert.deepEqual(issuesOf(dir).map(formatIssue), []);
    edit(dir, 'entities/organizations.yaml', '  validTo: "2025"\n', '  validTo: "2025-07-01"\n');
    assertIssue(issuesOf(dir), {
      file: `seed/${FACTS_905}`,
      record: '905-succeeded-by-tinh-uy-dong-thap',
      field: 'date',
      message: /^"2025-07-01" is not after the validTo "2025-07-01" of org-tinh-uy-dong-thap/,
    });
  });

  it('refuses a succession dated before its successor exists', () => {
    const dir = seedCopy();
    edit(dir, FACTS_905, '    to: org-tinh-uy-dong-thap-2025\n    date: "2025-07-01"', '    to: org-tinh-uy-dong-thap-2025\n    date: "2025-06-30"');
    assertIssue(issuesOf(dir), {
      file: `seed/${FACTS_905}`,
      record: '905-succeeded-by-tinh-uy-dong-thap',
      field: 'date',
      message: /^"2025-06-30" is before the validFrom "2025-07-01" of org-tinh-uy-dong-thap-2025/,
    });
  });
});
