// The article form checks what it sends as ingestArticle does, with the API's
// numbers: the same verdicts on the same values, the limits the schema states,
// and a saved page decoded in the browser to the text the API would read from
// the same bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { takeArticle } from '../../api/ingest/article-intake.js';
import { REPO_ROOT } from '../../api/paths.js';
import { InputError } from '../../api/write/input-error.js';
import { LIMITS } from '../../api/write/limits.js';
import { decodeBytes } from '../../ingest/article/decode.js';
import { IngestError } from '../../ingest/errors.js';
import { ARTICLE_INPUT, ARTICLE_LIMITS, articleUrlProblem, contentProblem, decodePage, publishedAtProblem, reasonProblem } from '../../web/src/curate/article-rules.js';
import { problemText } from '../../web/src/curate/problem-text.js';

const sdl = readFileSync(path.join(REPO_ROOT, 'schema', 'ingest.graphql'), 'utf8');
const ARTICLE = 'Huyện Lấp Vò giao ban công tác dân vận\n\nNgày 28/3/2024, Ban Dân vận Huyện ủy Lấp Vò tổ chức hội nghị giao ban.';
const NOW = new Date('2024-06-01T12:00:00Z');

/** The fields ingestArticle refuses for these values: none when it takes them. */
function refused(input: Record<string, unknown>): string[] {
  try {
    takeArticle({ content: ARTICLE, format: 'text', ...input }, NOW);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => p.field);
  }
}

/** The number a schema description states after `words` ("at most 2,000 characters" → 2000). */
function stated(field: RegExp, words: RegExp): number {
  const line = sdl.split('\n').findIndex((l) => field.test(l));
  assert.ok(line > 0, String(field));
  const match = words.exec(sdl.split('\n')[line - 1]!);
  assert.ok(match, `${field}: ${sdl.split('\n')[line - 1]}`);
  return Number(match[1]!.replace(/,/g, ''));
}

