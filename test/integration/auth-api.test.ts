// Who may do what: anonymous, viewer, editor, admin and a revoked key against
// reads, writes, admin writes and the audit trail; refusals change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashSecret, newKeySecret } from '../../api/auth/index.js';
import { ApiKeyRepository } from '../../api/db/auth/api-key.repository.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { startApi } from '../helpers/api-server.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const READ = '{ people(first: 1) { totalCount } }';
const WRITE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { created } }';
const ADMIN_WRITE = 'mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }';
const AUDIT = '{ auditLog(first: 1) { totalCount } }';

type Who = 'anonymous' | 'viewer' | 'editor' | 'admin' | 'revoked';
type Outcome = 'ok' | 401 | 403;

// What each role may do: reads are public, writes need editor, merge/delete and the audit trail need admin.
const EXPECTED: Record<Who, { read: Outcome; write: Outcome; admin: Outcome; audit: Outcome }> = {
  anonymous: { read: 'ok', write: 401, admin: 401, audit: 401 },
  viewer: { read: 'ok', write: 403, admin: 403, audit: 403 },
  editor: { read: 'ok', write: 'ok', admin: 403, audit: 403 },
  admin: { read: 'ok', write: 'ok', admin: 'ok', audit: 'ok' },
  revoked: { read: 401, write: 401, admin: 401, audit: 401 },
};

describe('authentication and roles', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('auth');
    const { body } = await s.as.editor(WRITE, { input: { slug: 'per-zz-auth-target', name: 'Zz Auth Target', sources: [SEED_SOURCE_ID] } });
    assert.equal(body.errors, undefined);
  });
  after(() => s.close());

  for (const [who, expected] of Object.entries(EXPECTED) as [Who, (typeof EXPECTED)[Who]][]) {
    it(`${who}: read ${expected.read}, write ${expected.write}, delete ${expected.admin}, audit log ${expected.audit}`, async () => {
      const calls: Record<keyof typeof expected, () => ReturnType<MutationSuite['as']['admin']>> = {
        read: () => s.as[who](READ),
        write: () => s.as[who](WRITE, { input: { slug: `per-zz-auth-by-${who}`, name: `Zz Auth by ${who}`, sources: [SEED_SOURCE_ID] } }),
        // A RESTRICT delete of an entity that does not exist: an admin gets BAD_USER_INPUT, so the check ran and nothing changed either way.
        admin: () => s.as[who](ADMIN_WRITE, { input: { id: toGlobalId('Person', 'per-zz-auth-nobody'), rule: 'RESTRICT', sources: [SEED_SOURCE_ID] } }),
        audit: () => s.as[who](AUDIT),
      };
      for (const [operation, outcome] of Object.entries(expected) as [keyof typeof expected, Outcome][]) {
        const dump = await dumpGraph(s.executor);
        const { status, body } = await calls[operation]();
        if (outcome === 'ok') {
          assert.equal(status, 200, `${operation}: ${JSON.stringify(body)}`);
          if (operation === 'admin') assert.equal(errorOf(body).code, 'BAD_USER_INPUT', 'the admin got past the role check');
          else assert.equal(body.errors, undefined, `${operation}: ${JSON.stringify(body.errors)}`);
        } else {
          assert.equal(status, outcome, `${operation}: ${JSON.stringify(body)}`);
          assert.equal(errorOf(body).code, outcome === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', operation);
          assert.equal(await dumpGraph(s.executor), dump, `${operation} refused changes nothing`);
        }
      }
    });
  }

  it('answers 401 with a Bearer challenge, and refuses malformed headers rather than reading anonymously', async () => {
    const missing = await s.api.graphqlAs(null, WRITE, { input: { name: 'Zz Auth x', sources: [SEED_SOURCE_ID] } });
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-key', `Bearer ${newKeySecret().secret}`]) {
      const { status, body } = await s.api.graphqlAs(null, READ, undefined, { authorization: header });
      assert.deepEqual([status, errorOf(body).code], [401, 'UNAUTHENTICATED'], header);
    }
  });

  it('stores only the SHA-256 hash of a key, never its secret', async () => {
    const rows = await s.executor.read<{ props: Record<string, unknown> }>('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS props', { id: s.keys.editor.id });
    const props = rows[0]!.props;
    assert.equal(props.hash, hashSecret(s.keys.editor.secret));
    assert.ok(!JSON.stringify(props).includes(s.keys.editor.secret.slice(4)), 'the secret appears nowhere');
    assert.deepEqual(Object.keys(props).sort(), ['createdAt', 'hash', 'id', 'name', 'role']);
  });

  it('stops accepting a revoked key once the verification cache expires', async () => {
    const api = await startApi(s.executor, { authCacheTtlMs: 300 });
    try {
      const key = newKeySecret();
      const repository = new ApiKeyRepository(s.executor);
      await repository.create({ id: key.id, name: 'auth revoked later', role: 'editor', hash: key.hash }, { keyId: null, name: 'test:auth', role: null });
      assert.equal((await api.graphqlAs(key.secret, READ)).status, 200);
      await repository.revoke(key.id, { keyId: null, name: 'test:auth', role: null });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const { status, body } = await api.graphqlAs(key.secret, READ);
      assert.deepEqual([status, errorOf(body).code], [401, 'UNAUTHENTICATED']);
    } finally {
      await api.close();
    }
  });
});

describe('reads that require a key (READS_REQUIRE_KEY=true)', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('authreads', { readsRequireKey: true });
  });
  after(() => s.close());

  it('refuses anonymous reads and introspection with 401, and serves any valid key', async () => {
    const anonymous = await s.as.anonymous(READ);
    assert.deepEqual([anonymous.status, errorOf(anonymous.body).code], [401, 'UNAUTHENTICATED']);
    assert.equal(anonymous.body.data, undefined, 'nothing was read');
    const introspection = await s.as.anonymous('{ __schema { queryType { name } } }');
    assert.equal(introspection.status, 401);
    for (const who of ['viewer', 'editor', 'admin'] as const) {
      const { status, body } = await s.as[who](READ);
      assert.equal(status, 200, who);
      assert.equal(body.errors, undefined, who);
    }
  });
});
