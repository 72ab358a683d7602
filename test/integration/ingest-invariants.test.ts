// On an empty registry, where every write goes through the API: an article is
// taken in, every proposal accepted, some acceptances undone; the graph must
// stay whole and the audit trail must account for every node and
// relationship, as after any other writes (test/helpers/graph-invariants.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { createTestKeys, type TestKey } from '../helpers/api-keys.js';
import { clearData, createTestDriver, createTestExecutor } from '../helpers/database.js';
import { assertGraphInvariants } from '../helpers/graph-invariants.js';
import { TAM_NONG_ARTICLE } from '../helpers/ingest-articles.js';
import { ACCEPT_MANY, INGEST, PROPOSALS, UNDO } from '../helpers/ingest-review.js';
import { ensureSeeded } from '../helpers/seeded.js';

describe('ingestion keeps the graph whole and the audit trail complete (integration)', () => {
  let driver: Driver;
  let executor: Executor;
  let api: RunningApi;
  let editor: TestKey;

  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    await clearData(executor);
    editor = (await createTestKeys(executor, 'invariants')).editor;
    api = await startApi(executor);
  });
  after(async () => {
    await api.close();
    // The suites that only read expect the seed, and nothing else.
    await clearData(executor);
    await ensureSeeded(executor);
    await driver.close();
  });

  it('accepts every proposal of an article into an empty registry, undoes some, and every rule still holds', async () => {
    const as = <T>(query: string, variables: Record<string, unknown>) => api.graphqlAs<T>(editor.secret, query, variables);
    const ingested = await as<{ ingestArticle: { source: { id: string } } }>(INGEST, { input: { content: TAM_NONG_ARTICLE, publishedAt: '2024-05-15' } });
    assert.equal(ingested.body.errors, undefined, JSON.stringify(ingested.body.errors));
    const source = ingested.body.data!.ingestArticle.source.id;
    const listed = await as<{ proposals: { edges: { node: { id: string; kind: string; reconciliation: { decision: string } | null } }[] } }>(PROPOSALS, { source, first: 100 });
    const proposals = listed.body.data!.proposals.edges.map((e) => e.node);
    // Nothing is in the registry: every entity is new.
    assert.deepEqual([...new Set(proposals.filter((p) => p.kind === 'ENTITY').map((p) => p.reconciliation!.decision))], ['NEW']);
    const accepted = await as<{ acceptProposals: { items: { proposalId: string; accepted: boolean; problems: { field: string; message: string }[] }[] } }>(ACCEPT_MANY, {
      input: { items: proposals.map((p) => ({ proposal: p.id })) },
    });
    assert.equal(accepted.body.errors, undefined, JSON.stringify(accepted.body.errors));
    assert.deepEqual(accepted.body.data!.acceptProposals.items.filter((i) => !i.accepted), []);
    await assertGraphInvariants(executor);

    const facts = proposals.filter((p) => p.kind !== 'ENTITY');
    for (const p of facts.slice(0, 3)) {
      const { body } = await as(UNDO, { input: { proposal: p.id } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
    await assertGraphInvariants(executor);
  });
});
