// An entity's history from the audit trail (who sees what), and undoing a
// write: the graph comes back exactly as it was, the undo is audited, and a
// write whose entity changed since is refused without touching anything.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type Caller, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const PERSON = id('Person', 'per-zz-undo-nguoi');
const MODEL = id('Model', 'mdl-zz-undo-mo-hinh');
const PLACE = id('Place', 'pl-zz-undo-xa');

const HISTORY = `query History($id: ID!, $first: Int) {
  entityHistory(id: $id, first: $first) {
    totalCount
    edges { node { id operation actor { keyId accountId name role } sources { slug } undoes undoneBy undoable reason
      changes { kind label slug node { id } from { id } to { id } before after } } }
  }
}`;
const UNDO = `mutation Undo($input: UndoChangeInput!) { undoChange(input: $input) { restored undone { id operation undoneBy undoable } } }`;

interface Entry {
  id: string;
  operation: string;
  actor: { keyId: string | null; accountId: string | null; name: string; role: string | null } | null;
  sources: { slug: string }[];
  undoes: string | null;
  undoneBy: string | null;
  undoable: boolean;
  reason: string | null;
  changes: { kind: string; label: string; slug: string; node: { id: string } | null; from: { id: string } | null; to: { id: string } | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}

/** The graph without the audit trail: what an undo must give back exactly. */
const graphOnly = (dump: string) => dump.split('\n').filter((line) => !line.startsWith('{"node":["AuditEntry"]')).join('\n');

describe('an entity’s history and undoing a change', () => {
  let s: MutationSuite;
  const history = async (caller: Caller, entity: string) => {
    const { body } = await caller<{ entityHistory: { totalCount: number; edges: { node: Entry }[] } }>(HISTORY, { id: entity });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!.entityHistory.edges.map((e) => e.node);
  };
  const write = async (query: string, input: Record<string, unknown>) => {
    const { body } = await s.as.editor(query, { input });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  };
  const undo = (caller: Caller, entry: string, reason?: string) =>
    caller<{ undoChange: { restored: number; undone: { id: string; operation: string; undoneBy: string; undoable: boolean } } }>(UNDO, { input: { entry, ...(reason === undefined ? {} : { reason }) } });
  const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { created } }';
  const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { created } }';

  before(async () => {
    s = await startMutationSuite('undo');
    await write(CREATE_PERSON, { slug: 'per-zz-undo-nguoi', name: 'Zz Undo Nguyễn Văn A', sources: [SEED_SOURCE_ID] });
    await write('mutation($input: CreatePlaceInput!) { createPlace(input: $input) { created } }', { slug: 'pl-zz-undo-xa', name: 'Zz Undo Xã', kind: 'COMMUNE', sources: [SEED_SOURCE_ID] });
    await write('mutation($input: CreateModelInput!) { createModel(input: $input) { created } }', { slug: 'mdl-zz-undo-mo-hinh', name: 'Zz Undo Mô hình', sources: [SEED_SOURCE_ID] });
  });
  after(() => s.close());

  it('shows the writes about an entity, newest first, with who made them to editors and admins only', async () => {
    await write(UPDATE_PERSON, { id: PERSON, name: 'Zz Undo Nguyễn Văn Á', addAliases: ['Zz Undo Anh A'], sources: [SEED_SOURCE_ID] });
    const [update, create] = await history(s.as.editor, PERSON);
    assert.deepEqual(
      { ...update!, id: typeof update!.id },
      {
        id: 'string',
        operation: 'updatePerson',
        actor: { keyId: s.keys.editor.id, accountId: null, name: s.keys.editor.name, role: 'editor' },
        sources: [{ slug: SEED_SOURCE }],
        undoes: null,
        undoneBy: null,
        undoable: true,
        reason: null,
        changes: [
          {
            kind: 'NODE',
            label: 'Person',
            slug: 'per-zz-undo-nguoi',
            node: { id: PERSON },
            from: null,
            to: null,
            before: { aliases: [], id: 'per-zz-undo-nguoi', name: 'Zz Undo Nguyễn Văn A', sourceIds: [SEED_SOURCE] },
            after: { aliases: ['Zz Undo Anh A'], id: 'per-zz-undo-nguoi', name: 'Zz Undo Nguyễn Văn Á', sourceIds: [SEED_SOURCE] },
          },
        ],
      },
    );
    assert.equal(create!.operation, 'createPerson');
    assert.equal(create!.changes[0]!.before, null);
    // A viewer sees the same history without who made it; an admin sees it all; nobody signed in sees none.
    const seen = await history(s.as.viewer, PERSON);
    assert.deepEqual(seen.map((e) => e.actor), [null, null]);
    assert.deepEqual(seen.map((e) => ({ ...e, actor: null })), [update, create].map((e) => ({ ...e!, actor: null })));
    assert.deepEqual((await history(s.as.admin, PERSON)).map((e) => e.actor?.name), [s.keys.editor.name, s.keys.editor.name]);
    const anonymous = await s.as.anonymous(HISTORY, { id: PERSON });
    assert.deepEqual([anonymous.status, errorOf(anonymous.body).code], [401, 'UNAUTHENTICATED']);
  });

