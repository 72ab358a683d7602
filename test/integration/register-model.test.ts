// Registering a model with where and when it started, where it was taken up,
// the programs backing it and the organisations to contact: one mutation, one
// transaction, one audit entry; a refusal leaves the graph as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { LIMITS } from '../../api/write/limits.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const ORIGIN = id('Place', 'pl-zz-regmodel-origin');
const PLACE_A = id('Place', 'pl-zz-regmodel-a');
const PLACE_B = id('Place', 'pl-zz-regmodel-b');
const PROGRAM = id('Program', 'pr-zz-regmodel-program');
const CONTACT = id('Organization', 'org-zz-regmodel-contact');

const REGISTER = `mutation Register($input: RegisterModelInput!) {
  registerModel(input: $input) {
    created
    entity {
      slug name aliases description sources { slug title publisher publishedAt }
      ... on Model {
        category
        originPlace { slug }
        origin { place { slug name } since sincePartial { text precision } sources { slug } inferred }
        adoptions { place { slug } sincePartial { text } sources { slug } }
        programs { slug }
        contacts { slug name }
      }
    }
  }
}`;

const NEW_SOURCE = { title: 'Zz Regmodel: bài viết về mô hình', kind: 'ARTICLE', publisher: 'Báo Zz', publishedAt: '2023-04-02', url: 'https://example.org/zz-regmodel' };

