import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { checkArticleText, foldedArticle } from '../../seed/load/check-article-text.js';
import { checkSeed, defaultArticlesDir, formatIssue, type SeedIssue } from '../../seed/load/index.js';
import type { Dataset } from '../../seed/load/types.js';
import { NUMBER_PATTERN, numberValue } from '../../seed/load/vietnamese-numbers.js';
import { edit, removeSeedCopies, seedCopy } from '../helpers/seed-copy.js';

after(removeSeedCopies);

const ARTICLES = defaultArticlesDir();
const withoutArticles = { skip: ARTICLES === null ? 'shared/sources/ is not beside the checkout' : false };

function issuesOf(dir: string): SeedIssue[] {
  return checkSeed({ seedDir: dir }).issues;
}

function assertIssue(issues: SeedIssue[], expected: { file: string; record?: string; field?: string; message: RegExp }) {
  const found = issues.find((i) => i.file === expected.file && i.record === expected.record && i.field === expected.field && expected.message.test(i.message));
  assert.ok(found, `expected an issue like ${JSON.stringify({ ...expected, message: String(expected.message) })}, got:\n${issues.map(formatIssue).join('\n')}`);
}

const FACTS_000 = 'facts/000-dong-thap-tong-ket-dvcq-2020.yaml';
const FACTS_001 = 'facts/001-dbscl-giao-ban-dan-van-2020.yaml';

