// The audit trail through the API: admins read who changed what, filtered by
// entity, actor and time, newest first, page by page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const LOG = `query Log($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at operation actor { keyId name role } entitySlugs sourceSlugs requestId changes { kind label id before after } } }
  }
}`;

interface Entry {
  id: string;
  at: string;
  operation: string;
  actor: { keyId: string; name: string; role: string };
  entitySlugs: string[];
  sourceSlugs: string[];
  requestId: string | null;
  changes: { kind: string; label: string; id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}
interface Log {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Entry }[] };
}

describe('the audit log', () => {
  let s: MutationSuite;
  let startedAt: string;
  const PERSON = toGlobalId('Person', 'per-zz-log-person');
  before(async () => {
    s = await startMutationSuite('log');
    startedAt = new Date(Date.now() - 1000).toISOString();
    const write = async (query: string, input: Record<string, unknown>, as: 'editor' | 'admin' = 'editor') => {
      const { body } = await s.as[as](query, { input: { sources: [SEED_SOURCE_ID], ...input } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    };
    await write('mutation($input: CreatePersonInput!) { createPerson(input: $input) { created } }', { slug: 'per-zz-log-person', name: 'Zz Log Người' });
    await write('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { created } }', { slug: 'org-zz-log-org', name: 'Zz Log Ban', kind: 'PARTY_BOARD', line: 'PARTY' });
    for (let i = 0; i < 4; i += 1) {
      await write('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { created } }', { id: PERSON, addAliases: [`Zz log ${i}`] });
    }
    await write('mutation($input: LinkInput!) { link(input: $input) { created } }', { type: 'PART_OF', from: toGlobalId('Organization', 'org-zz-log-org'), to: toGlobalId('Organization', 'org-ban-dan-van-tinh-uy-dong-thap') }, 'admin');
  });
  after(() => s.close());

  it('shows, newest first, who made each write, what it was about, and the entity before and after', async () => {
    const { body } = await s.as.admin<Log>(LOG, { filter: { entity: PERSON } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const entries = body.data!.auditLog.edges.map((e) => e.node);
    assert.equal(body.data!.auditLog.totalCount, 5);
    assert.deepEqual(entries.map((e) => e.operation), ['updatePerson', 'updatePerson', 'updatePerson', 'updatePerson', 'createPerson']);
    const created = entries.at(-1)!;
    assert.deepEqual(created.actor, { keyId: s.keys.editor.id, name: s.keys.editor.name, role: 'editor' });
    assert.deepEqual(created.entitySlugs, ['per-zz-log-person']);
    assert.deepEqual(created.sourceSlugs, [SEED_SOURCE]);
    assert.ok(created.requestId, 'the request id ties the entry to its log line');
    assert.deepEqual(created.changes, [
      { kind: 'NODE', label: 'Person', id: 'per-zz-log-person', before: null, after: { aliases: [], id: 'per-zz-log-person', name: 'Zz Log Người', sourceIds: [SEED_SOURCE] } },
    ]);
    const latest = entries[0]!;
    assert.deepEqual(latest.changes[0]!.before!.aliases, ['Zz log 0', 'Zz log 1', 'Zz log 2']);
    assert.deepEqual(latest.changes[0]!.after!.aliases, ['Zz log 0', 'Zz log 1', 'Zz log 2', 'Zz log 3']);
    assert.ok(entries.every((e, i) => i === 0 || e.at <= entries[i - 1]!.at), 'newest first');
  });

  it('finds a link by either of its ends, with the relationship’s ends in the change', async () => {
    const { body } = await s.as.admin<Log>(LOG, { filter: { entity: toGlobalId('Organization', 'org-ban-dan-van-tinh-uy-dong-thap'), actor: s.keys.admin.id } });
    const [entry] = body.data!.auditLog.edges.map((e) => e.node);
    assert.equal(body.data!.auditLog.totalCount, 1);
    assert.equal(entry!.operation, 'link');
    assert.equal(entry!.changes[0]!.kind, 'RELATIONSHIP');
    assert.deepEqual([entry!.changes[0]!.after!._from, entry!.changes[0]!.after!._to], ['org-zz-log-org', 'org-ban-dan-van-tinh-uy-dong-thap']);
  });

  it('filters by actor (key id or name) and by time, dates meaning whole days', async () => {
    const byName = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.name } });
    const byId = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.id } });
    assert.equal(byName.body.data!.auditLog.totalCount, 6);
    assert.equal(byId.body.data!.auditLog.totalCount, 6);
    const since = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.id, from: startedAt } });
    assert.equal(since.body.data!.auditLog.totalCount, 6);
    const future = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.id, from: '2999-01-01' } });
    assert.equal(future.body.data!.auditLog.totalCount, 0);
    const past = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.id, to: '2000-12-31' } });
    assert.equal(past.body.data!.auditLog.totalCount, 0);
    const bad = await s.as.admin<Log>(LOG, { filter: { from: '2021-02-30' } });
    assert.equal(errorOf(bad.body).code, 'BAD_USER_INPUT');
  });

  it('pages with cursors that neither skip nor repeat an entry, even while entries are written', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: { data?: Log } } = await s.as.admin<Log>(LOG, { filter: { actor: s.keys.editor.id }, first: 4, after });
      const page: Log['auditLog'] = body.data!.auditLog;
      seen.push(...page.edges.map((e) => e.node.id));
      if (pages === 0) {
        // A write between two pages lands before the first page, not inside the next one.
        await s.as.editor('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { created } }', { input: { id: PERSON, addAliases: ['Zz log late'], sources: [SEED_SOURCE_ID] } });
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    assert.equal(pages, 2);
    assert.equal(seen.length, 6);
    assert.equal(new Set(seen).size, 6);
    const tooMany = await s.as.admin(LOG, { first: 101 });
    assert.equal(errorOf(tooMany.body).code, 'BAD_USER_INPUT');
  });
});
