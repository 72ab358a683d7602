import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { takeArticle } from '../../../api/ingest/article-intake.js';
import { articleSourceId } from '../../../api/ingest/article-source.js';
import { InputError } from '../../../api/write/index.js';
import { LAP_VO_ARTICLE } from '../../helpers/ingest-articles.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.problems.map((p) => p.field);
  }
  assert.fail('not refused');
};

describe('article intake', () => {
  it('reads an article with what the caller adds: URL without its fragment, publisher, date; the text hashed', () => {
    const taken = takeArticle({ content: Buffer.from(LAP_VO_ARTICLE), url: 'https://LapVo.example.vn/tin/a?id=2#top', publisher: 'Trang tin Lấp Vò', publishedAt: '2024-03-29' }, NOW);
    assert.deepEqual(
      [taken.url, taken.title, taken.publisher, taken.publishedAt, taken.textHash],
      ['https://lapvo.example.vn/tin/a?id=2', 'Huyện Lấp Vò giao ban công tác dân vận quý I năm 2024', 'Trang tin Lấp Vò', '2024-03-29', createHash('sha256').update(taken.article.text).digest('hex')],
    );
    assert.equal(taken.article.metadata.publishedAt, '2024-03-29');
    assert.equal(articleSourceId(taken.title, taken.textHash), `src-huyen-lap-vo-giao-ban-cong-tac-dan-van-quy-i-nam-2024-${taken.textHash.slice(0, 8)}`);
  });

  it('keeps anything that reads as markup out of the stored text, one character for one', () => {
    const article = `${LAP_VO_ARTICLE}\nBạn đọc gửi ý kiến qua trang &lt;script&gt; của huyện.`;
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Huyện Lấp Vò giao ban công tác dân vận quý I năm 2024</title></head><body><article>${article
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const fromPage = takeArticle({ content: page, format: 'html' }, NOW).article.text;
    assert.ok(fromPage.includes('Bạn đọc gửi ý kiến qua trang'), fromPage);
    // A tag left unclosed in a text file is not a tag to the intake; its "<" is replaced all the same.
    const fromText = takeArticle({ content: `${LAP_VO_ARTICLE}\nMột dòng có <script chưa đóng.` }, NOW).article.text;
    assert.ok(fromText.endsWith('Một dòng có ‹script chưa đóng.'), fromText);
    for (const text of [fromPage, fromText]) assert.ok(!/<[a-z/!?]/i.test(text), text);
  });

  it('names the field of every refusal, before anything is read from the database', () => {
    assert.deepEqual(refusal(() => takeArticle({ content: '' }, NOW)), ['input.content']);
    assert.deepEqual(refusal(() => takeArticle({ content: new Uint8Array([0x47, 0x49, 0x46, 0, 1, 2]) }, NOW)), ['input.content']);
    assert.deepEqual(refusal(() => takeArticle({ content: LAP_VO_ARTICLE, publishedAt: '2024-06-02' }, NOW)), ['input.publishedAt']);
    assert.deepEqual(refusal(() => takeArticle({ content: LAP_VO_ARTICLE, publishedAt: '2024' }, NOW)), ['input.publishedAt']);
    assert.deepEqual(refusal(() => takeArticle({ content: LAP_VO_ARTICLE, url: 'ftp://example.vn/a', title: 'x'.repeat(301) }, NOW)), ['input.url', 'input.title']);
    assert.deepEqual(refusal(() => takeArticle({ content: 'chỉ một dòng' }, NOW)), ['input.title']);
  });

  it('reads the article even when a field beside it is refused, so that one answer names every problem', () => {
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        assert.ok(error instanceof InputError, String(error));
        return error.problems;
      }
      return assert.fail('not refused');
    };
    assert.deepEqual(problems(() => takeArticle({ content: `${LAP_VO_ARTICLE}\nabc\u202Edcba`, url: '', publishedAt: '2024-02-30' }, NOW)), [
      { field: 'input.url', message: 'must not be empty' },
      { field: 'input.publishedAt', message: 'must be a calendar date written YYYY-MM-DD' },
      { field: 'input.content', message: 'the text holds U+202E after "tâm quý II năm 2024. abc", a bidirectional formatting character: the text would display in another order than it reads (NOT_TEXT)' },
    ]);
    // A title refused is not asked for again; one the article lacks is, once the article is read.
    assert.deepEqual(problems(() => takeArticle({ content: 'chỉ một dòng', url: 'ftp://x', title: 'a\u0000b' }, NOW)), [
      { field: 'input.url', message: 'must be an http or https URL' },
      { field: 'input.title', message: 'must not contain control characters' },
    ]);
    assert.deepEqual(problems(() => takeArticle({ content: 'chỉ một dòng', publisher: ' ' }, NOW)), [
      { field: 'input.publisher', message: 'must not be empty' },
      { field: 'input.title', message: 'is required: the article states no title of its own' },
    ]);
  });
});