  it('undoes an editor’s update: the entity is as it was, the undo is audited and named on the entry', async () => {
    const before = graphOnly(await dumpGraph(s.executor));
    await write(UPDATE_PERSON, { id: PERSON, description: 'Sai: mô tả nhầm người.', removeAliases: ['Zz Undo Anh A'], sources: [toGlobalId('Source', 'src-001-giao-ban-dan-van-dbscl-2020')] });
    assert.notEqual(graphOnly(await dumpGraph(s.executor)), before);
    const [mistake] = await history(s.as.admin, PERSON);
    const { body } = await undo(s.as.admin, mistake!.id, 'Nhầm người: mô tả của người khác.');
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const [undoEntry] = await history(s.as.admin, PERSON);
    assert.deepEqual(body.data?.undoChange, { restored: 1, undone: { id: mistake!.id, operation: 'updatePerson', undoneBy: undoEntry!.id, undoable: false } });
    assert.equal(graphOnly(await dumpGraph(s.executor)), before, 'the graph is exactly as before the mistake');
    assert.deepEqual(
      { operation: undoEntry!.operation, actor: undoEntry!.actor?.name, undoes: undoEntry!.undoes, undoable: undoEntry!.undoable, reason: undoEntry!.reason, changes: undoEntry!.changes.map((c) => [c.before, c.after]) },
      { operation: 'undoChange', actor: s.keys.admin.name, undoes: mistake!.id, undoable: false, reason: 'Nhầm người: mô tả của người khác.', changes: [[mistake!.changes[0]!.after, mistake!.changes[0]!.before]] },
    );
  });

  it('refuses to undo twice, to undo an undo, and refuses anyone but an admin, changing nothing', async () => {
    const [undoEntry, undone] = await history(s.as.admin, PERSON);
    const dump = await dumpGraph(s.executor);
    const again = await undo(s.as.admin, undone!.id);
    assert.equal(errorOf(again.body).code, 'CONFLICT');
    assert.equal(errorOf(again.body).field, 'input.entry');
    assert.match(errorOf(again.body).message, new RegExp(`was undone already \\(entry ${undoEntry!.id}`));
    const ofUndo = await undo(s.as.admin, undoEntry!.id);
    assert.deepEqual(errorOf(ofUndo.body), { code: 'BAD_USER_INPUT', field: 'input.entry', message: `input.entry: is itself an undo (of entry ${undone!.id}); an undo is not undone: make the change again instead` });
    const byEditor = await undo(s.as.editor, undone!.id);
    assert.deepEqual([byEditor.status, errorOf(byEditor.body).code], [403, 'FORBIDDEN']);
    const unknown = await undo(s.as.admin, '00000000-0000-4000-8000-000000000000');
    assert.deepEqual(errorOf(unknown.body), { code: 'BAD_USER_INPUT', field: 'input.entry', message: 'input.entry: names no audit entry' });
    const malformed = await undo(s.as.admin, 'MATCH (n) DETACH DELETE n', '');
    assert.equal(errorOf(malformed.body).code, 'BAD_USER_INPUT');
    assert.deepEqual(malformed.body.errors![0]!.extensions!.problems, [
      { field: 'input.entry', message: 'must be the id of an audit entry (HistoryEntry.id)' },
      { field: 'input.reason', message: 'must not be empty' },
    ]);
    assert.equal(await dumpGraph(s.executor), dump, 'not even an audit entry was written');
  });

