// Ingestion and review end to end, through the API on the seeded test
// database: an article written for the test is taken in, its proposals are
// accepted (some corrected), one rejected, the article taken in again, an
// acceptance undone; then the graph, the citations and the audit trail are
// checked, and everything the suite wrote is removed again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { createTestAccounts, graphqlWithSession, removeTestAccounts, signIn } from '../helpers/accounts.js';
import { startApi } from '../helpers/api-server.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { TAM_NONG_ARTICLE } from '../helpers/ingest-articles.js';
import { removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { ACCEPT, ACCEPT_MANY, allProposals, findOne, INGEST, namesOf, REJECT, UNDO, type ProposalView } from '../helpers/ingest-review.js';
import { errorOf, removeSuiteData, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const URL = 'https://tamnong.example.vn/tin-tuc/so-ket-dan-van-kheo-2024';
const BDV_TAM_NONG = 'org-zz-ingest-bdv-tam-nong';
// A second entry of the same name (kept from an earlier import, say): two namesakes, so the registry asks.
const BDV_TAM_NONG_TWIN = 'org-zz-ingest-bdv-tam-nong-2';
const BDV = 'Ban Dân vận Huyện ủy Tam Nông';
const FRONT = 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Nông';
// Named with its parties since the held-out evaluation (decision 018's amendment): "giữa A và B" belongs to the name.
const PROGRAM = 'Chương trình phối hợp giữa Ban Dân vận Huyện ủy Tam Nông và Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Nông giai đoạn 2024–2026';
const PROGRAM_NAME = 'Chương trình phối hợp thực hiện công tác dân vận giai đoạn 2024–2026';
const OTHER_PROGRAM = 'pr-zz-ingest-other-district';
const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });

interface IngestPayload {
  ingestArticle: {
    source: { id: string; slug: string; title: string; url: string; publisher: string | null; publishedAt: string; text: string };
    sourceCreated: boolean;
    proposed: { kind: string; count: number }[];
    alreadyProposed: number;
    matchedEntities: number;
    ambiguousEntities: number;
    newEntities: number;
  };
}

