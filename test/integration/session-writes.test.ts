// Writing with a session: `me`, the CSRF token every cookie-authenticated
// mutation needs, roles as for API keys, the audit trail under the person's
// account, API keys unchanged for programs, and no account data in an export.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { createTestAccounts, graphqlWithSession, postSignIn, removeTestAccounts, signIn, TEST_PASSWORD, type Session, type TestAccount } from '../helpers/accounts.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { exportText } from '../helpers/export-text.js';
import { runScript } from '../helpers/run-script.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const ME = '{ me { kind id userName name role csrfToken } }';
const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { created entity { id name } } }';
const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 5) { totalCount edges { node { operation actor { keyId accountId name role } entitySlugs sourceSlugs } } } }`;
const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });
const person = (slug: string) => ({ slug, name: `Zz Writes ${slug.slice(-1).toUpperCase()}`, sources: [SEED_SOURCE_ID] });

describe('writing with a session', () => {
  let s: MutationSuite;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  let editor: Session;
  let viewer: Session;
  before(async () => {
    s = await startMutationSuite('writes', { signIn: { hasher } });
    await removeTestAccounts(s.executor, 'writes');
    accounts = await createTestAccounts(s.executor, 'writes', hasher);
    editor = await signIn(s.api.url, accounts.editor);
    viewer = await signIn(s.api.url, accounts.viewer);
  });
  after(async () => {
    await removeTestAccounts(s.executor, 'writes');
    await s?.close();
  });

  it('me: the signed-in person with the session’s CSRF token, an API key, or null', async () => {
    assert.deepEqual((await graphqlWithSession(s.api.url, editor, ME)).body, {
      data: { me: { kind: 'ACCOUNT', id: accounts.editor.id, userName: 'zz-writes-editor', name: 'Zz writes editor', role: 'editor', csrfToken: editor.csrfToken } },
    });
    assert.deepEqual((await s.as.admin(ME)).body, { data: { me: { kind: 'API_KEY', id: s.keys.admin.id, userName: null, name: 'writes admin', role: 'admin', csrfToken: null } } });
    assert.deepEqual((await s.as.anonymous(ME)).body, { data: { me: null } });
  });

  it('refuses a mutation sent with the cookie but without the session’s CSRF token, and changes nothing', async () => {
    const otherSession = await signIn(s.api.url, accounts.admin);
    for (const csrf of [null, 'x'.repeat(43), otherSession.csrfToken]) {
      const dump = await dumpGraph(s.executor);
      const { status, body } = await graphqlWithSession(s.api.url, editor, CREATE, { input: person('per-zz-writes-a') }, csrf);
      assert.deepEqual([status, body], [403, {
        errors: [{ message: "A write made with the session cookie must carry the session's CSRF token in the X-CSRF-Token header (the `me` query gives it).", extensions: { code: 'FORBIDDEN', reason: 'CSRF' } }],
      }], String(csrf));
      assert.equal(await dumpGraph(s.executor), dump);
    }
  });

  it('refuses a viewer’s write as it refuses a viewer key’s, and changes nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const { status, body } = await graphqlWithSession(s.api.url, viewer, CREATE, { input: person('per-zz-writes-b') });
    assert.deepEqual([status, errorOf(body)], [403, { code: 'FORBIDDEN', field: undefined, message: 'This needs the editor role; the account "zz-writes-viewer" has the viewer role.' }]);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('writes as the editor with the token, audited under the person’s account', async () => {
    const { status, body } = await graphqlWithSession(s.api.url, editor, CREATE, { input: person('per-zz-writes-c') });
    assert.deepEqual([status, body], [200, { data: { createPerson: { created: true, entity: { id: toGlobalId('Person', 'per-zz-writes-c'), name: 'Zz Writes C' } } } }]);
    const log = await s.as.admin(LOG, { filter: { actor: accounts.editor.id } });
    assert.deepEqual(log.body, {
      data: {
        auditLog: {
          totalCount: 1,
          edges: [{ node: { operation: 'createPerson', actor: { keyId: null, accountId: accounts.editor.id, name: 'zz-writes-editor', role: 'editor' }, entitySlugs: ['per-zz-writes-c'], sourceSlugs: [SEED_SOURCE] } }],
        },
      },
    });
    const stored = await s.executor.read<{ keys: string[] }>("MATCH (a:AuditEntry) WHERE a.actorAccountId = $id RETURN [k IN keys(a) WHERE k STARTS WITH 'actor'] AS keys", { id: accounts.editor.id });
    assert.deepEqual(stored.map((r) => r.keys.sort()), [['actorAccountId', 'actorName', 'actorRole']]);
  });

  it('keeps API keys working for programs: a key wins over a cookie, and its entries read as before', async () => {
    const response = await fetch(`${s.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.keys.editor.secret}`, cookie: viewer.cookie },
      body: JSON.stringify({ query: CREATE, variables: { input: person('per-zz-writes-d') } }),
    });
    assert.equal(response.status, 200, 'the viewer’s cookie is ignored and no CSRF token is needed');
    const log = await s.as.admin(LOG, { filter: { entity: toGlobalId('Person', 'per-zz-writes-d') } });
    assert.deepEqual(log.body.data, {
      auditLog: { totalCount: 1, edges: [{ node: { operation: 'createPerson', actor: { keyId: s.keys.editor.id, accountId: null, name: 'writes editor', role: 'editor' }, entitySlugs: ['per-zz-writes-d'], sourceSlugs: [SEED_SOURCE] } }] },
    });
    const stored = await s.executor.read<{ keys: string[] }>("MATCH (a:AuditEntry) WHERE 'per-zz-writes-d' IN a.entityIds RETURN [k IN keys(a) WHERE k STARTS WITH 'actor'] AS keys");
    assert.deepEqual(stored.map((r) => r.keys.sort()), [['actorKeyId', 'actorName', 'actorRole']], 'a key’s entry has the shape entries always had');
  });

  it('exports the graph without accounts, sessions, sign-in counters or any hash of them', async () => {
    await postSignIn(s.api.url, accounts.admin.userName, 'a wrong password here');
    const counts = await s.executor.read<{ label: string; n: number }>("UNWIND ['UserAccount', 'UserSession', 'SignInThrottle'] AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n } RETURN label, n");
    assert.ok(counts.every((c) => c.n > 0), JSON.stringify(counts));
    const text = await exportText(s.executor, 500);
    for (const needle of ['UserAccount', 'UserSession', 'SignInThrottle', 'passwordHash', 'tokenHash', '$scrypt$', accounts.editor.id]) assert.equal(text.includes(needle), false, needle);
  });
});

describe('npm run users', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('users', { signIn: { hasher } });
    await removeTestAccounts(s.executor, 'users');
  });
  after(async () => {
    await removeTestAccounts(s.executor, 'users');
    await s?.close();
  });

  /** The command as a person runs it, the password piped on standard input (never an argument). */
  const users = (args: string[], stdin = '') => runScript('users.ts', args, stdin);

  it('creates the first admin with a password from standard input, who can then sign in; disables it, ending its sessions', async () => {
    const password = 'Quản trị viên đầu tiên 2026';
    const created = await users(['create', '--user-name', 'ZZ-users-admin', '--display-name', 'Quản trị đầu tiên', '--role', 'admin'], `${password}\n`);
    assert.equal(created.code, 0, created.stderr);
    const id = /\((acc-[0-9a-f]{12})\)/.exec(created.stdout)?.[1];
    assert.equal(created.stdout, `Created admin account zz-users-admin (${id}) for "Quản trị đầu tiên".\n`);
    const stored = await s.executor.read<{ hash: string }>('MATCH (a:UserAccount {id: $id}) RETURN a.passwordHash AS hash', { id });
    assert.match(stored[0]!.hash, /^\$scrypt\$ln=17,r=8,p=1\$/, 'the command hashes at the production cost');

    const session = await signIn(s.api.url, { id: id!, userName: 'zz-users-admin', password });
    const listed = await users(['list']);
    assert.match(listed.stdout, new RegExp(`^${id}  admin   active    created \\S+  zz-users-admin  "Quản trị đầu tiên"$`, 'm'));

    const disabled = await users(['disable', 'zz-users-admin']);
    assert.equal(disabled.stdout, `Disabled zz-users-admin (${id}); ended 1 session(s).\n`);
    assert.deepEqual((await graphqlWithSession(s.api.url, session, '{ me { id } }')).body, { data: { me: null } });
    assert.equal((await postSignIn(s.api.url, 'zz-users-admin', password)).status, 403);
    const log = await s.as.admin('{ auditLog(filter: {actor: "cli"}, first: 2) { edges { node { operation entitySlugs actor { name } changes { label before after } } } } }');
    const edges = (log.body.data as { auditLog: { edges: { node: { operation: string; changes: { after: Record<string, unknown> }[] } }[] } }).auditLog.edges;
    assert.deepEqual(edges.map((e) => e.node.operation), ['disableAccount', 'createAccount']);
    assert.deepEqual(Object.keys(edges[1]!.node.changes[0]!.after).sort(), ['createdAt', 'disabledAt', 'displayName', 'id', 'passwordChangedAt', 'role', 'userName'], 'no password hash in the trail');
  });

  it('refuses a short password, a bad user name and a password on the command line, creating nothing', async () => {
    const short = await users(['create', '--user-name', 'zz-users-short', '--display-name', 'X', '--role', 'viewer'], 'ngắn quá\n');
    assert.deepEqual([short.code, short.stderr.split('\n')[0]], [2, 'error: the password must be at least 12 characters, got 8']);
    const name = await users(['create', '--user-name', 'a', '--display-name', 'X', '--role', 'boss'], `${TEST_PASSWORD}\n`);
    assert.deepEqual([name.code, name.stderr.split('\n')[0]], [2, 'error: --user-name must be 3 to 64 lower-case ASCII letters, digits, ".", "_" or "-", starting and ending with a letter or digit; --role must be one of viewer, editor, admin']);
    const argv = await users(['create', '--user-name', 'zz-users-argv', '--display-name', 'X', '--role', 'viewer', '--password', TEST_PASSWORD]);
    assert.equal(argv.code, 1);
    assert.match(argv.stderr, /Unknown option '--password'/);
    assert.deepEqual(await s.executor.read("MATCH (a:UserAccount) WHERE a.userName IN ['zz-users-short', 'a', 'zz-users-argv'] RETURN a.id"), []);
  });
});