describe('seed records against the text of the articles they cite', () => {
  it('runs when shared/sources/ is there, and says so when it is skipped', withoutArticles, () => {
    assert.deepEqual(checkSeed().notices, []);
    const skipped = checkSeed({ articlesDir: null });
    assert.deepEqual(skipped.notices, ['the articles were not checked: no folder of article texts (shared/sources/) was found']);
    assert.deepEqual(skipped.issues, []);
  });

  it('rejects an entity that cites an article which does not name it', withoutArticles, () => {
    const dir = seedCopy();
    // Article 000 never names Đồng Tháp: the province must not cite it (its facts reach it by inference).
    edit(dir, 'entities/places.yaml', 'sources: [src-001-giao-ban-dan-van-dbscl-2020, src-nq-202-2025-qh15, src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]', 'sources: [src-000-tong-ket-dvcq-2020, src-001-giao-ban-dan-van-dbscl-2020, src-nq-202-2025-qh15, src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]');
    const issues = issuesOf(dir);
    assertIssue(issues, { file: 'seed/entities/places.yaml', record: 'pl-dong-thap', field: 'sources', message: /^cites src-000-tong-ket-dvcq-2020, whose text has none of its names \("Đồng Tháp"\)/ });
    assert.equal(issues.length, 1, issues.map(formatIssue).join('\n'));
    // The same record marked inferred passes: the note says why.
    edit(dir, 'entities/places.yaml', '  description: Tỉnh Đồng Tháp trước khi hợp nhất', '  inferred: true\n  inferenceNote: suy luận\n  description: Tỉnh Đồng Tháp trước khi hợp nhất');
    assert.deepEqual(issuesOf(dir).map(formatIssue), []);
  });

  it('matches names folded: diacritics, case, "ủy" / "uỷ", spacing and punctuation, and typos kept as aliases', () => {
    const dataset: Dataset = {
      entities: [
        { file: 'seed/entities/sources.yaml', label: 'Source', records: [{ id: 'src-x', kind: 'ARTICLE', title: 'Bài X', file: '000_x.txt' }] },
        {
          file: 'seed/entities/organizations.yaml',
          label: 'Organization',
          records: [
            { id: 'org-a', name: 'Ban Dân vận Tỉnh ủy Đồng Tháp', aliases: ['Ban Dân vn Tỉnh ủy'], kind: 'PARTY_BOARD', line: 'PARTY', sources: ['src-x'] },
            { id: 'org-b', name: 'Tỉnh ủy Đồng Thá', kind: 'PARTY_COMMITTEE', line: 'PARTY', sources: ['src-x'] },
          ],
        },
      ],
      facts: [],
    };
    const texts = new Map([['src-x', foldedArticle('ông Lê Thành Công –TRƯỞNG BAN DÂN VN\n TỈNH UỶ, Chủ tịch Tỉnh ủy Đồng Tháp.')]]);
    // org-a is met only as its typo; "Đồng Thá" is not a word of "Đồng Tháp".
    assert.deepEqual(checkArticleText(dataset, texts).map((i) => i.record), ['org-b']);
    dataset.entities[1]!.records[0]!.aliases = [];
    assert.deepEqual(checkArticleText(dataset, texts).map((i) => i.record), ['org-a', 'org-b']);
  });

  it('rejects a stated relationship whose end the article does not name', withoutArticles, () => {
    const dir = seedCopy();
    // The award is named in article 000 only as "Bằng khen cho 3 tập thể và 6 cá nhân".
    edit(dir, 'entities/awards.yaml', '  aliases: [Bằng khen cho 3 tập thể và 6 cá nhân]\n', '');
    const issues = issuesOf(dir);
    assertIssue(issues, {
      file: `seed/${FACTS_000}`,
      record: '000-awarded-at-bang-khen-2020',
      field: 'from',
      message: /^cites src-000-tong-ket-dvcq-2020, whose text does not name aw-dong-thap-bang-khen-nam-dan-van-kheo-2020 .*mark the fact inferred/,
    });
    // The award itself is inferred (its province), so only the two stated facts that link it are reported.
    assert.deepEqual(issues.map((i) => i.record).sort(), ['000-awarded-at-bang-khen-2020', '000-awarded-for-nam-dan-van-kheo-2020']);
  });

  it('requires the person of a role observation and its titleAsWritten to be in the article', withoutArticles, () => {
    const dir = seedCopy();
    edit(dir, FACTS_001, '    titleAsWritten: Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp\n', '    titleAsWritten: Phó Bí thư Tỉnh ủy Đồng Tháp\n');
    edit(dir, 'entities/people.yaml', 'name: Nguyễn Tôn Hoàng', 'name: Nguyễn Tôn Hoan');
    const issues = issuesOf(dir);
    assertIssue(issues, { file: `seed/${FACTS_001}`, record: 'ro-001-nguyen-ton-hoang-pho-bi-thu-thuong-truc-tinh-uy', field: 'titleAsWritten', message: /^"Phó Bí thư Tỉnh ủy Đồng Tháp" is not in the text of src-001/ });
    assertIssue(issues, { file: `seed/${FACTS_001}`, record: 'ro-001-nguyen-ton-hoang-pho-bi-thu-thuong-truc-tinh-uy', field: 'person', message: /does not name per-nguyen-ton-hoang \("Nguyễn Tôn Hoan"\)/ });
    assertIssue(issues, { file: 'seed/entities/people.yaml', record: 'per-nguyen-ton-hoang', field: 'sources', message: /cites src-001/ });
  });

  it('lets an inferred fact reach a record its article does not name, but not skip one it does name', withoutArticles, () => {
    const dir = seedCopy();
    // Hội quán's origin (inferred) links Đồng Tháp, which article 001 names: the province must cite 001.
    edit(dir, 'entities/places.yaml', 'sources: [src-001-giao-ban-dan-van-dbscl-2020, src-nq-202-2025-qh15, src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]', 'sources: [src-nq-202-2025-qh15, src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025]');
    assertIssue(issuesOf(dir), {
      file: `seed/${FACTS_001}`,
      record: '001-originated-in-hoi-quan-dong-thap',
      field: 'to',
      message: /^links pl-dong-thap, which src-001-giao-ban-dan-van-dbscl-2020 names but which does not cite it/,
    });
  });

  it('without the articles, still requires a stated fact\'s source among the sources of what it links', () => {
    const dir = seedCopy();
    // 000-held-in-dong-thap made a stated fact: Đồng Tháp does not cite article 000.
    edit(dir, FACTS_000, '    to: pl-dong-thap\n    inferred: true\n    inferenceNote: >-\n      Hội nghị trực tuyến của các cơ quan cấp tỉnh, có các điểm cầu tại các huyện trong tỉnh; tỉnh (Đồng Tháp) được\n      suy luận (xem ev-dong-thap-tong-ket-dvcq-2020).\n', '    to: pl-dong-thap\n');
    const issues = checkSeed({ seedDir: dir, articlesDir: null }).issues;
    assertIssue(issues, { file: `seed/${FACTS_000}`, record: '000-held-in-dong-thap', field: 'to', message: /links "pl-dong-thap", whose sources do not include src-000-tong-ket-dvcq-2020/ });
  });
});