describe('the article form’s checks', () => {
  it('use the limits the schema states for an article, its address and a rejection’s reason', () => {
    assert.equal(ARTICLE_INPUT.url, stated(/^\s*url: String$/, /at most ([\d,]+) characters/));
    assert.equal(ARTICLE_LIMITS.maxInputBytes, stated(/^\s*content: String!$/, /\(([\d,]+) bytes as UTF-8\)/));
    assert.equal(ARTICLE_LIMITS.maxTextChars, stated(/^\s*content: String!$/, /text at most ([\d,]+) characters/));
    assert.equal(ARTICLE_INPUT.reason, stated(/^\s*reason: String!$/, /1 to ([\d,]+) characters/));
    assert.equal(ARTICLE_INPUT.reason, LIMITS.note);
  });

  it('refuse an address exactly when the API does', () => {
    const long = `https://example.vn/${'a'.repeat(ARTICLE_INPUT.url - 19)}`;
    assert.equal(long.length, ARTICLE_INPUT.url);
    for (const url of ['https://baodongthap.vn/a', 'http://x.vn', 'ftp://x.vn/a', 'baodongthap.vn/a', 'https://', long, `${long}a`, 'https://x.vn/\u202Ea', '']) {
      assert.equal(articleUrlProblem(url) !== null, refused({ url: url || undefined }).includes('input.url'), url.slice(0, 60));
    }
  });

  it('refuse a publication day exactly when the API does: a real day, written in full, not after today (UTC)', () => {
    for (const day of ['2024-05-15', '2024-06-01', '2024-06-02', '2025-01-01', '2024-02-30', '2024-05', '2024', '2024-5-15', '15/5/2024']) {
      assert.equal(publishedAtProblem(day, NOW) !== null, refused({ publishedAt: day }).includes('input.publishedAt'), day);
    }
    assert.equal(publishedAtProblem('2024-06-02', NOW), 'Ngày đăng 2024-06-02 ở tương lai (hôm nay là 2024-06-01 theo giờ UTC).');
    assert.equal(publishedAtProblem('2024-02-30', NOW), '"2024-02-30" không phải là một ngày có thật.');
  });

  it('refuse content the API refuses before reading it: empty, beyond its bytes, NUL', () => {
    const big = 'ạ'.repeat(Math.floor(ARTICLE_LIMITS.maxInputBytes / 3) + 1);
    for (const content of ['', '   \n ', `${ARTICLE}\u0000`, big]) {
      assert.ok(contentProblem(content), JSON.stringify(content.slice(0, 20)));
      assert.deepEqual(refused({ content }), ['input.content'], JSON.stringify(content.slice(0, 20)));
    }
    assert.equal(contentProblem(ARTICLE), null);
    assert.deepEqual(refused({}), []);
  });

  it('require a rejection’s reason, one to LIMITS.note characters', () => {
    assert.equal(reasonProblem('  '), 'Không được để trống.');
    assert.equal(reasonProblem('Nhầm người'), null);
    assert.equal(reasonProblem('a'.repeat(LIMITS.note + 1)), `Tối đa ${LIMITS.note} ký tự (đang có ${LIMITS.note + 1}).`);
    assert.equal(reasonProblem('dòng một\ndòng hai'), null);
  });

  it('decode a saved page as the API decodes its bytes, or refuse it as the API does', () => {
    const text = 'Hội nghị sơ kết phong trào thi đua “Dân vận khéo”';
    const page = (charset: string | null, body: string) => `<!doctype html><html><head>${charset ? `<meta charset="${charset}">` : ''}<title>t</title></head><body><p>${body}</p></body></html>`;
    const cases: [string, Uint8Array, boolean][] = [
      ['UTF-8', Buffer.from(page(null, text)), true],
      ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('utf-8', text))]), true],
      ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(null, text), 'utf16le')]), true],
      ['windows-1258 declared', iconv.encode(page('windows-1258', 'Hội nghị Dân vận'), 'windows-1258'), true],
      ['windows-1258 undeclared (not UTF-8)', iconv.encode(page(null, 'Hội nghị Dân vận'), 'windows-1258'), true],
      ['an encoding the API does not read', Buffer.from(page('iso-8859-1', 'Dan van')), true],
      ['a text file', Buffer.from(text), false],
    ];
    for (const [what, bytes, isHtml] of cases) {
      let api: string | null = null;
      try {
        api = decodeBytes(bytes, isHtml).text;
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
      }
      const browser = decodePage(bytes, isHtml);
      assert.equal('text' in browser ? browser.text : null, api, what);
    }
    assert.deepEqual(decodePage(new Uint8Array(), true), { problem: 'Tệp rỗng.' });
  });

  it('read in Vietnamese what the API says of an article and of a review', () => {
    const said = [
      'the page has no article body (its main content is too short to be an article) (NO_ARTICLE_BODY)',
      "the article's text is 100001 characters; at most 100000 are extracted (TOO_LARGE)",
      'the file is not valid UTF-8 and declares no other encoding (save it as UTF-8, or declare windows-1258 in the page) (UNKNOWN_ENCODING)',
      "the article's publication date 2030-01-01 is in the future (today is 2024-06-01) (FUTURE_DATE)",
      'is required: the article states no title of its own',
      'is the URL of the source src-a, which was taken in with another text; an article that changed since is not taken in again (leave out the URL to take this text in as another source)',
      'the Organization "Ban Dân vận Huyện ủy Tam Nông" (proposal prp-1d7453787536605f70425830) is pending (NEW: the registry has no sure match): accept it first (as an existing entity or a new one), or give the organization\'s id here',
      'the Person "Lưu Thị Ngọc Hân" (proposal prp-1d7453787536605f70425831) was rejected: accept it first (as an existing entity or a new one)',
      'the Organization "Ban Dân vận Huyện ủy Tam Nông" (proposal prp-1d7453787536605f70425830) is AMBIGUOUS between org-a (A), org-b (B): choose one as the match, or createNew',
      'accepted facts of this article use this entity: undo them first (prp-1 ROLE_OBSERVATION)',
      'is required: the article gives no date for this observation',
      'was accepted (per-x): undo the acceptance first',
    ];
    for (const message of said) assert.doesNotMatch(problemText(message), /^Máy chủ từ chối/, message);
    assert.equal(problemText(said[4]!), 'Bài không có tiêu đề riêng: hãy nhập tiêu đề.');
    assert.equal(problemText(said[10]!), 'Bài không ghi ngày: hãy nhập ngày ghi nhận.');
    assert.equal(
      problemText(said[6]!),
      'Cần xét “Ban Dân vận Huyện ủy Tam Nông” trước (sổ chưa có hoặc chưa chắc là mục nào): hãy chấp nhận đề xuất đối tượng đó, là mục có sẵn hoặc mục mới.',
    );
  });
});
