// Taking articles in through the API: who may, what is refused (and that a
// refusal writes nothing, not even an audit entry), and how an article taken in
// twice — by URL or by text — finds its Source again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nodeProperties } from '../../api/db/read-projection.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { EMPTY_PAGE, LAP_VO_ARTICLE, TAM_NONG_ARTICLE, TAM_NONG_PAGE } from '../helpers/ingest-articles.js';
import { ingestedSourceIds, removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { ACCEPT, INGEST, PROPOSALS, REJECT, UNDO } from '../helpers/ingest-review.js';
import { errorOf, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

interface Ingested {
  ingestArticle: {
    source: { id: string; slug: string; title: string; url: string | null; publishedAt: string | null; text: string };
    sourceCreated: boolean;
    proposed: { kind: string; count: number }[];
    alreadyProposed: number;
  };
}

describe('taking articles in (integration)', () => {
  let s: MutationSuite;
  let before0: string;
  before(async () => {
    s = await startMutationSuite('intake');
    before0 = await dumpGraph(s.executor);
  });
  after(async () => {
    await removeIngestedSources(s.executor, await ingestedSourceIds(s.executor));
    const left = await dumpGraph(s.executor);
    await s.close();
    assert.equal(left, before0, 'the suite leaves the database as it found it');
  });

  const ingest = (input: Record<string, unknown>) => s.as.editor<Ingested>(INGEST, { input });

  it('refuses anonymous and viewer requests to take in, list or review, and writes nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const someProposal = Buffer.from('Proposal:prp-000000000000000000000000').toString('base64url');
    const someSource = Buffer.from('Source:src-000-tong-ket-dvcq-2020').toString('base64url');
    const requests: [string, Record<string, unknown>][] = [
      [INGEST, { input: { content: LAP_VO_ARTICLE } }],
      [PROPOSALS, { source: someSource }],
      [ACCEPT, { input: { proposal: someProposal } }],
      [REJECT, { input: { proposal: someProposal, reason: 'không đúng' } }],
      [UNDO, { input: { proposal: someProposal } }],
    ];
    for (const [query, variables] of requests) {
      const anonymous = await s.as.anonymous(query, variables);
      const viewer = await s.as.viewer(query, variables);
      assert.deepEqual([anonymous.status, errorOf(anonymous.body).code, viewer.status, errorOf(viewer.body).code], [401, 'UNAUTHENTICATED', 403, 'FORBIDDEN'], query.slice(0, 40));
    }
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('refuses empty, binary, oversized, future-dated and body-less articles, and text holding characters that are not text, with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const paragraph = 'Ngày 28/3/2024, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2024 với các xã. ';
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['empty', { content: '   ' }, 'input.content', /is empty/],
      ['binary', { content: 'GIF89a\u0000\u0001\u0002\u0000 dữ liệu' }, 'input.content', /NUL characters: it is binary.*\(BINARY\)/],
      ['a right-to-left override in the text', { content: `${LAP_VO_ARTICLE}\nabc\u202Edcba` }, 'input.content', /holds U\+202E after .*\(NOT_TEXT\)/],
      ['over 100,000 characters of text', { content: `Một bài viết rất dài về công tác dân vận ở huyện\n\n${paragraph.repeat(1_200)}` }, 'input.content', /at most 100000 are extracted \(TOO_LARGE\)/],
      ['over 5 MB', { content: `Một trang rất lớn về công tác dân vận\n\n${'x'.repeat(5_300_000)}` }, 'input.content', /at most 5242880 are read \(TOO_LARGE\)/],
      ['published in the future', { content: LAP_VO_ARTICLE, publishedAt: '2999-01-01' }, 'input.publishedAt', /2999-01-01 is in the future/],
      ['dated in the future by its page', { content: LAP_VO_ARTICLE.replace('\n\n', '\nNgày đăng: 01/01/2999\n\n') }, 'input.content', /in the future.*\(FUTURE_DATE\)/],
      ['an HTML page without an article body', { content: EMPTY_PAGE, format: 'HTML' }, 'input.content', /no article body.*\(NO_ARTICLE_BODY\)/],
      ['not a date', { content: LAP_VO_ARTICLE, publishedAt: '28/3/2024' }, 'input.publishedAt', /YYYY-MM-DD/],
      ['not a URL', { content: LAP_VO_ARTICLE, url: 'javascript:alert(1)' }, 'input.url', /http or https/],
    ];
    for (const [what, input, field, message] of cases) {
      const { status, body } = await ingest(input);
      assert.deepEqual([status, errorOf(body).code, errorOf(body).field], [200, 'BAD_USER_INPUT', field], what);
      assert.match(errorOf(body).message, message, what);
    }
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('finds the Source again by its URL or by its text, and refuses a known URL with another text', async () => {
    const url = 'https://lapvo.example.vn/tin/giao-ban-dan-van-quy-1-2024';
    const first = await ingest({ content: LAP_VO_ARTICLE, url, publishedAt: '2024-03-29' });
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const created = first.body.data!.ingestArticle;
    assert.deepEqual([created.sourceCreated, created.source.url, created.source.title, created.source.publishedAt], [true, url, 'Huyện Lấp Vò giao ban công tác dân vận quý I năm 2024', '2024-03-29']);
    const proposed = created.proposed.reduce((sum, p) => sum + p.count, 0);
    assert.ok(proposed > 0);
    // The URL with a fragment is the same URL; the same text without a URL is the same article.
    const again = [await ingest({ content: LAP_VO_ARTICLE, url: `${url}#binh-luan` }), await ingest({ content: LAP_VO_ARTICLE })];
    assert.deepEqual(
      again.map((r) => [r.body.data?.ingestArticle.source.id, r.body.data?.ingestArticle.sourceCreated, r.body.data?.ingestArticle.alreadyProposed]),
      [
        [created.source.id, false, proposed],
        [created.source.id, false, proposed],
      ],
    );
    const dump = await dumpGraph(s.executor);
    const changed = await ingest({ content: `${LAP_VO_ARTICLE}\nBài viết được cập nhật thêm một đoạn.`, url });
    assert.deepEqual([errorOf(changed.body).code, errorOf(changed.body).field], ['BAD_USER_INPUT', 'input.url']);
    assert.match(errorOf(changed.body).message, new RegExp(`is the URL of the source ${created.source.slug}, which was taken in with another text`));
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('takes a saved web page in: its article as text, its title and date from the page, nothing of its scripts or navigation; the same article as text is the same Source', async () => {
    const { body } = await ingest({ content: TAM_NONG_PAGE });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const source = body.data!.ingestArticle.source;
    assert.deepEqual([source.title, source.publishedAt], ['Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”', '2024-05-15']);
    assert.ok(source.text.includes('Ông Trần Minh Khoa – Phó Bí thư Thường trực Huyện ủy'), source.text);
    for (const absent of ['window.tracker', 'Trang chủ', '<', 'Bản quyền']) assert.ok(!source.text.includes(absent), `the text holds ${absent}`);
    // The same article as plain text normalises to the same text: it is the same Source.
    const plain = await ingest({ content: TAM_NONG_ARTICLE });
    assert.deepEqual([plain.body.data!.ingestArticle.source.id, plain.body.data!.ingestArticle.sourceCreated], [source.id, false]);
  });

  it('keeps the text out of every other read of a Source: a citation list reads no text', async () => {
    const [id] = await ingestedSourceIds(s.executor);
    const row = await s.executor.read<{ props: Record<string, unknown> }>(`MATCH (s:Source {id: $id}) RETURN ${nodeProperties('s', 'Source')} AS props`, { id });
    assert.equal(row[0]!.props.text, null);
    assert.equal(typeof row[0]!.props.textHash, 'string');
  });
});
