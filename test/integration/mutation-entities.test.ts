// Creating and updating every kind of entity through the API: upserts on
// stable ids, the stored shape the seed loader would write, provenance,
// validation before any write, and no lost update under concurrency.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchTextOf, vietnameseSortKey } from '../../model/text.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { entityRow } from '../../model/rows.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const SUITE = 'ent';

const CREATE = (kind: string) => `mutation Create($input: Create${kind}Input!) {
  create${kind}(input: $input) { created entity { __typename id slug name aliases description sources { slug } inferred inferenceNote } }
}`;
const UPDATE = (kind: string) => `mutation Update($input: Update${kind}Input!) {
  update${kind}(input: $input) { created entity { id slug name aliases description sources { slug } inferred inferenceNote } }
}`;

interface EntityResult {
  created: boolean;
  entity: { __typename: string; id: string; slug: string; name: string; aliases: string[]; description: string | null; sources: { slug: string }[]; inferred: boolean; inferenceNote: string | null };
}

/** One valid create per kind, with the kind's own fields. */
const KINDS: Record<string, { slug: string; input: Record<string, unknown> }> = {
  Person: { slug: 'per-zz-ent-nguyen-van-a', input: { name: 'Zz Ent Nguyễn Văn A' } },
  Organization: { slug: 'org-zz-ent-ban-dan-van', input: { name: 'Zz Ent Ban Dân vận', kind: 'PARTY_BOARD', level: 'PROVINCE', line: 'PARTY' } },
  Event: { slug: 'ev-zz-ent-hoi-nghi', input: { name: 'Zz Ent Hội nghị', kind: 'REVIEW_CONFERENCE', date: '2021-03', online: true } },
  Program: { slug: 'pr-zz-ent-chuong-trinh', input: { name: 'Zz Ent Chương trình', kind: 'COORDINATION_PROGRAM', startYear: 2021, endYear: 2025 } },
  Model: { slug: 'mdl-zz-ent-hoi-quan', input: { name: 'Zz Ent Hội quán', category: 'Dân vận khéo' } },
  Campaign: { slug: 'cmp-zz-ent-nam-dan-van', input: { name: 'Zz Ent Năm Dân vận', kind: 'THEMED_YEAR', year: 2020 } },
  Document: { slug: 'doc-zz-ent-chi-thi', input: { name: 'Zz Ent Chỉ thị', kind: 'DIRECTIVE', number: '05-CT/TW', issuedAt: '2016-05-15' } },
  Award: { slug: 'aw-zz-ent-bang-khen', input: { name: 'Zz Ent Bằng khen', collectives: 3, individuals: 6 } },
  Place: { slug: 'pl-zz-ent-xa', input: { name: 'Zz Ent Xã', kind: 'COMMUNE', validFrom: '2020', validTo: '2025-06-30' } },
};

