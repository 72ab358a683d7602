// The review queue (Query.reviewQueue) through the API on the seeded test
// database: two articles written for the tests are taken in, some of their
// proposals reviewed, and the queue read whole — newest first, counted by
// status, page by page, only the pending ones — by an editor; nobody else may
// read it. Everything the suite wrote is removed again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startApi } from '../helpers/api-server.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { LAP_VO_ARTICLE, TAM_NONG_ARTICLE } from '../helpers/ingest-articles.js';
import { ingestedSourceIds, removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { ACCEPT, allProposals, findOne, INGEST, REJECT, type ProposalView } from '../helpers/ingest-review.js';
import { startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const QUEUE = `query Queue($pendingOnly: Boolean, $first: Int, $after: String) {
  reviewQueue(pendingOnly: $pendingOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { source { slug title publisher publishedAt } takenInAt total pending accepted rejected } }
  }
}`;

interface Entry {
  source: { slug: string; title: string; publisher: string | null; publishedAt: string | null };
  takenInAt: string;
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
}
interface Queue {
  reviewQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Entry }[] };
}

describe('the review queue (integration)', () => {
  let s: MutationSuite;
  let dump0: string;
  const sources: { id: string; slug: string; title: string }[] = [];
  const proposals: ProposalView[][] = [];
  let takenIn: string[] = [];

  const queue = async (variables: Record<string, unknown> = {}) => {
    const { body } = await s.as.editor<Queue>(QUEUE, variables);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!.reviewQueue;
  };

  before(async () => {
    s = await startMutationSuite('review-queue');
    // Suites remove the articles they take in: a queue left over from another one is a defect of that suite.
    assert.deepEqual(await ingestedSourceIds(s.executor), [], 'no article taken in before this suite');
    dump0 = await dumpGraph(s.executor);
    // Tam Nông first, Lấp Vò a moment later: the queue lists Lấp Vò first.
    for (const [content, url, publishedAt] of [
      [TAM_NONG_ARTICLE, 'https://tamnong.example.vn/tin/so-ket-dan-van-kheo', '2024-05-15'],
      [LAP_VO_ARTICLE, 'https://lapvo.example.vn/tin/giao-ban-quy-1', '2024-03-29'],
    ] as const) {
      const { body } = await s.as.editor<{ ingestArticle: { source: { id: string; slug: string; title: string } } }>(INGEST, {
        input: { content, url, publisher: 'Trang tin thử nghiệm', publishedAt },
      });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      sources.push(body.data!.ingestArticle.source);
      proposals.push(await allProposals(s.as.editor, body.data!.ingestArticle.source.id));
    }
    // When each was first taken in, as the API serves a stored DateTime (the driver's ISO text, to the nanosecond).
    const rows = await s.executor.read<{ at: unknown }>('MATCH (p:Proposal) WHERE p.sourceId IN $ids WITH p.sourceId AS id, min(p.proposedAt) AS at RETURN at ORDER BY at DESC', {
      ids: sources.map((x) => x.slug),
    });
    takenIn = rows.map((r) => String(r.at));
  });
  after(async () => {
    await removeIngestedSources(s.executor, await ingestedSourceIds(s.executor));
    const left = await dumpGraph(s.executor);
    await s.close();
    assert.equal(left, dump0, 'the suite leaves the database as it found it');
  });

  it('lists every article taken in, newest first, its proposals counted by status', async () => {
    // On Tam Nông: one entity accepted (the model the registry matched), one rejected.
    const [tamNong] = proposals;
    const model = findOne(tamNong!, 'the model Hội quán', (p) => p.kind === 'ENTITY' && p.name === 'Hội quán');
    const accepted = await s.as.editor(ACCEPT, { input: { proposal: model.id } });
    assert.equal(accepted.body.errors, undefined, JSON.stringify(accepted.body.errors));
    const person = findOne(tamNong!, 'the person Đoàn Văn Lợi', (p) => p.kind === 'ENTITY' && p.name === 'Đoàn Văn Lợi');
    const rejected = await s.as.editor(REJECT, { input: { proposal: person.id, reason: 'Thử nghiệm hàng chờ' } });
    assert.equal(rejected.body.errors, undefined, JSON.stringify(rejected.body.errors));

    const [tamNongCount, lapVoCount] = proposals.map((p) => p.length);
    const entry = (i: number, counts: Omit<Entry, 'source' | 'takenInAt'>): Entry => ({
      source: { slug: sources[i]!.slug, title: sources[i]!.title, publisher: 'Trang tin thử nghiệm', publishedAt: i === 0 ? '2024-05-15' : '2024-03-29' },
      takenInAt: takenIn[i === 0 ? 1 : 0]!,
      ...counts,
    });
    const whole = await queue();
    assert.deepEqual(
      { ...whole, edges: whole.edges.map((e) => e.node), pageInfo: { ...whole.pageInfo, endCursor: null } },
      {
        totalCount: 2,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
        edges: [entry(1, { total: lapVoCount!, pending: lapVoCount!, accepted: 0, rejected: 0 }), entry(0, { total: tamNongCount!, pending: tamNongCount! - 2, accepted: 1, rejected: 1 })],
      },
    );
    assert.ok(tamNongCount! > 20 && lapVoCount! > 3, `${tamNongCount} and ${lapVoCount} proposals`);
    assert.match(whole.edges[0]!.node.takenInAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/);
  });

  it('pages through the queue with cursors, without overlap', async () => {
    const first = await queue({ first: 1 });
    assert.deepEqual([first.totalCount, first.edges.map((e) => e.node.source.slug), first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage], [2, [sources[1]!.slug], true, false]);
    const second = await queue({ first: 1, after: first.pageInfo.endCursor });
    assert.deepEqual([second.totalCount, second.edges.map((e) => e.node.source.slug), second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage], [2, [sources[0]!.slug], false, true]);
    const none = await queue({ first: 0 });
    assert.deepEqual([none.totalCount, none.edges, none.pageInfo.hasNextPage], [2, [], true]);
  });

  it('lists only the articles with proposals still pending when asked', async () => {
    // Every proposal of Lấp Vò rejected: nothing of it is left to review.
    for (const p of proposals[1]!) {
      const { body } = await s.as.editor(REJECT, { input: { proposal: p.id, reason: 'Thử nghiệm hàng chờ' } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
    const pending = await queue({ pendingOnly: true });
    assert.deepEqual([pending.totalCount, pending.edges.map((e) => e.node.source.slug)], [1, [sources[0]!.slug]]);
    const all = await queue({ pendingOnly: false });
    assert.deepEqual(
      all.edges.map((e) => [e.node.source.slug, e.node.pending, e.node.rejected]),
      [
        [sources[1]!.slug, 0, proposals[1]!.length],
        [sources[0]!.slug, proposals[0]!.length - 2, 1],
      ],
    );
  });

  it('is read by editors and admins only', async () => {
    const codes = async (as: MutationSuite['as']['viewer']) => (await as(QUEUE, {})).body.errors?.map((e) => e.extensions?.code);
    assert.deepEqual(await codes(s.as.anonymous), ['UNAUTHENTICATED']);
    assert.deepEqual(await codes(s.as.viewer), ['FORBIDDEN']);
    assert.equal(await codes(s.as.admin), undefined);
  });

  it('reads a page of the queue with its sources in two round trips', async () => {
    const observer = new CountingObserver();
    const api = await startApi(createTestExecutor(s.driver, observer));
    try {
      await api.graphqlAs(s.keys.editor.secret, QUEUE, {});
      const before = observer.count;
      const { body } = await api.graphqlAs<Queue>(s.keys.editor.secret, QUEUE, {});
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(body.data!.reviewQueue.edges.length, 2);
      assert.equal(observer.count - before, 2, observer.queries.slice(before).join('\n---\n'));
    } finally {
      await api.close();
    }
  });
});