describe('counts in names and descriptions against the facts', () => {
  it('reads Vietnamese numbers in words and digits', () => {
    const cases: Array<[string, number]> = [['một', 1], ['năm', 5], ['sáu', 6], ['mười', 10], ['mười một', 11], ['mười lăm', 15], ['hai mươi', 20], ['hai mươi mốt', 21], ['bốn mươi tư', 44], ['10', 10], ['10/10', 10], ['37', 37]];
    for (const [phrase, value] of cases) {
      assert.match(phrase, new RegExp(`^(?:${NUMBER_PATTERN})$`, 'u'), phrase);
      assert.equal(numberValue(phrase), value, phrase);
    }
  });

  it('rejects a count of the parties a program was signed with that the facts do not hold (article 004: five bodies, not six)', () => {
    const dir = seedCopy();
    edit(dir, 'entities/events.yaml', 'giai đoạn 2021–2025 với năm cơ quan, đơn vị.', 'giai đoạn 2021–2025 với sáu cơ quan, đơn vị.');
    const issues = checkSeed({ seedDir: dir, articlesDir: null }).issues;
    assert.deepEqual(issues.map(formatIssue), [
      'seed/entities/events.yaml: record ev-phong-dien-so-ket-phoi-hop-dan-van-2021 field description: says "sáu cơ quan" (6), but pr-phong-dien-dan-van-2021-2025 has 6 parties, 5 besides the one signing "với" them',
    ]);
  });

  it('counts the parties "giữa" which a program is agreed as all of them', () => {
    const dir = seedCopy();
    edit(dir, 'entities/programs.yaml', 'Chương trình phối hợp giữa hai cơ quan tổ chức hội nghị ngày 09/01/2020', 'Chương trình phối hợp giữa ba cơ quan tổ chức hội nghị ngày 09/01/2020');
    assertIssue(checkSeed({ seedDir: dir, articlesDir: null }).issues, {
      file: 'seed/entities/programs.yaml',
      record: 'pr-ban-dan-van-trung-uong-bcsd-chinh-phu',
      field: 'description',
      message: /^says "ba cơ quan" \(3\), but pr-ban-dan-van-trung-uong-bcsd-chinh-phu has 2 parties$/,
    });
  });

  it('rejects award counts that differ from the award\'s, in its name as in an alias', () => {
    const dir = seedCopy();
    edit(dir, 'entities/awards.yaml', 'Bằng khen của UBND tỉnh Đồng Tháp cho 3 tập thể', 'Bằng khen của UBND tỉnh Đồng Tháp cho 4 tập thể');
    edit(dir, 'entities/awards.yaml', 'Bằng khen khen cho 10 tập thể, 15 cá nhân', 'Bằng khen khen cho 10 tập thể, mười sáu cá nhân');
    const issues = checkSeed({ seedDir: dir, articlesDir: null }).issues;
    assert.deepEqual(issues.map(formatIssue), [
      'seed/entities/awards.yaml: record aw-dong-thap-bang-khen-nam-dan-van-kheo-2020 field name: says "4 tập thể" (4), but aw-dong-thap-bang-khen-nam-dan-van-kheo-2020 has collectives 3',
      'seed/entities/awards.yaml: record aw-dong-thap-bang-khen-dvcq-2022 field aliases[0]: says "mười sáu cá nhân" (16), but aw-dong-thap-bang-khen-dvcq-2022 has individuals 15',
    ]);
  });

  it('compares a collective\'s count with memberCount and an event\'s bridge points with its attendances', () => {
    const dir = seedCopy();
    edit(dir, 'entities/organizations.yaml', 'Cả 10 huyện ủy, thị ủy, thành ủy', 'Cả 9 huyện ủy, thị ủy, thành ủy');
    edit(dir, 'entities/events.yaml', 'truyền tiếp tới 10\n    điểm cầu', 'truyền tiếp tới 12\n    điểm cầu');
    const issues = checkSeed({ seedDir: dir, articlesDir: null }).issues;
    assert.deepEqual(issues.map(formatIssue), [
      'seed/entities/events.yaml: record ev-toan-quoc-tong-ket-dan-van-2019 field description: says "12 điểm cầu" (12), but the organisations that attended it followed it from 10 bridge points',
      'seed/entities/organizations.yaml: record org-huyen-thi-thanh-uy-binh-thuan field description: says "9 huyện ủy" (9), but its memberCount is 10',
    ]);
  });

  it('does not read "năm" as a number before a year or after one', () => {
    // The curated descriptions say "5 năm", "năm 2020", "năm 2023" and pass.
    assert.deepEqual(checkSeed({ articlesDir: null }).issues.map(formatIssue), []);
  });
});

describe('collectives and bridge points in the seed schema', () => {
  it('refuses a memberCount on a body that is not a collective', () => {
    const dir = seedCopy();
    edit(dir, 'entities/organizations.yaml', '  collective: true\n  memberCount: 10\n', '  memberCount: 10\n');
    assertIssue(checkSeed({ seedDir: dir, articlesDir: null }).issues, {
      file: 'seed/entities/organizations.yaml',
      record: 'org-huyen-thi-thanh-uy-binh-thuan',
      field: 'collective',
      message: /is required when memberCount is given/,
    });
  });

  it('refuses bridge points on a relationship other than ATTENDED', () => {
    const dir = seedCopy();
    edit(dir, FACTS_000, '    type: HELD_IN\n', '    type: HELD_IN\n    bridgePoints: 2\n');
    assertIssue(checkSeed({ seedDir: dir, articlesDir: null }).issues, { file: `seed/${FACTS_000}`, record: '000-held-in-dong-thap', field: 'bridgePoints', message: /not a field of this kind of record/ });
  });
});
