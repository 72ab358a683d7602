import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { SHARED_DIR } from '../../api/paths.js';
import { checkSeed, formatIssue, type SeedIssue } from '../../seed/load/index.js';
import { edit, removeSeedCopies, seedCopy } from '../helpers/seed-copy.js';


after(removeSeedCopies);

function issuesOf(dir: string): SeedIssue[] {
  return checkSeed({ seedDir: dir }).issues;
}

function assertIssue(issues: SeedIssue[], expected: { file: string; record?: string; field?: string; message: RegExp }) {
  const found = issues.find(
    (i) => i.file === expected.file && i.record === expected.record && i.field === expected.field && expected.message.test(i.message),
  );
  assert.ok(found, `expected an issue like ${JSON.stringify({ ...expected, message: String(expected.message) })}, got:\n${issues.map(formatIssue).join('\n')}`);
}

const PEOPLE = 'entities/people.yaml';
const FACTS_000 = 'facts/000-dong-thap-tong-ket-dvcq-2020.yaml';

describe('seed validation', () => {
  it('accepts the curated dataset', () => {
    const { issues, dataset } = checkSeed();
    assert.deepEqual(issues.map(formatIssue), []);
    assert.equal(dataset.facts.length >= 5, true);
  });

  const sourcesDir = path.join(SHARED_DIR, 'sources');
  const noSources = !existsSync(sourcesDir) && `${sourcesDir} is absent (no shared/ beside this clone): the articles are not compared`;
  it('has one Source for every article in shared/sources, naming a file that exists', { skip: noSources }, () => {
    const articles = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
    const sources = checkSeed().dataset.entities.find((f) => f.label === 'Source')!.records;
    // Articles read on the web (the 2025 reorganisation) have a url instead of an archived file.
    const files = sources.filter((s) => s.kind === 'ARTICLE' && s.file !== undefined).map((s) => s.file as string).sort();
    assert.deepEqual(files, articles);
    assert.deepEqual(sources.filter((s) => s.kind === 'ARTICLE' && s.file === undefined && typeof s.url !== 'string').map((s) => s.id), []);
  });

  it('rejects an article with neither an archived file nor a web address, in one issue', () => {
    const dir = seedCopy();
    edit(dir, 'entities/sources.yaml', '  url: https://cafef.vn/', '  # url: https://cafef.vn/');
    const issues = issuesOf(dir).filter((i) => i.record === 'src-cafef-dang-bo-tinh-thanh-moi-2025');
    assert.deepEqual(issues.map(formatIssue), ['seed/entities/sources.yaml: record src-cafef-dang-bo-tinh-thanh-moi-2025: needs one of file or url']);
  });

  it('rejects an entity without sources, naming file, record and field', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, '  sources: [src-000-tong-ket-dvcq-2020]\n\n- id: per-nguyen-ton-hoang', '\n- id: per-nguyen-ton-hoang');
    assertIssue(issuesOf(dir), { file: `seed/${PEOPLE}`, record: 'per-thanh-an', field: 'sources', message: /is required/ });
  });

  it('rejects an empty sources list', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, '  sources: [src-004-phoi-hop-dan-van-phong-dien-2021]\n', '  sources: []\n');
    assertIssue(issuesOf(dir), { file: `seed/${PEOPLE}`, record: 'per-doan-ky-coi', field: 'sources', message: /at least 1/ });
  });

  it('rejects a reference to a record that does not exist', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    person: per-nguyen-tan-luc\n    event:', '    person: per-nguyen-tan-lucc\n    event:');
    assertIssue(issuesOf(dir), {
      file: `seed/${FACTS_000}`,
      record: 'pa-000-nguyen-tan-luc-attended',
      field: 'person',
      message: /"per-nguyen-tan-lucc", which is not a record/,
    });
  });

  it('rejects a reference to a record of the wrong label', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    from: org-ban-dan-van-tinh-uy-dong-thap\n    to: ev-dong-thap-tong-ket-dvcq-2020', '    from: per-le-thanh-cong\n    to: ev-dong-thap-tong-ket-dvcq-2020');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_000}`, record: '000-organized-ban-dan-van-tinh-uy', field: 'from', message: /a Person; expected Organization/ });
  });

  it('rejects a relationship type between labels it cannot join', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    from: pl-chau-thanh-dong-thap\n    to: pl-dong-thap', '    from: pl-chau-thanh-dong-thap\n    to: org-tinh-uy-dong-thap');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_000}`, record: '000-part-of-chau-thanh-dong-thap', field: 'type', message: /PART_OF cannot join a Place to an Organization/ });
  });

  it('rejects an impossible date with the documented message', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-03-24"', '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-02-30"');
    const issues = issuesOf(dir);
    assertIssue(issues, { file: `seed/${FACTS_000}`, record: 'ro-000-pham-thien-nghia-chu-tich-ubnd-tinh', field: 'observedAt', message: /^"2021-02-30" is not a calendar date$/ });
    const line = issues.map(formatIssue).find((l) => l.includes('2021-02-30'));
    assert.equal(line, `seed/${FACTS_000}: record ro-000-pham-thien-nghia-chu-tich-ubnd-tinh field observedAt: "2021-02-30" is not a calendar date`);
  });

  it('rejects a date written as a number (an unquoted year)', () => {
    const dir = seedCopy();
    edit(dir, 'entities/events.yaml', '  date: "2020"\n  description: >-\n    Buổi giao ban', '  date: 2020\n  description: >-\n    Buổi giao ban');
    assertIssue(issuesOf(dir), { file: 'seed/entities/events.yaml', record: 'ev-dbscl-giao-ban-dan-van-6-thang-2020', field: 'date', message: /must be string/ });
  });

  it('rejects an observation dated otherwise than its event', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-03-24"', '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-03"');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_000}`, record: 'ro-000-pham-thien-nghia-chu-tich-ubnd-tinh', field: 'observedAt', message: /differs from the date of ev-dong-thap-tong-ket-dvcq-2020/ });
  });

  it('rejects a duplicate id, even across files and kinds', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, '- id: per-van-khuong', '- id: per-van-bon');
    edit(dir, FACTS_000, '  - id: 000-held-in-dong-thap', '  - id: 000-signed-at-2021-2026');
    const issues = issuesOf(dir);
    assertIssue(issues, { file: `seed/${PEOPLE}`, record: 'per-van-bon', field: 'id', message: /already used by a Person record in seed\/entities\/people\.yaml/ });
    assertIssue(issues, { file: `seed/${FACTS_000}`, record: '000-signed-at-2021-2026', field: 'id', message: /already used by a Relation record/ });
  });

  it('rejects text that is not in Unicode NFC', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, 'name: Văn Khương', `name: ${'Văn Khương'.normalize('NFD')}`);
    assertIssue(issuesOf(dir), { file: `seed/${PEOPLE}`, record: 'per-van-khuong', field: 'name', message: /not in Unicode NFC/ });
  });

  it('rejects a fact whose source is missing from the sources of a record it links', () => {
    const dir = seedCopy();
    edit(dir, 'entities/campaigns.yaml', '  name: Năm Dân vận khéo 2020\n  description: Chủ đề năm 2020 của công tác dân vận, gắn với việc thực hiện Chỉ thị 05-CT/TW.\n  sources: [src-000-tong-ket-dvcq-2020, src-001-giao-ban-dan-van-dbscl-2020]', '  name: Năm Dân vận khéo 2020\n  description: Chủ đề năm 2020 của công tác dân vận, gắn với việc thực hiện Chỉ thị 05-CT/TW.\n  sources: [src-001-giao-ban-dan-van-dbscl-2020]');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_000}`, record: '000-awarded-for-nam-dan-van-kheo-2020', field: 'to', message: /whose sources do not include src-000-tong-ket-dvcq-2020/ });
  });

  it('rejects an alias that would resolve to two records', () => {
    const dir = seedCopy();
    edit(dir, 'entities/organizations.yaml', 'aliases: [UBND tỉnh Bình Thuận]', 'aliases: [UBND tỉnh Bình Thuận, UBND tỉnh Đồng Tháp]');
    assertIssue(issuesOf(dir), { file: 'seed/entities/organizations.yaml', record: 'org-ubnd-tinh-binh-thuan', field: 'aliases[1]', message: /also a name or alias of org-ubnd-tinh-dong-thap/ });
  });

  it('rejects fields that are not part of the record kind', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    type: HELD_IN\n', '    type: HELD_IN\n    since: "2020"\n');
    assertIssue(issuesOf(dir), { file: `seed/${FACTS_000}`, record: '000-held-in-dong-thap', field: 'since', message: /not a field of this kind of record/ });
  });

  it('collects every problem in one pass instead of stopping at the first', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, 'name: Văn Khương', `name: ${'Văn Khương'.normalize('NFD')}`);
    edit(dir, FACTS_000, '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-03-24"', '    organization: org-ubnd-tinh-dong-thap\n    observedAt: "2021-02-30"');
    edit(dir, FACTS_000, '    person: per-nguyen-tan-luc\n    event:', '    person: per-nguyen-tan-lucc\n    event:');
    const issues = issuesOf(dir);
    assert.equal(issues.length, 3, issues.map(formatIssue).join('\n'));
  });

  it('reports YAML syntax errors with the line, and no cascade of unresolved references', () => {
    const dir = seedCopy();
    edit(dir, PEOPLE, 'name: Thanh An', 'name: Thanh: An');
    const issues = issuesOf(dir);
    assert.equal(issues.length, 1, issues.map(formatIssue).join('\n'));
    assert.match(formatIssue(issues[0]!), /^seed\/entities\/people\.yaml: is not valid YAML \(line \d+, column \d+\)/);
  });
});