describe('creating and updating entities', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite(SUITE);
  });
  after(() => s.close());

  const stored = async (label: string, id: string) =>
    (await s.executor.read<{ props: Record<string, unknown> }>(`MATCH (n:${label} {id: $id}) RETURN properties(n) AS props`, { id }))[0]?.props;

  for (const [kind, { slug, input }] of Object.entries(KINDS)) {
    it(`creates a ${kind} whose node is exactly what the seed loader writes for the same record`, async () => {
      const { status, body } = await s.as.editor<{ [k: string]: EntityResult }>(CREATE(kind), { input: { ...input, aliases: ['Zz viết tắt'], sources: [SEED_SOURCE_ID] } });
      assert.equal(status, 200, JSON.stringify(body.errors));
      const result = body.data![`create${kind}`]!;
      assert.equal(result.created, true);
      assert.equal(result.entity.__typename, kind);
      assert.equal(result.entity.slug, slug, 'the id derives from the kind and the folded name');
      assert.deepEqual(result.entity.sources.map((x) => x.slug), [SEED_SOURCE]);
      const props = (await stored(kind, slug))!;
      const expected = entityRow(kind as never, { id: slug, ...input, aliases: ['Zz viết tắt'], sources: [SEED_SOURCE] });
      for (const [key, value] of Object.entries(expected.props)) assert.deepEqual(props[key], value, `${kind}.${key}`);
      for (const [key, value] of Object.entries(expected.dates)) assert.equal(props[key] === undefined ? null : String(props[key]), value, `${kind}.${key}`);
      for (const [key, value] of Object.entries(expected.ints)) assert.equal(props[key] ?? null, value, `${kind}.${key}`);
    });
  }

  it('creates a Source, which cites nothing', async () => {
    const { body } = await s.as.editor<{ createSource: EntityResult }>(CREATE('Source'), { input: { title: 'Zz Ent Bài báo', kind: 'ARTICLE', publishedAt: '2023-01-02', author: 'Thanh An' } });
    assert.equal(body.data?.createSource.entity.slug, 'src-zz-ent-bai-bao');
    assert.deepEqual(body.data?.createSource.entity.sources, []);
    const props = (await stored('Source', 'src-zz-ent-bai-bao'))!;
    assert.equal(props.publishedAtPrecision, 'DAY');
    assert.equal(props.sourceIds, undefined);
  });

  it('stores text in NFC, trimmed, with the folded search text and the Vietnamese sort key', async () => {
    const decomposed = '  Zz Ent Trần Thị Bích  '.normalize('NFD');
    const { body } = await s.as.editor<{ createPerson: EntityResult }>(CREATE('Person'), {
      input: { name: decomposed, aliases: ['Zz Bích'.normalize('NFD')], description: 'Cán bộ Hội quán', sources: [SEED_SOURCE_ID] },
    });
    const entity = body.data!.createPerson.entity;
    assert.equal(entity.name, 'Zz Ent Trần Thị Bích');
    assert.equal(entity.name, entity.name.normalize('NFC'));
    const props = (await stored('Person', entity.slug))!;
    assert.equal(props.searchText, searchTextOf('Zz Ent Trần Thị Bích', ['Zz Bích'], 'Cán bộ Hội quán'));
    assert.equal(props.sortKey, vietnameseSortKey('Zz Ent Trần Thị Bích'));
    const search = await s.as.anonymous<{ search: { edges: { node: { slug: string } }[] } }>('{ search(query: "zz ent tran thi bich hoi quan") { edges { node { slug } } } }');
    assert.ok(search.body.data?.search.edges.some((e) => e.node.slug === entity.slug), 'full-text search finds what the mutation wrote');
  });

  it('is an upsert: the same create twice leaves one entity whose aliases and sources are the union', async () => {
    const input = { slug: 'per-zz-ent-upsert', name: 'Zz Ent Upsert', aliases: ['A'], sources: [SEED_SOURCE_ID] };
    const first = await s.as.editor<{ createPerson: EntityResult }>(CREATE('Person'), { input });
    const second = await s.as.editor<{ createPerson: EntityResult }>(CREATE('Person'), {
      input: { ...input, aliases: ['B'], sources: [toGlobalId('Source', 'src-001-giao-ban-dan-van-dbscl-2020')], newSources: [{ slug: 'src-zz-ent-upsert', title: 'Zz Ent nguồn', kind: 'ARTICLE' }] },
    });
    assert.equal(first.body.data?.createPerson.created, true);
    assert.equal(second.body.data?.createPerson.created, false, JSON.stringify(second.body.errors));
    assert.deepEqual(second.body.data?.createPerson.entity.aliases, ['A', 'B']);
    assert.ok(second.body.data?.createPerson.entity.sources.some((x) => x.slug === 'src-zz-ent-upsert'));
    assert.ok(second.body.data?.createPerson.entity.sources.some((x) => x.slug === SEED_SOURCE));
    const count = await s.executor.read<{ n: number }>('MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id: 'per-zz-ent-upsert' });
    assert.equal(count[0]?.n, 1);
  });

  it('updates given fields, clears a field given as null, keeps the rest, and adds the cited sources', async () => {
    const { body: created } = await s.as.editor<{ createModel: EntityResult }>(CREATE('Model'), {
      input: { slug: 'mdl-zz-ent-update', name: 'Zz Ent Mô hình', description: 'Cũ', category: 'Dân vận khéo', aliases: ['X', 'Y'], sources: [SEED_SOURCE_ID] },
    });
    const id = created.data!.createModel.entity.id;
    const { body } = await s.as.editor<{ updateModel: EntityResult }>(UPDATE('Model'), {
      input: { id, description: null, addAliases: ['Z'], removeAliases: ['X'], inferred: true, inferenceNote: 'why', newSources: [{ slug: 'src-zz-ent-update', title: 'Zz Ent cập nhật', kind: 'ARTICLE' }] },
    });
    const entity = body.data!.updateModel.entity;
    assert.equal(entity.name, 'Zz Ent Mô hình');
    assert.equal(entity.description, null);
    assert.deepEqual(entity.aliases, ['Y', 'Z']);
    assert.deepEqual(entity.sources.map((x) => x.slug).sort(), [SEED_SOURCE, 'src-zz-ent-update'].sort());
    assert.equal(entity.inferred, true);
    assert.equal(entity.inferenceNote, 'why');
    const props = (await stored('Model', 'mdl-zz-ent-update'))!;
    assert.equal(props.category, 'Dân vận khéo');
    assert.equal(props.searchText, searchTextOf('Zz Ent Mô hình', ['Y', 'Z'], undefined), 'the search text follows the change');
    const stated = await s.as.editor<{ updateModel: EntityResult }>(UPDATE('Model'), { input: { id, inferred: false, sources: [SEED_SOURCE_ID] } });
    assert.equal(stated.body.data?.updateModel.entity.inferred, false);
    assert.equal(stated.body.data?.updateModel.entity.inferenceNote, null);
  });

  it('refuses what would break the entity as a whole, naming the field, and writes nothing', async () => {
    const { body: created } = await s.as.editor<{ createProgram: EntityResult }>(CREATE('Program'), {
      input: { slug: 'pr-zz-ent-period', name: 'Zz Ent Period', kind: 'COORDINATION_PLAN', startYear: 2021, endYear: 2022, sources: [SEED_SOURCE_ID] },
    });
    const id = created.data!.createProgram.entity.id;
    const dump = await dumpGraph(s.executor);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ id, endYear: 2019 }, 'input.endYear'],
      [{ id, kind: null }, 'input.kind'],
      [{ id, name: null }, 'input.name'],
      [{ id, inferred: true }, 'input.inferenceNote'],
      [{ id, inferenceNote: 'orphan note' }, 'input.inferred'],
      [{ id: toGlobalId('Program', 'pr-zz-ent-nobody') }, 'input.id'],
      [{ id: toGlobalId('Person', 'per-zz-ent-upsert') }, 'input.id'],
      [{ id, sources: [] }, 'input.sources'],
      [{ id, sources: [toGlobalId('Source', 'src-zz-ent-missing')] }, 'input.sources[0]'],
    ];
    for (const [input, field] of cases) {
      const { status, body } = await s.as.editor(UPDATE('Program'), { input: { sources: [SEED_SOURCE_ID], ...input } });
      assert.equal(errorOf(body).code, 'BAD_USER_INPUT', `${JSON.stringify(input)}: ${JSON.stringify(body)}`);
      assert.equal(errorOf(body).field, field, JSON.stringify(input));
      assert.equal(status, 200);
    }
    assert.equal(await dumpGraph(s.executor), dump, 'nothing was written, not even an audit entry');
  });

  it('refuses a create that cites no source, and one whose new source is invalid, writing nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const none = await s.as.editor(CREATE('Person'), { input: { name: 'Zz Ent Không nguồn' } });
    assert.deepEqual([errorOf(none.body).code, errorOf(none.body).field], ['BAD_USER_INPUT', 'input.sources']);
    const badNew = await s.as.editor(CREATE('Person'), { input: { name: 'Zz Ent Nguồn sai', newSources: [{ title: 'Zz Ent x', kind: 'ARTICLE', publishedAt: '2021-02-30' }] } });
    assert.deepEqual([errorOf(badNew.body).code, errorOf(badNew.body).field], ['BAD_USER_INPUT', 'input.newSources[0].publishedAt']);
    const badSlug = await s.as.editor(CREATE('Person'), { input: { slug: 'org-zz-ent-wrong-kind', name: 'Zz Ent x', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(badSlug.body).code, errorOf(badSlug.body).field], ['BAD_USER_INPUT', 'input.slug']);
    const noLetters = await s.as.editor(CREATE('Person'), { input: { name: '“”', sources: [SEED_SOURCE_ID] } });
    assert.deepEqual([errorOf(noLetters.body).code, errorOf(noLetters.body).field], ['BAD_USER_INPUT', 'input.slug']);
    assert.equal(await dumpGraph(s.executor), dump);
  });

  it('runs the mutations of one operation in order, each seeing what the one before wrote', async () => {
    const source = toGlobalId('Source', 'src-zz-ent-serial');
    const { body } = await s.as.editor<Record<string, { entity: { sources?: { title: string }[] } }>>(
      `mutation Serial {
        first: createPerson(input: { slug: "per-zz-ent-serial", name: "Zz Ent Serial", newSources: [{ slug: "src-zz-ent-serial", title: "Zz Ent cũ", kind: ARTICLE }] }) { entity { sources { title } } }
        rename: updateSource(input: { id: "${source}", title: "Zz Ent mới" }) { entity { name } }
        again: updatePerson(input: { id: "${toGlobalId('Person', 'per-zz-ent-serial')}", addAliases: ["S"], sources: ["${source}"] }) { entity { sources { title } } }
      }`,
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data?.first?.entity.sources, [{ title: 'Zz Ent cũ' }]);
    assert.deepEqual(body.data?.again?.entity.sources, [{ title: 'Zz Ent mới' }], 'no stale source from the request’s loader cache');
  });

  it('records who, when, which operation and the entity before and after, in the audit trail', async () => {
    const { body } = await s.as.editor<{ createAward: EntityResult }>(CREATE('Award'), { input: { slug: 'aw-zz-ent-audit', name: 'Zz Ent Audit', collectives: 1, sources: [SEED_SOURCE_ID] } });
    await s.as.editor(UPDATE('Award'), { input: { id: body.data!.createAward.entity.id, collectives: 2, sources: [SEED_SOURCE_ID] } });
    const rows = await s.executor.read<{ operation: string; actorKeyId: string; actorName: string; changes: string; at: unknown }>(
      "MATCH (a:AuditEntry) WHERE 'aw-zz-ent-audit' IN a.entityIds RETURN a.operation AS operation, a.actorKeyId AS actorKeyId, a.actorName AS actorName, a.changes AS changes, a.at AS at ORDER BY a.at",
    );
    assert.deepEqual(rows.map((r) => r.operation), ['createAward', 'updateAward']);
    assert.ok(rows.every((r) => r.actorKeyId === s.keys.editor.id && r.actorName === s.keys.editor.name && r.at));
    const [created, updated] = rows.map((r) => JSON.parse(r.changes) as { label: string; id: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[]);
    assert.equal(created![0]!.before, null);
    assert.equal(created![0]!.after.collectives, 1);
    assert.equal(updated![0]!.before!.collectives, 1);
    assert.equal(updated![0]!.after.collectives, 2);
    assert.equal(updated![0]!.after.searchText, undefined, 'derived properties are left out of the trail');
  });
});