  it('refuses to undo a write whose entity changed since, naming what changed, and writes nothing', async () => {
    await write(UPDATE_PERSON, { id: PERSON, description: 'Lần sửa thứ nhất.', sources: [SEED_SOURCE_ID] });
    const [first] = await history(s.as.admin, PERSON);
    await write(UPDATE_PERSON, { id: PERSON, description: 'Lần sửa thứ hai.', sources: [SEED_SOURCE_ID] });
    const dump = await dumpGraph(s.executor);
    const { body } = await undo(s.as.admin, first!.id);
    assert.equal(errorOf(body).code, 'CONFLICT');
    assert.deepEqual(body.errors![0]!.extensions!.conflicts, [{ kind: 'node', label: 'Person', id: 'per-zz-undo-nguoi', message: 'Person per-zz-undo-nguoi has changed since this entry' }]);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('undoes a create citing a new source: the entity and the source are gone', async () => {
    const before = graphOnly(await dumpGraph(s.executor));
    await write(CREATE_PERSON, { slug: 'per-zz-undo-nham', name: 'Zz Undo Người nhầm', newSources: [{ title: 'Zz Undo: bài nhầm', kind: 'ARTICLE', publishedAt: '2024' }] });
    const [created] = await history(s.as.admin, id('Person', 'per-zz-undo-nham'));
    assert.deepEqual(created!.changes.map((c) => [c.label, c.slug, c.before]), [['Source', 'src-zz-undo-bai-nham', null], ['Person', 'per-zz-undo-nham', null]]);
    const { body } = await undo(s.as.admin, created!.id);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data?.undoChange.restored, 2);
    assert.equal(graphOnly(await dumpGraph(s.executor)), before);
    // The history of what is gone stays readable, and shows the undo.
    assert.deepEqual((await history(s.as.viewer, id('Person', 'per-zz-undo-nham'))).map((e) => [e.operation, e.changes.map((c) => c.node)]), [
      ['undoChange', [null, null]],
      ['createPerson', [null, null]],
    ]);
  });

  it('refuses to undo a create when what it created has gained a relationship since', async () => {
    await write('mutation($input: CreatePlaceInput!) { createPlace(input: $input) { created } }', { slug: 'pl-zz-undo-moi', name: 'Zz Undo Xã mới', kind: 'COMMUNE', sources: [SEED_SOURCE_ID] });
    const [created] = await history(s.as.admin, id('Place', 'pl-zz-undo-moi'));
    await write('mutation($input: LinkInput!) { link(input: $input) { created } }', { type: 'ADOPTED_IN', from: MODEL, to: id('Place', 'pl-zz-undo-moi'), since: '2022', sources: [SEED_SOURCE_ID] });
    const dump = await dumpGraph(s.executor);
    const { body } = await undo(s.as.admin, created!.id);
    assert.equal(errorOf(body).code, 'CONFLICT');
    assert.deepEqual(body.errors![0]!.extensions!.conflicts, [
      { kind: 'node', label: 'Place', id: 'pl-zz-undo-moi', message: 'Place pl-zz-undo-moi, which this entry created, has relationships (ADOPTED_IN) written since' },
    ]);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('undoes an unlink: the relationship comes back with its dates as they were stored', async () => {
    await write('mutation($input: LinkInput!) { link(input: $input) { created } }', { type: 'ADOPTED_IN', from: MODEL, to: PLACE, since: '2021-07', sources: [SEED_SOURCE_ID] });
    const before = graphOnly(await dumpGraph(s.executor));
    await write('mutation($input: UnlinkInput!) { unlink(input: $input) { removed } }', { type: 'ADOPTED_IN', from: MODEL, to: PLACE, sources: [SEED_SOURCE_ID] });
    const [unlinked] = await history(s.as.admin, PLACE);
    assert.deepEqual(unlinked!.changes.map((c) => [c.kind, c.label, c.from, c.to, c.after]), [['RELATIONSHIP', 'ADOPTED_IN', { id: MODEL }, { id: PLACE }, null]]);
    const { body } = await undo(s.as.admin, unlinked!.id);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(graphOnly(await dumpGraph(s.executor)), before, 'sinceFrom, sinceTo and sincePrecision are derived again');
  });

  it('undoes a model registration and a role observation whole', async () => {
    const before = graphOnly(await dumpGraph(s.executor));
    await write('mutation($input: RegisterModelInput!) { registerModel(input: $input) { created } }', {
      name: 'Zz Undo Mô hình đăng ký nhầm',
      origin: { place: PLACE, since: '2015' },
      contacts: [],
      newSources: [{ title: 'Zz Undo: bài về mô hình nhầm', kind: 'ARTICLE', url: 'https://example.org/zz-undo' }],
    });
    const [registered] = await history(s.as.admin, PLACE);
    assert.equal(registered!.operation, 'registerModel');
    await write('mutation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { created } }', {
      person: PERSON,
      organization: id('Organization', 'org-ban-dan-van-tinh-uy-dong-thap'),
      title: 'Ủy viên',
      observedAt: '2023',
      sources: [SEED_SOURCE_ID],
    });
    const [observed] = await history(s.as.admin, PERSON);
    assert.deepEqual(observed!.changes.map((c) => c.label), ['RoleObservation', 'HAS_ROLE', 'IN_ORGANIZATION']);
    for (const entry of [observed!, registered!]) {
      const { body } = await undo(s.as.admin, entry.id);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
    assert.equal(graphOnly(await dumpGraph(s.executor)), before);
  });

  it('does not undo merges and deletions', async () => {
    await write(CREATE_PERSON, { slug: 'per-zz-undo-xoa', name: 'Zz Undo Người bị xóa', sources: [SEED_SOURCE_ID] });
    const deleted = await s.as.admin('mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }', { input: { id: id('Person', 'per-zz-undo-xoa'), rule: 'RESTRICT', sources: [SEED_SOURCE_ID] } });
    assert.equal(deleted.body.errors, undefined);
    const [entry] = await history(s.as.admin, id('Person', 'per-zz-undo-xoa'));
    assert.deepEqual([entry!.operation, entry!.undoable], ['deleteEntity', false]);
    const dump = await dumpGraph(s.executor);
    const { body } = await undo(s.as.admin, entry!.id);
    assert.deepEqual(errorOf(body), { code: 'BAD_USER_INPUT', field: 'input.entry', message: 'input.entry: is a deleteEntity, which cannot be undone from the history' });
    assert.equal(await dumpGraph(s.executor), dump);
  });
});
