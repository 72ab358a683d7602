// A proposal is re-checked when it is accepted, never written on what the
// registry held when it was made: a matched entity deleted since is refused
// (for the entity and for the facts that would use it), one merged since is
// followed to its survivor, and a fact already in the graph only gains the
// article as a source — which undoing withdraws again, leaving the fact.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { TAM_NONG_ARTICLE } from '../helpers/ingest-articles.js';
import { ingestedSourceIds, removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { ACCEPT, allProposals, findOne, INGEST, namesOf, UNDO, type ProposalView } from '../helpers/ingest-review.js';
import { errorOf, removeSuiteData, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const LOI = 'per-zz-stale-doan-van-loi';
const HAN = 'per-zz-stale-luu-thi-ngoc-han';
const HAN_SURVIVOR = 'per-zz-stale-han-survivor';

describe('re-checking proposals when they are accepted (integration)', () => {
  let s: MutationSuite;
  let before0: string;
  let proposals: ProposalView[];
  let sourceSlug: string;
  const observationIds: string[] = [];

  const entity = (name: string) => findOne(proposals, name, (p) => p.kind === 'ENTITY' && p.name === name);
  const fact = (kind: string, name: string) => findOne(proposals, `${kind} of ${name}`, (p) => p.kind === kind && namesOf(p).includes(name));
  const person = async (slug: string, name: string) => {
    const { body } = await s.as.editor(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { created } }`, { input: { slug, name, sources: [SEED_SOURCE_ID] } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  };
  const accept = (p: ProposalView, corrections?: Record<string, unknown>) => s.as.editor<{ acceptProposal: { proposal: ProposalView } }>(ACCEPT, { input: { proposal: p.id, ...(corrections ? { corrections } : {}) } });

  before(async () => {
    s = await startMutationSuite('stale');
    before0 = await dumpGraph(s.executor);
    await person(LOI, 'Đoàn Văn Lợi');
    await person(HAN, 'Lưu Thị Ngọc Hân');
    const { body } = await s.as.editor<{ ingestArticle: { source: { id: string; slug: string } } }>(INGEST, { input: { content: TAM_NONG_ARTICLE, publishedAt: '2024-05-15' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    sourceSlug = body.data!.ingestArticle.source.slug;
    proposals = await allProposals(s.as.editor, body.data!.ingestArticle.source.id);
  });
  after(async () => {
    // The observation recorded from the seed's source outlives the article: removed by hand.
    await s.executor.write('MATCH (ro:RoleObservation) WHERE ro.id IN $ids DETACH DELETE ro', { ids: observationIds });
    await s.executor.write('MATCH (a:AuditEntry) WHERE any(id IN a.entityIds WHERE id IN $ids) DELETE a', { ids: observationIds });
    await removeIngestedSources(s.executor, await ingestedSourceIds(s.executor));
    await removeSuiteData(s.executor, 'stale');
    const left = await dumpGraph(s.executor);
    await s.close();
    assert.equal(left, before0, 'the suite leaves the database as it found it');
  });

  it('refuses an entity whose match was deleted since, and the facts that would use it, writing nothing', async () => {
    assert.deepEqual([entity('Đoàn Văn Lợi').reconciliation!.decision, entity('Đoàn Văn Lợi').reconciliation!.choice!.slug], ['MATCHED', LOI]);
    const deleted = await s.as.admin(`mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }`, {
      input: { id: toGlobalId('Person', LOI), rule: 'DETACH', sources: [SEED_SOURCE_ID] },
    });
    assert.equal(deleted.body.errors, undefined, JSON.stringify(deleted.body.errors));
    const dump = await dumpGraph(s.executor);
    const asEntity = await accept(entity('Đoàn Văn Lợi'));
    assert.deepEqual([errorOf(asEntity.body).code, errorOf(asEntity.body).field], ['BAD_USER_INPUT', 'input.corrections.match']);
    assert.match(errorOf(asEntity.body).message, new RegExp(`${LOI} is not a Person of the registry`));
    const asFact = await accept(fact('PARTICIPATION', 'Đoàn Văn Lợi'));
    assert.deepEqual([errorOf(asFact.body).code, errorOf(asFact.body).field], ['BAD_USER_INPUT', 'input.corrections.person']);
    assert.match(errorOf(asFact.body).message, new RegExp(`stands for ${LOI}, which no longer exists`));
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('follows a match merged since to its survivor', async () => {
    await person(HAN_SURVIVOR, 'Lưu Ngọc Hân');
    const merged = await s.as.admin(`mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { mergedSlug } }`, {
      input: { survivor: toGlobalId('Person', HAN_SURVIVOR), merged: toGlobalId('Person', HAN), sources: [SEED_SOURCE_ID] },
    });
    assert.equal(merged.body.errors, undefined, JSON.stringify(merged.body.errors));
    const { body } = await accept(entity('Lưu Thị Ngọc Hân'));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual([body.data!.acceptProposal.proposal.result!.entity!.slug, body.data!.acceptProposal.proposal.result!.effect], [HAN_SURVIVOR, 'CITED']);
    const sources = await s.executor.read('MATCH (p:Person {id: $id}) RETURN p.sourceIds AS sources', { id: HAN_SURVIVOR });
    assert.deepEqual(sources, [{ sources: [SEED_SOURCE, sourceSlug] }]);
  });

  it('adds the article to a fact already in the graph, and undoing withdraws only the article', async () => {
    const ids: Record<string, string> = {};
    for (const [key, p] of [['event', findOne(proposals, 'the event', (x) => x.kind === 'ENTITY' && x.entityKind === 'EVENT')], ['person', entity('Trần Minh Khoa')], ['organization', entity('Huyện ủy Tam Nông')]] as const) {
      const { body } = await accept(p);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      ids[key] = body.data!.acceptProposal.proposal.result!.entity!.slug;
    }
    // Someone records the same observation from another source first.
    const recorded = await s.as.editor<{ recordRoleObservation: { observation: { slug: string } } }>(
      `mutation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { observation { slug } } }`,
      {
        input: {
          person: toGlobalId('Person', ids.person!),
          organization: toGlobalId('Organization', ids.organization!),
          event: toGlobalId('Event', ids.event!),
          title: 'Phó Bí thư Thường trực',
          observedAt: '2024-05-14',
          sources: [SEED_SOURCE_ID],
        },
      },
    );
    assert.equal(recorded.body.errors, undefined, JSON.stringify(recorded.body.errors));
    const observation = recorded.body.data!.recordRoleObservation.observation.slug;
    observationIds.push(observation);
    const role = fact('ROLE_OBSERVATION', 'Trần Minh Khoa');
    const { body } = await accept(role);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual([body.data!.acceptProposal.proposal.result!.observation!.slug, body.data!.acceptProposal.proposal.result!.effect], [observation, 'CITED']);
    const cites = () => s.executor.read('MATCH (ro:RoleObservation {id: $id})-[r]-() RETURN ro.sourceIds AS node, collect(DISTINCT r.sourceIds) AS relationships', { id: observation });
    assert.deepEqual(await cites(), [{ node: [SEED_SOURCE, sourceSlug], relationships: [[SEED_SOURCE, sourceSlug]] }]);
    const undone = await s.as.editor(UNDO, { input: { proposal: role.id } });
    assert.equal(undone.body.errors, undefined, JSON.stringify(undone.body.errors));
    assert.deepEqual(await cites(), [{ node: [SEED_SOURCE], relationships: [[SEED_SOURCE]] }]);
  });
});