describe('concurrent writes', () => {
  let s: MutationSuite;
  before(async () => {
    s = await startMutationSuite('conc');
  });
  after(() => s.close());

  it('twenty concurrent identical creates leave exactly one node, and one audit entry says it was created', async () => {
    const input = { name: 'Zz Conc Hội quán đồng thời', category: 'Dân vận khéo', aliases: ['Zz HQ'], sources: [SEED_SOURCE_ID] };
    const results = await Promise.all(Array.from({ length: 20 }, () => s.as.editor<{ createModel: EntityResult }>(CREATE('Model'), { input })));
    for (const r of results) assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    assert.equal(results.filter((r) => r.body.data?.createModel.created).length, 1);
    const nodes = await s.executor.read<{ n: number }>('MATCH (m:Model) WHERE m.name = $name RETURN count(m) AS n', { name: input.name });
    assert.equal(nodes[0]?.n, 1);
    const audit = await s.executor.read<{ changes: string }>("MATCH (a:AuditEntry {operation: 'createModel'}) WHERE 'mdl-zz-conc-hoi-quan-dong-thoi' IN a.entityIds RETURN a.changes AS changes");
    assert.equal(audit.length, 20, 'every acknowledged call has its entry');
    assert.equal(audit.filter((a) => (JSON.parse(a.changes) as { before: unknown }[])[0]!.before === null).length, 1);
  });

  it('one hundred concurrent alias additions to one entity keep all one hundred aliases', async () => {
    const { body } = await s.as.editor<{ createPerson: EntityResult }>(CREATE('Person'), { input: { slug: 'per-zz-conc-aliases', name: 'Zz Conc Aliases', sources: [SEED_SOURCE_ID] } });
    const id = body.data!.createPerson.entity.id;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => s.as.editor(UPDATE('Person'), { input: { id, addAliases: [`Zz alias ${i}`], sources: [SEED_SOURCE_ID] } })),
    );
    for (const r of results) assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const props = (await s.executor.read<{ aliases: string[]; searchText: string }>('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.searchText AS searchText', { id: 'per-zz-conc-aliases' }))[0]!;
    assert.equal(props.aliases.length, 100);
    assert.deepEqual([...props.aliases].sort(), Array.from({ length: 100 }, (_, i) => `Zz alias ${i}`).sort());
    assert.equal(props.searchText, searchTextOf('Zz Conc Aliases', props.aliases, undefined), 'the derived search text matches the final aliases');
  });

  it('concurrent updates of different fields of one entity all land', async () => {
    const { body } = await s.as.editor<{ createEvent: EntityResult }>(CREATE('Event'), { input: { slug: 'ev-zz-conc-fields', name: 'Zz Conc Fields', kind: 'BRIEFING', sources: [SEED_SOURCE_ID] } });
    const id = body.data!.createEvent.entity.id;
    const sources = Array.from({ length: 10 }, (_, i) => ({ slug: `src-zz-conc-${i}`, title: `Zz Conc nguồn ${i}`, kind: 'ARTICLE' }));
    await Promise.all([
      s.as.editor(UPDATE('Event'), { input: { id, date: '2022-05-06', sources: [SEED_SOURCE_ID] } }),
      s.as.editor(UPDATE('Event'), { input: { id, online: false, sources: [SEED_SOURCE_ID] } }),
      s.as.editor(UPDATE('Event'), { input: { id, description: 'Mô tả', sources: [SEED_SOURCE_ID] } }),
      ...sources.map((source) => s.as.editor(UPDATE('Event'), { input: { id, newSources: [source] } })),
    ]);
    const props = (await s.executor.read<{ p: Record<string, unknown> }>('MATCH (e:Event {id: $id}) RETURN properties(e) AS p', { id: 'ev-zz-conc-fields' }))[0]!.p;
    assert.equal(props.date, '2022-05-06');
    assert.equal(props.online, false);
    assert.equal(props.description, 'Mô tả');
    assert.equal((props.sourceIds as string[]).length, 11, 'every cited source was added');
  });
});
