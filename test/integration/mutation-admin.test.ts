// Merging entities found to be the same, and deleting under an explicit rule.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const MERGE = `mutation Merge($input: MergeEntitiesInput!) {
  mergeEntities(input: $input) { mergedSlug movedRelationships droppedRelationships survivor { slug name aliases sources { slug } } }
}`;
const DELETE = `mutation Delete($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug removedRelationships removedObservations } }`;

describe('merging and deleting', () => {
  let s: MutationSuite;
  const write = async (query: string, input: Record<string, unknown>) => {
    const { body } = await s.as.editor(query, { input: { sources: [SEED_SOURCE_ID], ...input } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as Record<string, unknown>;
  };
  const create = (kind: string, input: Record<string, unknown>) => write(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { created } }`, input);
  const observe = (input: Record<string, unknown>) => write('mutation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { created } }', input);
  const link = (input: Record<string, unknown>) => write('mutation($input: LinkInput!) { link(input: $input) { created } }', input);
  const participate = (input: Record<string, unknown>) => write('mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { created } }', input);

  before(async () => {
    s = await startMutationSuite('adm');
    await create('Person', { slug: 'per-zz-adm-survivor', name: 'Zz Adm Lê Văn Bình', aliases: ['Ông Bình'] });
    await create('Person', { slug: 'per-zz-adm-merged', name: 'Zz Adm Lê Văn Binh', aliases: ['Bình LV'], description: 'Typo of the survivor', sources: [id('Source', 'src-001-giao-ban-dan-van-dbscl-2020')] });
    await create('Organization', { slug: 'org-zz-adm-org', name: 'Zz Adm Ban', kind: 'PARTY_BOARD', line: 'PARTY' });
    await create('Event', { slug: 'ev-zz-adm-a', name: 'Zz Adm Sự kiện A', kind: 'BRIEFING', date: '2020-01-02' });
    await create('Event', { slug: 'ev-zz-adm-b', name: 'Zz Adm Sự kiện B', kind: 'BRIEFING', date: '2020-02-03' });
    await create('Award', { slug: 'aw-zz-adm-award', name: 'Zz Adm Bằng khen' });
    await create('Model', { slug: 'mdl-zz-adm-model', name: 'Zz Adm Mô hình' });
    const [survivor, merged, org] = [id('Person', 'per-zz-adm-survivor'), id('Person', 'per-zz-adm-merged'), id('Organization', 'org-zz-adm-org')];
    await observe({ person: survivor, organization: org, title: 'Trưởng Ban', observedAt: '2020-01-02', event: id('Event', 'ev-zz-adm-a') });
    await observe({ person: merged, organization: org, title: 'Trưởng Ban', observedAt: '2020-02-03', event: id('Event', 'ev-zz-adm-b') });
    // The same participation on both sides: a duplicate once merged.
    await participate({ person: survivor, event: id('Event', 'ev-zz-adm-a'), role: 'CHAIRED' });
    await participate({ person: merged, event: id('Event', 'ev-zz-adm-a'), role: 'CHAIRED', sources: [id('Source', 'src-001-giao-ban-dan-van-dbscl-2020')] });
    await participate({ person: merged, event: id('Event', 'ev-zz-adm-b'), role: 'SPOKE' });
    await link({ type: 'PRESENTED', from: merged, to: id('Award', 'aw-zz-adm-award') });
    await link({ type: 'PRESENTED_AT', from: id('Model', 'mdl-zz-adm-model'), to: id('Event', 'ev-zz-adm-b'), presentedBy: merged });
  });
  after(() => s.close());

  it('is refused to an editor, and to anyone without a key, changing nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const input = { survivor: id('Person', 'per-zz-adm-survivor'), merged: id('Person', 'per-zz-adm-merged'), sources: [SEED_SOURCE_ID] };
    const editor = await s.as.editor(MERGE, { input });
    assert.deepEqual([editor.status, errorOf(editor.body).code], [403, 'FORBIDDEN']);
    const anonymous = await s.as.anonymous(DELETE, { input: { id: id('Person', 'per-zz-adm-merged'), rule: 'DETACH', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([anonymous.status, errorOf(anonymous.body).code], [401, 'UNAUTHENTICATED']);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('refuses to merge entities of different kinds, or an entity with itself', async () => {
    const dump = await dumpGraph(s.executor);
    const kinds = await s.as.admin(MERGE, { input: { survivor: id('Person', 'per-zz-adm-survivor'), merged: id('Organization', 'org-zz-adm-org'), sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(kinds.body).code, errorOf(kinds.body).field], ['BAD_USER_INPUT', 'input.merged']);
    const self = await s.as.admin(MERGE, { input: { survivor: id('Person', 'per-zz-adm-survivor'), merged: id('Person', 'per-zz-adm-survivor'), sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(self.body).code, errorOf(self.body).field], ['BAD_USER_INPUT', 'input.merged']);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('merges two people keeping every relationship, observation, alias and source of both', async () => {
    const { body } = await s.as.admin<{ mergeEntities: { mergedSlug: string; movedRelationships: number; droppedRelationships: number; survivor: { slug: string; name: string; aliases: string[]; sources: { slug: string }[] } } }>(MERGE, {
      input: { survivor: id('Person', 'per-zz-adm-survivor'), merged: id('Person', 'per-zz-adm-merged'), sources: [toGlobalId('Source', 'src-002-tong-ket-dan-van-toan-quoc-2019')] },
    });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const result = body.data!.mergeEntities;
    assert.equal(result.mergedSlug, 'per-zz-adm-merged');
    assert.equal(result.survivor.name, 'Zz Adm Lê Văn Bình');
    assert.deepEqual(result.survivor.aliases, ['Ông Bình', 'Zz Adm Lê Văn Binh', 'Bình LV']);
    assert.deepEqual(result.survivor.sources.map((x) => x.slug).sort(), [SEED_SOURCE, 'src-001-giao-ban-dan-van-dbscl-2020', 'src-002-tong-ket-dan-van-toan-quoc-2019'].sort());
    // HAS_ROLE, PARTICIPATED_IN (SPOKE at B), PRESENTED moved; the duplicate CHAIRED at A was dropped into the survivor's.
    assert.deepEqual([result.movedRelationships, result.droppedRelationships], [3, 1]);

    const person = await s.as.anonymous<{ node: { slug: string; roles: { firstSeen: string; lastSeen: string; observations: unknown[] }[]; appearances: { edges: { role: string; node: { slug: string }; sources: { slug: string }[] }[] }; awardsPresented: { slug: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { slug roles { firstSeen lastSeen observations { slug } } appearances(orderBy: DATE_ASC) { edges { role node { slug } sources { slug } } } awardsPresented { slug } } } }`,
      { id: id('Person', 'per-zz-adm-merged') },
    );
    const node = person.body.data!.node;
    assert.equal(node.slug, 'per-zz-adm-survivor', 'the merged id resolves to the survivor');
    assert.deepEqual(node.roles.map((r) => [r.firstSeen, r.lastSeen, r.observations.length]), [['2020-01-02', '2020-02-03', 2]]);
    assert.deepEqual(node.appearances.edges.map((e) => [e.role, e.node.slug]), [['CHAIRED', 'ev-zz-adm-a'], ['SPOKE', 'ev-zz-adm-b']]);
    assert.deepEqual(node.appearances.edges[0]!.sources.map((x) => x.slug).sort(), [SEED_SOURCE, 'src-001-giao-ban-dan-van-dbscl-2020'].sort(), 'the dropped duplicate’s sources went to the kept one');
    assert.deepEqual(node.awardsPresented, [{ slug: 'aw-zz-adm-award' }]);
    const presented = await s.executor.read<{ by: string }>("MATCH (:Model {id: 'mdl-zz-adm-model'})-[r:PRESENTED_AT]->() RETURN r.presentedById AS by");
    assert.equal(presented[0]?.by, 'per-zz-adm-survivor', 'references by id are repointed');
    const gone = await s.executor.read("MATCH (p:Person {id: 'per-zz-adm-merged'}) RETURN p");
    assert.equal(gone.length, 0);
  });

  it('keeps the merged id working for writes too, and records the merge before and after', async () => {
    const { body } = await s.as.editor<{ updatePerson: { entity: { slug: string } } }>('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { entity { slug } } }', {
      input: { id: id('Person', 'per-zz-adm-merged'), addAliases: ['Bình'], sources: [SEED_SOURCE_ID] },
    });
    assert.equal(body.data?.updatePerson.entity.slug, 'per-zz-adm-survivor');
    const audit = await s.executor.read<{ actor: string; changes: string; entityIds: string[] }>(
      "MATCH (a:AuditEntry {operation: 'mergeEntities'}) WHERE 'per-zz-adm-merged' IN a.entityIds RETURN a.actorKeyId AS actor, a.changes AS changes, a.entityIds AS entityIds",
    );
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, s.keys.admin.id);
    const changes = JSON.parse(audit[0]!.changes) as { kind: string; label: string; id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
    const mergedNode = changes.find((c) => c.kind === 'node' && c.id === 'per-zz-adm-merged')!;
    assert.equal(mergedNode.after, null);
    assert.equal(mergedNode.before!.name, 'Zz Adm Lê Văn Binh');
    const survivor = changes.find((c) => c.kind === 'node' && c.id === 'per-zz-adm-survivor')!;
    assert.deepEqual(survivor.after!.mergedIds, ['per-zz-adm-merged']);
    const moved = changes.filter((c) => c.kind === 'relationship' && c.before?._from === 'per-zz-adm-merged' && c.after?._from === 'per-zz-adm-survivor');
    assert.equal(moved.length, 3);
  });

  it('RESTRICT refuses to delete what still has relationships, naming them', async () => {
    const dump = await dumpGraph(s.executor);
    const { body } = await s.as.admin(DELETE, { input: { id: id('Event', 'ev-zz-adm-b'), rule: 'RESTRICT', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(body).code, errorOf(body).field], ['BAD_USER_INPUT', 'input.rule']);
    assert.match(errorOf(body).message, /AT_EVENT ×1/);
    const cited = await s.as.admin(DELETE, { input: { id: SEED_SOURCE_ID, rule: 'DETACH', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(cited.body).code, errorOf(cited.body).field], ['BAD_USER_INPUT', 'input.id'], 'a cited source is never deleted');
    const merged = await s.as.admin(DELETE, { input: { id: id('Person', 'per-zz-adm-merged'), rule: 'DETACH', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(merged.body).code, errorOf(merged.body).field], ['BAD_USER_INPUT', 'input.id'], 'a merged id does not delete its survivor');
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('RESTRICT deletes an entity nothing refers to', async () => {
    await create('Campaign', { slug: 'cmp-zz-adm-alone', name: 'Zz Adm Một mình', kind: 'EMULATION_MOVEMENT' });
    const { body } = await s.as.admin<{ deleteEntity: { deletedSlug: string; removedRelationships: number } }>(DELETE, { input: { id: id('Campaign', 'cmp-zz-adm-alone'), rule: 'RESTRICT', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual(body.data?.deleteEntity, { deletedSlug: 'cmp-zz-adm-alone', removedRelationships: 0, removedObservations: 0 });
    const node = await s.as.anonymous<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id: id('Campaign', 'cmp-zz-adm-alone') });
    assert.equal(node.body.data?.node, null);
  });

  it('DETACH deletes an event with its links; observations made at it stay, without the link', async () => {
    const { body } = await s.as.admin<{ deleteEntity: { removedRelationships: number; removedObservations: number } }>(DELETE, { input: { id: id('Event', 'ev-zz-adm-b'), rule: 'DETACH', sources: [SEED_SOURCE_ID] } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data?.deleteEntity, { deletedSlug: 'ev-zz-adm-b', removedRelationships: 3, removedObservations: 0 });
    const observations = await s.executor.read<{ n: number; atEvent: number }>(
      "MATCH (:Person {id: 'per-zz-adm-survivor'})-[:HAS_ROLE]->(ro) OPTIONAL MATCH (ro)-[a:AT_EVENT]->() RETURN count(DISTINCT ro) AS n, count(a) AS atEvent",
    );
    assert.deepEqual(observations[0], { n: 2, atEvent: 1 });
  });

  it('DETACH deletes a person with their role observations, and clears references to them', async () => {
    const { body } = await s.as.admin<{ deleteEntity: { removedRelationships: number; removedObservations: number } }>(DELETE, { input: { id: id('Person', 'per-zz-adm-survivor'), rule: 'DETACH', sources: [SEED_SOURCE_ID] } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data?.deleteEntity.removedObservations, 2);
    const left = await s.executor.read<{ n: number }>("MATCH (ro:RoleObservation)-[:IN_ORGANIZATION]->(:Organization {id: 'org-zz-adm-org'}) RETURN count(ro) AS n");
    assert.equal(left[0]?.n, 0);
    const node = await s.as.anonymous<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id: id('Person', 'per-zz-adm-merged') });
    assert.equal(node.body.data?.node, null, 'a deleted survivor takes its merged ids with it');
  });
});