describe('registering a model', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('regmodel');
    const create = async (kind: string, input: Record<string, unknown>) => {
      const { body } = await s.as.editor(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { created } }`, { input: { ...input, sources: [SEED_SOURCE_ID] } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    };
    await create('Place', { slug: 'pl-zz-regmodel-origin', name: 'Zz Regmodel Xã gốc', kind: 'COMMUNE' });
    await create('Place', { slug: 'pl-zz-regmodel-a', name: 'Zz Regmodel Xã A', kind: 'COMMUNE' });
    await create('Place', { slug: 'pl-zz-regmodel-b', name: 'Zz Regmodel Xã B', kind: 'COMMUNE' });
    await create('Program', { slug: 'pr-zz-regmodel-program', name: 'Zz Regmodel Chương trình', kind: 'COORDINATION_PROGRAM' });
    await create('Organization', { slug: 'org-zz-regmodel-contact', name: 'Zz Regmodel Ban Dân vận', kind: 'PARTY_BOARD', level: 'DISTRICT', line: 'PARTY' });
  });
  after(() => s.close());

  it('writes the model, where and when it started, its adoptions, programs and contacts, all citing a source entered in place', async () => {
    const input = {
      name: 'Zz Regmodel Hội quán',
      category: 'Dân vận khéo',
      description: 'Mô hình thử nghiệm.',
      origin: { place: ORIGIN, since: '2016-03' },
      adoptions: [{ place: PLACE_B, since: '2019' }, { place: PLACE_A }],
      programs: [PROGRAM],
      contacts: [CONTACT],
      newSources: [NEW_SOURCE],
    };
    const { body } = await s.as.editor<{ registerModel: { created: boolean; entity: Record<string, unknown> } }>(REGISTER, { input });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const source = 'src-zz-regmodel-bai-viet-ve-mo-hinh';
    assert.deepEqual(body.data?.registerModel, {
      created: true,
      entity: {
        slug: 'mdl-zz-regmodel-hoi-quan',
        name: 'Zz Regmodel Hội quán',
        aliases: [],
        description: 'Mô hình thử nghiệm.',
        sources: [{ slug: source, title: NEW_SOURCE.title, publisher: 'Báo Zz', publishedAt: '2023-04-02' }],
        category: 'Dân vận khéo',
        originPlace: { slug: 'pl-zz-regmodel-origin' },
        origin: { place: { slug: 'pl-zz-regmodel-origin', name: 'Zz Regmodel Xã gốc' }, since: null, sincePartial: { text: '2016-03', precision: 'MONTH' }, sources: [{ slug: source }], inferred: false },
        adoptions: [
          { place: { slug: 'pl-zz-regmodel-b' }, sincePartial: { text: '2019' }, sources: [{ slug: source }] },
          { place: { slug: 'pl-zz-regmodel-a' }, sincePartial: null, sources: [{ slug: source }] },
        ],
        programs: [{ slug: 'pr-zz-regmodel-program' }],
        contacts: [{ slug: 'org-zz-regmodel-contact', name: 'Zz Regmodel Ban Dân vận' }],
      },
    });

    // One write, one audit entry, naming every entity it touched and every node and relationship it wrote.
    const log = await s.as.admin<{ auditLog: { edges: { node: { operation: string; entitySlugs: string[]; sourceSlugs: string[]; changes: { kind: string; label: string; before: unknown }[] } }[] } }>(
      `query($id: ID!) { auditLog(filter: { entity: $id }) { edges { node { operation entitySlugs sourceSlugs changes { kind label before } } } } }`,
      { id: id('Model', 'mdl-zz-regmodel-hoi-quan') },
    );
    const entries = log.body.data!.auditLog.edges.map((e) => e.node);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.operation, 'registerModel');
    assert.deepEqual([...entries[0]!.entitySlugs].sort(), ['mdl-zz-regmodel-hoi-quan', 'org-zz-regmodel-contact', 'pl-zz-regmodel-a', 'pl-zz-regmodel-b', 'pl-zz-regmodel-origin', 'pr-zz-regmodel-program', source]);
    assert.deepEqual(entries[0]!.sourceSlugs, [source]);
    assert.deepEqual(
      entries[0]!.changes.map((c) => `${c.kind} ${c.label} ${c.before === null ? 'created' : 'changed'}`),
      ['NODE Source created', 'NODE Model created', 'RELATIONSHIP ORIGINATED_IN created', 'RELATIONSHIP ADOPTED_IN created', 'RELATIONSHIP ADOPTED_IN created', 'RELATIONSHIP BACKS created', 'RELATIONSHIP CONTACT_FOR created'],
    );
  });

  it('registering the same model again adds what is new and changes nothing else (an upsert, like createModel)', async () => {
    const { body } = await s.as.editor<{ registerModel: { created: boolean; entity: { sources: { slug: string }[]; adoptions: { place: { slug: string } }[] } } }>(REGISTER, {
      input: { name: 'Zz Regmodel Hội quán', adoptions: [{ place: PLACE_A, since: '2020-05-01' }], sources: [SEED_SOURCE_ID] },
    });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data!.registerModel.created, false);
    assert.deepEqual(body.data!.registerModel.entity.sources.map((x) => x.slug), ['src-zz-regmodel-bai-viet-ve-mo-hinh', SEED_SOURCE]);
    assert.deepEqual(body.data!.registerModel.entity.adoptions.map((a) => a.place.slug), ['pl-zz-regmodel-b', 'pl-zz-regmodel-a']);
  });

  it('refuses bad input before writing, naming every problem by its field', async () => {
    const dump = await dumpGraph(s.executor);
    const problemsOf = async (input: Record<string, unknown>) => {
      const { status, body } = await s.as.editor(REGISTER, { input });
      assert.deepEqual([status, errorOf(body).code], [200, 'BAD_USER_INPUT']);
      return (body.errors![0]!.extensions!.problems as { field: string; message: string }[]).map((p) => `${p.field}: ${p.message}`);
    };
    // Ids of the wrong kind are found as the resolver decodes them.
    assert.deepEqual(await problemsOf({ name: 'Zz Regmodel Khác', programs: [CONTACT], contacts: [PROGRAM], sources: [SEED_SOURCE_ID] }), [
      'input.programs[0]: must be the id of a Program, got the id of an Organization',
      'input.contacts[0]: must be the id of an Organization, got the id of a Program',
    ]);
    // The rest, all together, before any transaction.
    assert.deepEqual(
      await problemsOf({
        name: 'Zz Regmodel Khác',
        category: 'x'.repeat(LIMITS.shortText + 1),
        origin: { place: ORIGIN, since: '2021-02-30' },
        adoptions: [{ place: PLACE_A }, { place: PLACE_A, since: '2020' }],
      }),
      [
        `input.category: must be at most ${LIMITS.shortText} characters, got ${LIMITS.shortText + 1}`,
        'input.origin.since: "2021-02-30" is not a calendar date',
        'input.adoptions[1].place: repeats an earlier item',
        'input.sources: cite at least one source: give `sources` (ids of existing sources) or `newSources`',
      ],
    );
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('refuses a list longer than the limit', async () => {
    const dump = await dumpGraph(s.executor);
    const { body } = await s.as.editor(REGISTER, { input: { name: 'Zz Regmodel Dài', programs: Array.from({ length: LIMITS.modelLinks + 1 }, (_, i) => id('Program', `pr-zz-regmodel-p${i}`)), sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(body).code, errorOf(body).field], ['BAD_USER_INPUT', 'input.programs']);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('writes nothing, not even the new source or the model, when a relationship fails inside the transaction', async () => {
    const dump = await dumpGraph(s.executor);
    const { body } = await s.as.editor(REGISTER, {
      input: {
        name: 'Zz Regmodel Dở dang',
        origin: { place: ORIGIN, since: '2018' },
        adoptions: [{ place: PLACE_A }, { place: id('Place', 'pl-zz-regmodel-nowhere') }],
        newSources: [{ ...NEW_SOURCE, title: 'Zz Regmodel: nguồn không được lưu', url: 'https://example.org/zz-regmodel-unsaved' }],
      },
    });
    assert.deepEqual(errorOf(body), { code: 'BAD_USER_INPUT', field: 'input.adoptions[1].place', message: 'input.adoptions[1].place: names no Place ("pl-zz-regmodel-nowhere")' });
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('names the source a new one’s address already belongs to, instead of failing on a conflict', async () => {
    const dump = await dumpGraph(s.executor);
    const { body } = await s.as.editor(REGISTER, { input: { name: 'Zz Regmodel Nguồn trùng', newSources: [{ ...NEW_SOURCE, title: 'Zz Regmodel: cùng địa chỉ, tiêu đề khác' }] } });
    assert.deepEqual(errorOf(body), {
      code: 'BAD_USER_INPUT',
      field: 'input.newSources[0].url',
      message: 'input.newSources[0].url: is the address of a source already in the registry ("src-zz-regmodel-bai-viet-ve-mo-hinh"): cite that one in sources',
    });
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('is for editors: a viewer is refused and nothing changes', async () => {
    const dump = await dumpGraph(s.executor);
    const { status, body } = await s.as.viewer(REGISTER, { input: { name: 'Zz Regmodel Người xem', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([status, errorOf(body).code], [403, 'FORBIDDEN']);
    assert.equal(await dumpGraph(s.executor), dump);
  });
});