describe('ingestion and review (integration)', () => {
  let s: MutationSuite;
  let before0: string;
  let source: IngestPayload['ingestArticle']['source'];
  let proposals: ProposalView[];
  const accepted: string[] = [];

  const entity = (name: string) => findOne(proposals, `the entity ${name}`, (p) => p.kind === 'ENTITY' && p.name === name);
  const fact = (kind: string, names: string[], test: (p: ProposalView) => boolean = () => true) =>
    findOne(proposals, `${kind} ${names.join(' / ')}`, (p) => p.kind === kind && names.every((n) => namesOf(p).includes(n)) && test(p));
  const accept = async (p: ProposalView, corrections?: Record<string, unknown>) => {
    const { body } = await s.as.editor<{ acceptProposal: { proposal: ProposalView } }>(ACCEPT, { input: { proposal: p.id, ...(corrections ? { corrections } : {}) } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    accepted.push(p.slug);
    return body.data!.acceptProposal.proposal;
  };
  const reload = async () => (proposals = await allProposals(s.as.editor, source.id));

  before(async () => {
    s = await startMutationSuite('ingest', { signIn: { hasher } });
    await removeTestAccounts(s.executor, 'ingest');
    before0 = await dumpGraph(s.executor);
    // The district's Mass Mobilization Committee (Ban Dân vận) is in the registry twice under its name.
    for (const slug of [BDV_TAM_NONG, BDV_TAM_NONG_TWIN]) {
      const { body } = await s.as.editor(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { created } }`, {
        input: { slug, name: BDV, kind: 'PARTY_BOARD', level: 'DISTRICT', line: 'PARTY', sources: [SEED_SOURCE_ID] },
      });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
    // Another district's program of the same name and period.
    const other = await s.as.editor(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { created } }`, {
      input: { slug: OTHER_PROGRAM, name: PROGRAM, kind: 'COORDINATION_PROGRAM', startYear: 2024, endYear: 2026, sources: [SEED_SOURCE_ID] },
    });
    assert.equal(other.body.errors, undefined, JSON.stringify(other.body.errors));
  });
  after(async () => {
    const sources = await s.executor.read<{ id: string }>('MATCH (x:Source) WHERE x.textHash IS NOT NULL RETURN x.id AS id');
    await removeIngestedSources(s.executor, sources.map((r) => r.id));
    await removeSuiteData(s.executor, 'ingest');
    await removeTestAccounts(s.executor, 'ingest');
    const left = await dumpGraph(s.executor);
    await s.close();
    assert.equal(left, before0, 'the suite leaves the database as it found it');
  });

  it('takes the article in: a Source with its text and URL, and proposals with their evidence in that text', async () => {
    const { body } = await s.as.editor<IngestPayload>(INGEST, { input: { content: TAM_NONG_ARTICLE, url: URL, publisher: 'Trang tin huyện Tam Nông', publishedAt: '2024-05-15' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const payload = body.data!.ingestArticle;
    source = payload.source;
    assert.equal(payload.sourceCreated, true);
    assert.deepEqual([source.title, source.url, source.publisher, source.publishedAt], ['Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”', URL, 'Trang tin huyện Tam Nông', '2024-05-15']);
    assert.match(source.slug, /^src-huyen-tam-nong-so-ket-3-nam-thuc-hien-phong-trao-thi-dua-dan-van-kheo-[0-9a-f]{8}$/);
    assert.ok(source.text.startsWith('Huyện Tam Nông sơ kết') && source.text.includes('Ông Trần Minh Khoa – Phó Bí thư Thường trực Huyện ủy'));
    await reload();
    const proposed = Object.fromEntries(payload.proposed.map((p) => [p.kind, p.count]));
    const byKind = (kind: string) => proposals.filter((p) => p.kind === kind).length;
    assert.deepEqual(proposed, { ENTITY: byKind('ENTITY'), ROLE_OBSERVATION: byKind('ROLE_OBSERVATION'), PARTICIPATION: byKind('PARTICIPATION'), LINK: byKind('LINK') });
    assert.equal(payload.alreadyProposed, 0);
    assert.equal(payload.matchedEntities + payload.ambiguousEntities + payload.newEntities, byKind('ENTITY'));
    assert.ok(proposals.every((p) => p.status === 'PENDING'));
    // Every piece of evidence quotes the Source's text at its range.
    // (A fact the article leaves implicit may have none: its inference note says why it is proposed.)
    for (const p of proposals) {
      assert.ok(p.evidence.length > 0 || (p.inferred && p.kind !== 'ENTITY'), `${p.slug} has evidence`);
      for (const e of p.evidence) assert.equal(source.text.slice(e.start, e.end), e.quote, `${p.slug} evidence ${e.start}-${e.end}`);
    }
    // What the article states: the conference and its date, its two chairs with their titles, the program signed there.
    const conference = findOne(proposals, 'the conference', (p) => p.kind === 'ENTITY' && p.entityKind === 'EVENT');
    assert.deepEqual(conference.fields.fields, { kind: 'INTERIM_REVIEW', date: '2024-05-14' });
    assert.deepEqual(
      [fact('ROLE_OBSERVATION', ['Trần Minh Khoa']).fields.title, fact('ROLE_OBSERVATION', ['Lưu Thị Ngọc Hân']).fields.title],
      ['Phó Bí thư Thường trực', 'Trưởng Ban'],
    );
    assert.deepEqual(
      ['Trần Minh Khoa', 'Lưu Thị Ngọc Hân'].map((n) => fact('PARTICIPATION', [n]).fields.role),
      ['CO_CHAIRED', 'CO_CHAIRED'],
    );
    fact('LINK', [PROGRAM, conference.name!], (p) => p.fields.type === 'SIGNED_AT');
    const committee = entity(BDV).reconciliation!;
    assert.deepEqual([committee.decision, committee.candidates.map((c) => c.entity.slug).sort()], ['AMBIGUOUS', [BDV_TAM_NONG, BDV_TAM_NONG_TWIN]]);
  });

  it('refuses a malformed review with every problem named, and writes nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const khoa = entity('Trần Minh Khoa');
    const observation = fact('ROLE_OBSERVATION', ['Trần Minh Khoa']);
    const problemsOf = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => [body.errors?.length, body.errors?.[0]?.extensions?.code, body.errors?.[0]?.extensions?.problems];
    const accepted = await s.as.editor(ACCEPT, { input: { proposal: observation.id, corrections: { person: khoa.id, title: 'Phó Bí thư\u202E', observedAt: '2024-02-30', titleAsWritten: 'ạ'.repeat(301) } } });
    assert.deepEqual(problemsOf(accepted.body), [
      1,
      'BAD_USER_INPUT',
      [
        { field: 'input.corrections.person', message: `${JSON.stringify(khoa.id.slice(0, 40))} is not an id returned by this API` },
        { field: 'input.corrections.title', message: 'must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069)' },
        { field: 'input.corrections.titleAsWritten', message: 'must be at most 300 characters, got 301' },
        { field: 'input.corrections.observedAt', message: '"2024-02-30" is not a calendar date' },
      ],
    ]);
    const rejected = await s.as.editor(REJECT, { input: { proposal: source.id, reason: 'a\uD800' } });
    assert.deepEqual(problemsOf(rejected.body), [
      1,
      'BAD_USER_INPUT',
      [
        { field: 'input.proposal', message: `${JSON.stringify(source.id.slice(0, 40))} is not the id of a proposal` },
        { field: 'input.reason', message: 'must be Unicode text: it holds half of a surrogate pair' },
      ],
    ]);
    // One malformed item refuses them all: the well-formed one beside it is not accepted either.
    const many = await s.as.editor(ACCEPT_MANY, { input: { items: [{ proposal: khoa.id }, { proposal: observation.id, corrections: { title: ' ' } }] } });
    assert.deepEqual(problemsOf(many.body), [1, 'BAD_USER_INPUT', [{ field: 'input.items[1].corrections.title', message: 'must not be empty' }]]);
    // A well-formed id of no proposal is refused in the transaction, which writes nothing.
    const undone = await s.as.editor(UNDO, { input: { proposal: toGlobalId('Proposal', `prp-${'0'.repeat(24)}`) } });
    assert.deepEqual(problemsOf(undone.body), [1, 'BAD_USER_INPUT', [{ field: 'input.proposal', message: `names no proposal ("prp-${'0'.repeat(24)}")` }]]);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('accepts entities as new and the facts that name them, each written through the write operations', async () => {
    const event = await accept(findOne(proposals, 'the conference', (p) => p.kind === 'ENTITY' && p.entityKind === 'EVENT'));
    assert.deepEqual([event.status, event.result!.effect], ['ACCEPTED', 'CREATED']);
    const khoa = await accept(entity('Trần Minh Khoa'));
    assert.deepEqual([khoa.result!.effect, khoa.result!.entity!.slug], ['CREATED', 'per-tran-minh-khoa']);
    const committee = await accept(entity('Huyện ủy Tam Nông'));
    assert.deepEqual([committee.result!.entity!.slug, committee.review!.corrections], ['org-huyen-uy-tam-nong', null]);
    const role = await accept(fact('ROLE_OBSERVATION', ['Trần Minh Khoa']));
    assert.equal(role.result!.effect, 'CREATED');
    const chair = await accept(fact('PARTICIPATION', ['Trần Minh Khoa']));
    assert.deepEqual([chair.result!.effect, chair.result!.relationshipType], ['CREATED', 'PARTICIPATED_IN']);
    await accept(entity('Lưu Thị Ngọc Hân'));
    await accept(fact('PARTICIPATION', ['Lưu Thị Ngọc Hân']));
  });

  it('refuses a fact whose entity is still to be resolved, naming it; accepting that entity as another match resolves it', async () => {
    const role = fact('ROLE_OBSERVATION', ['Lưu Thị Ngọc Hân']);
    const dump = await dumpGraph(s.executor);
    const refused = await s.as.editor(ACCEPT, { input: { proposal: role.id } });
    assert.deepEqual([errorOf(refused.body).code, errorOf(refused.body).field], ['BAD_USER_INPUT', 'input.corrections.organization']);
    assert.match(errorOf(refused.body).message, /the Organization "Ban Dân vận Huyện ủy Tam Nông" \(proposal prp-[0-9a-f]{24}\) is pending \(AMBIGUOUS/);
    const unchosen = await s.as.editor(ACCEPT, { input: { proposal: entity(BDV).id } });
    assert.deepEqual([errorOf(unchosen.body).code, errorOf(unchosen.body).field], ['BAD_USER_INPUT', 'input.corrections.match']);
    assert.match(errorOf(unchosen.body).message, /is AMBIGUOUS between .*\(org-zz-ingest-bdv-tam-nong(-2)?\).*: choose one as the match, or createNew/);
    assert.equal(await dumpGraph(s.executor), dump);
    // The reviewer knows which entry is the committee.
    const committee = await accept(entity(BDV), { match: toGlobalId('Organization', BDV_TAM_NONG) });
    assert.deepEqual([committee.result!.effect, committee.result!.entity!.slug, committee.reconciliation!.choice!.slug], ['CITED', BDV_TAM_NONG, BDV_TAM_NONG]);
    const written = await accept(role);
    assert.equal(written.result!.effect, 'CREATED');
    const organised = await accept(fact('LINK', [BDV], (p) => p.fields.type === 'ORGANIZED'));
    assert.deepEqual([organised.result!.relationshipType, organised.result!.effect], ['ORGANIZED', 'CREATED']);
  });

  it('accepts several at once, entities first (one created with a corrected name instead of its match), reporting one that cannot be accepted without writing it', async () => {
    const program = entity(PROGRAM);
    // The registry matched another district's program of the same name; the reviewer knows better.
    assert.deepEqual([program.reconciliation!.decision, program.reconciliation!.choice!.slug], ['MATCHED', OTHER_PROGRAM]);
    const renamedOnly = await s.as.editor(ACCEPT, { input: { proposal: program.id, corrections: { name: PROGRAM_NAME } } });
    assert.deepEqual([errorOf(renamedOnly.body).code, errorOf(renamedOnly.body).field], ['BAD_USER_INPUT', 'input.corrections.createNew']);
    const signed = fact('LINK', [PROGRAM], (p) => p.fields.type === 'SIGNED_AT');
    const party = fact('LINK', [BDV, PROGRAM], (p) => p.fields.type === 'PARTY_TO');
    const front = fact('LINK', [FRONT, PROGRAM], (p) => p.fields.type === 'PARTY_TO');
    const { body } = await s.as.editor<{ acceptProposals: { items: { proposalId: string; accepted: boolean; problems: { field: string }[]; proposal: { slug: string; status: string } }[] } }>(ACCEPT_MANY, {
      input: { items: [{ proposal: signed.id }, { proposal: party.id }, { proposal: front.id }, { proposal: program.id, corrections: { createNew: true, name: PROGRAM_NAME } }] },
    });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(
      body.data!.acceptProposals.items.map((i) => [i.proposalId, i.accepted, i.problems.map((p) => p.field), i.proposal.status]),
      [
        [signed.id, true, [], 'ACCEPTED'],
        [party.id, true, [], 'ACCEPTED'],
        // The front committee is a new entity nobody accepted yet.
        [front.id, false, ['input.items[2].corrections.from'], 'PENDING'],
        [program.id, true, [], 'ACCEPTED'],
      ],
    );
    accepted.push(signed.slug, party.slug, program.slug);
  });

  it('rejects a proposal with a reason, and accepting an accepted one again changes nothing', async () => {
    const presented = fact('LINK', ['Tổ nhân dân tự quản'], (p) => p.fields.type === 'PRESENTED_AT');
    const reason = 'Bài viết nói mô hình được nhân rộng, không nói mô hình được trình bày tại hội nghị.';
    const { body } = await s.as.editor<{ rejectProposal: { proposal: ProposalView } }>(REJECT, { input: { proposal: presented.id, reason } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual([body.data!.rejectProposal.proposal.status, body.data!.rejectProposal.proposal.review!.reason, body.data!.rejectProposal.proposal.review!.reviewer], ['REJECTED', reason, 'ingest editor']);
    const audit = await s.executor.read<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n');
    const again = await s.as.editor<{ acceptProposal: { proposal: ProposalView } }>(ACCEPT, { input: { proposal: entity('Trần Minh Khoa').id } });
    assert.deepEqual([again.body.data!.acceptProposal.proposal.status, again.body.data!.acceptProposal.proposal.result!.entity!.slug], ['ACCEPTED', 'per-tran-minh-khoa']);
    assert.deepEqual(await s.executor.read<{ n: number }>('MATCH (a:AuditEntry) RETURN count(a) AS n'), audit);
  });

  it('takes the same article in again: the same Source, nothing proposed twice, the rejected proposal still rejected', async () => {
    const statuses = new Map((await reload()).map((p) => [p.slug, p.status]));
    const { body } = await s.as.editor<IngestPayload>(INGEST, { input: { content: TAM_NONG_ARTICLE, url: URL } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const payload = body.data!.ingestArticle;
    assert.deepEqual([payload.source.id, payload.sourceCreated, payload.proposed.every((p) => p.count === 0), payload.alreadyProposed], [source.id, false, true, statuses.size]);
    assert.deepEqual(new Map((await reload()).map((p) => [p.slug, p.status])), statuses);
    assert.equal([...statuses.values()].filter((v) => v === 'REJECTED').length, 1);
  });

  it('undoes an acceptance through unlink, and refuses to undo an entity that accepted facts use', async () => {
    const khoa = entity('Trần Minh Khoa');
    const refused = await s.as.editor(UNDO, { input: { proposal: khoa.id } });
    assert.equal(errorOf(refused.body).code, 'BAD_USER_INPUT');
    assert.match(errorOf(refused.body).message, /accepted facts of this article use this entity: undo them first \(prp-[0-9a-f]{24} (ROLE_OBSERVATION|PARTICIPATION), prp-[0-9a-f]{24} (ROLE_OBSERVATION|PARTICIPATION)\)/);
    const chair = fact('PARTICIPATION', ['Trần Minh Khoa']);
    const { body } = await s.as.editor<{ undoProposalAcceptance: { proposal: ProposalView } }>(UNDO, { input: { proposal: chair.id } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual([body.data!.undoProposalAcceptance.proposal.status, body.data!.undoProposalAcceptance.proposal.result, body.data!.undoProposalAcceptance.proposal.review], ['PENDING', null, null]);
    accepted.splice(accepted.indexOf(chair.slug), 1);
    const left = await s.executor.read('MATCH (:Person {id: $person})-[r:PARTICIPATED_IN]->() RETURN r.id AS id', { person: 'per-tran-minh-khoa' });
    assert.deepEqual(left, []);
  });

  it('lists proposals in as many round trips for a page of 30 as for a page of 3: one per level', async () => {
    const observer = new CountingObserver();
    const api = await startApi(createTestExecutor(s.driver, observer));
    try {
      const query = `query Review($source: ID!, $first: Int) {
        proposals(source: $source, first: $first) {
          totalCount
          edges { node { slug source { title } refersTo { slug source { slug } }
            reconciliation { decision choice { name } candidates { score entity { name } } }
            result { entity { name } observation { title } from { name } to { name } } } }
        }
      }`;
      const trips = async (first: number) => {
        await api.graphqlAs(s.keys.editor.secret, query, { source: source.id, first });
        const before = observer.count;
        const { body } = await api.graphqlAs<{ proposals: { edges: unknown[] } }>(s.keys.editor.secret, query, { source: source.id, first });
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        return { count: observer.count - before, items: body.data!.proposals.edges.length };
      };
      const few = await trips(3);
      const many = await trips(30);
      assert.equal(few.items, 3);
      assert.ok(many.items >= 25, `${many.items} proposals`);
      assert.equal(many.count, few.count, `${few.count} round trips for 3 proposals, ${many.count} for ${many.items}`);
      assert.ok(few.count <= 4, `${few.count} round trips`);
      console.log(`proposals page: ${few.count} round trips for 3 proposals, ${many.count} for ${many.items}`);
    } finally {
      await api.close();
    }
  });

  it('leaves the graph with the facts accepted, each citing the article, and one audit entry per acceptance under the editor’s key', async () => {
    const src = source.slug;
    const roles = await s.executor.read(
      `MATCH (p:Person)-[:HAS_ROLE]->(ro:RoleObservation)-[:IN_ORGANIZATION]->(o:Organization), (ro)-[:AT_EVENT]->(e:Event)
       WHERE $src IN ro.sourceIds RETURN p.name AS person, ro.title AS title, ro.observedAt AS observedAt, o.id AS organization, e.date AS date ORDER BY person`,
      { src },
    );
    assert.deepEqual(roles, [
      { person: 'Lưu Thị Ngọc Hân', title: 'Trưởng Ban', observedAt: '2024-05-14', organization: BDV_TAM_NONG, date: '2024-05-14' },
      { person: 'Trần Minh Khoa', title: 'Phó Bí thư Thường trực', observedAt: '2024-05-14', organization: 'org-huyen-uy-tam-nong', date: '2024-05-14' },
    ]);
    const relationships = await s.executor.read(
      `MATCH (a)-[r]->(b) WHERE $src IN r.sourceIds AND NOT type(r) IN ['HAS_ROLE', 'IN_ORGANIZATION', 'AT_EVENT']
       RETURN type(r) AS type, coalesce(a.name, a.title) AS from, coalesce(b.name, b.title) AS to, r.role AS role ORDER BY type, from`,
      { src },
    );
    const conference = 'Hội nghị sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2024';
    assert.deepEqual(relationships, [
      { type: 'ORGANIZED', from: BDV, to: conference, role: null },
      { type: 'PARTICIPATED_IN', from: 'Lưu Thị Ngọc Hân', to: conference, role: 'CO_CHAIRED' },
      { type: 'PARTY_TO', from: BDV, to: PROGRAM_NAME, role: null },
      { type: 'SIGNED_AT', from: PROGRAM_NAME, to: conference, role: null },
    ]);
    // Whatever cites the article is exactly what the accepted proposals wrote.
    const citing = await s.executor.read<{ id: string }>('MATCH (x) WHERE $src IN x.sourceIds RETURN x.id AS id UNION ALL MATCH ()-[x]->() WHERE $src IN x.sourceIds AND NOT type(x) IN ["HAS_ROLE", "IN_ORGANIZATION", "AT_EVENT"] RETURN x.id AS id', { src });
    const results = (await reload()).filter((p) => p.status === 'ACCEPTED').map((p) => p.result!.entity?.slug ?? p.result!.observation?.slug ?? p.result!.relationshipSlug);
    assert.deepEqual(citing.map((c) => c.id).sort(), [...results].sort());
    const entries = await s.executor.read<{ operation: string; actor: string; cites: boolean; n: number }>(
      `MATCH (a:AuditEntry) WHERE $src IN a.citedSourceIds RETURN a.operation AS operation, a.actorKeyId AS actor, count(*) AS n ORDER BY operation`,
      { src },
    );
    assert.deepEqual(entries, [
      { operation: 'acceptProposal', actor: s.keys.editor.id, n: accepted.length + 1 },
      { operation: 'ingestArticle', actor: s.keys.editor.id, n: 2 },
      { operation: 'rejectProposal', actor: s.keys.editor.id, n: 1 },
      { operation: 'undoProposalAcceptance', actor: s.keys.editor.id, n: 1 },
    ]);
    assert.equal(results.length, accepted.length);
  });

  it('records a review made signed in to the explorer under the person’s account, in the proposal and in the audit trail', async () => {
    const accounts = await createTestAccounts(s.executor, 'ingest', hasher);
    const session = await signIn(s.api.url, accounts.editor);
    // Pending again since its acceptance was undone.
    const chair = fact('PARTICIPATION', ['Trần Minh Khoa']);
    const reason = 'Bài viết không nói ông chủ trì hội nghị.';
    const { body } = await graphqlWithSession<{ rejectProposal: { proposal: { status: string; review: unknown } } }>(
      s.api.url,
      session,
      'mutation($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { status review { reviewer reviewerKeyId reviewerAccountId reason } } } }',
      { input: { proposal: chair.id, reason } },
    );
    assert.deepEqual(body, {
      data: { rejectProposal: { proposal: { status: 'REJECTED', review: { reviewer: 'zz-ingest-editor', reviewerKeyId: null, reviewerAccountId: accounts.editor.id, reason } } } },
    });
    const entries = await s.executor.read('MATCH (a:AuditEntry {operation: $operation}) WHERE $src IN a.citedSourceIds AND a.actorAccountId IS NOT NULL RETURN a.actorAccountId AS account, a.actorKeyId AS key', {
      operation: 'rejectProposal',
      src: source.slug,
    });
    assert.deepEqual(entries, [{ account: accounts.editor.id, key: null }]);
  });
});
