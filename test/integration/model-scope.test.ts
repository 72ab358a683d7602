// The stored scope of models (docs/decisions/032) kept true by every kind of
// write: after each, the stored IN_SCOPE_OF equal the walk they stand for
// (MODEL_SCOPE_OFFENDERS), and a place's model list, read from them, lists
// what the walk would. The places are the suite's own: a commune in a
// district in a province that merged into a new one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { MODEL_SCOPE_OFFENDERS } from '../helpers/graph-invariants.js';
import { removeSuiteData, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const OLD_PROVINCE = 'pl-zz-scope-tinh-cu';
const NEW_PROVINCE = 'pl-zz-scope-tinh-moi';
const DISTRICT = 'pl-zz-scope-huyen';
const COMMUNE = 'pl-zz-scope-xa';
const OTHER_COMMUNE = 'pl-zz-scope-xa-khac';
const MODEL = 'mdl-zz-scope-hoi-quan';
const SECOND = 'mdl-zz-scope-to-tu-quan';

const LIST = `query($place: ID!, $orderBy: ModelOrderBy) { models(filter: { place: $place }, orderBy: $orderBy, first: 10) { totalCount edges { node { id } } } }`;

/** A place's models by name as the place filter's walk finds them (api/db/place/place-scope.ts, both ways followed). */
async function walked(s: MutationSuite, place: string): Promise<string[]> {
  const rows = await s.executor.read<{ id: string }>(
    `MATCH (:Place {id: $place})<-[:PART_OF|SUCCEEDED_BY*0..]-(:Place)<-[:ORIGINATED_IN|ADOPTED_IN]-(m:Model)
     WITH DISTINCT m ORDER BY m.sortKey, m.id RETURN m.id AS id`,
    { place },
  );
  return rows.map((r) => id('Model', r.id));
}

describe('the stored scope of models follows every write', () => {
  let s: MutationSuite;
  let before0: string;
  const write = async (query: string, input: Record<string, unknown>, as: 'editor' | 'admin' = 'editor') => {
    const { body } = await s.as[as]<Record<string, unknown>>(query, { input });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!;
  };
  const link = (type: string, from: [string, string], to: [string, string], extra: Record<string, unknown> = {}) =>
    write('mutation($input: LinkInput!) { link(input: $input) { created } }', { type, from: id(...from), to: id(...to), sources: [SEED_SOURCE_ID], ...extra });
  const unlink = (type: string, from: [string, string], to: [string, string]) =>
    write('mutation($input: UnlinkInput!) { unlink(input: $input) { removed } }', { type, from: id(...from), to: id(...to), sources: [SEED_SOURCE_ID] });
  /** The models a place lists by name (both ways), read from the stored scope; asserted to be the walk's first. */
  const listed = async (place: string): Promise<string[]> => {
    assert.deepEqual(await s.executor.read(MODEL_SCOPE_OFFENDERS), []);
    const ask = async (orderBy: string) => {
      const { body } = await s.as.viewer<{ models: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, { place: id('Place', place), orderBy });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(body.data!.models.totalCount, body.data!.models.edges.length);
      return body.data!.models.edges.map((e) => e.node.id);
    };
    const ascending = await ask('NAME_ASC');
    assert.deepEqual(await ask('NAME_DESC'), [...ascending].reverse());
    assert.deepEqual(ascending, await walked(s, place));
    return ascending;
  };
  const M = id('Model', MODEL);
  const M2 = id('Model', SECOND);

  before(async () => {
    s = await startMutationSuite('scope');
    before0 = await dumpGraph(s.executor);
    const place = (slug: string, name: string, kind: string, dates: Record<string, string> = {}) =>
      write('mutation($input: CreatePlaceInput!) { createPlace(input: $input) { created } }', { slug, name, kind, sources: [SEED_SOURCE_ID], ...dates });
    await place(OLD_PROVINCE, 'Zz Scope Tỉnh cũ', 'PROVINCE', { validTo: '2025-06-30' });
    await place(NEW_PROVINCE, 'Zz Scope Tỉnh mới', 'PROVINCE', { validFrom: '2025-07-01' });
    await place(DISTRICT, 'Zz Scope Huyện', 'DISTRICT');
    await place(COMMUNE, 'Zz Scope Xã', 'COMMUNE');
    await place(OTHER_COMMUNE, 'Zz Scope Xã khác', 'COMMUNE');
    await link('PART_OF', ['Place', COMMUNE], ['Place', DISTRICT]);
    await link('PART_OF', ['Place', DISTRICT], ['Place', OLD_PROVINCE]);
    await link('SUCCEEDED_BY', ['Place', OLD_PROVINCE], ['Place', NEW_PROVINCE], { date: '2025-07-01', kind: 'MERGED_INTO', note: 'Zz hợp nhất.' });
  });
  after(async () => {
    await removeSuiteData(s.executor, 'scope');
    assert.equal(await dumpGraph(s.executor), before0, 'the suite leaves the database as it found it');
    await s.close();
  });

  it('lists for every place of the seed what the walk lists, in both name orders', async () => {
    const places = await s.executor.read<{ id: string }>("MATCH (p:Place) WHERE NOT p.id CONTAINS 'zz-' RETURN p.id AS id ORDER BY id");
    assert.ok(places.length > 10);
    const counts = [];
    for (const { id: place } of places) counts.push((await listed(place)).length);
    // Some list nothing, some several: the comparison is not between empty lists only.
    assert.ok(Math.max(...counts) >= 2 && Math.min(...counts) === 0, JSON.stringify(counts));
  });

  it('lists a new model under its place, what contains it and what that became', async () => {
    await write('mutation($input: CreateModelInput!) { createModel(input: $input) { created } }', { slug: MODEL, name: 'Zz Scope Hội quán', sources: [SEED_SOURCE_ID] });
    assert.deepEqual(await listed(COMMUNE), []);
    await link('ORIGINATED_IN', ['Model', MODEL], ['Place', COMMUNE]);
    for (const place of [COMMUNE, DISTRICT, OLD_PROVINCE, NEW_PROVINCE]) assert.deepEqual(await listed(place), [M], place);
    assert.deepEqual(await listed(OTHER_COMMUNE), []);
  });

  it('follows a model taken up elsewhere, and orders by the name as renamed', async () => {
    await write('mutation($input: CreateModelInput!) { createModel(input: $input) { created } }', { slug: SECOND, name: 'Zz Scope Tổ tự quản', sources: [SEED_SOURCE_ID] });
    await link('ADOPTED_IN', ['Model', SECOND], ['Place', OTHER_COMMUNE], { since: '2024' });
    assert.deepEqual(await listed(NEW_PROVINCE), [M]);
    await link('PART_OF', ['Place', OTHER_COMMUNE], ['Place', DISTRICT]);
    assert.deepEqual(await listed(NEW_PROVINCE), [M, M2]);
    await write('mutation($input: UpdateModelInput!) { updateModel(input: $input) { created } }', { id: M, name: 'Zz Scope Ư Hội quán', sources: [SEED_SOURCE_ID] });
    assert.deepEqual(await listed(NEW_PROVINCE), [M2, M]);
  });

  it('drops what a removed step or link no longer reaches', async () => {
    await unlink('PART_OF', ['Place', DISTRICT], ['Place', OLD_PROVINCE]);
    assert.deepEqual(await listed(NEW_PROVINCE), []);
    assert.deepEqual(await listed(DISTRICT), [M2, M]);
    await link('PART_OF', ['Place', DISTRICT], ['Place', OLD_PROVINCE]);
    await unlink('ADOPTED_IN', ['Model', SECOND], ['Place', OTHER_COMMUNE]);
    assert.deepEqual(await listed(NEW_PROVINCE), [M]);
    await link('ADOPTED_IN', ['Model', SECOND], ['Place', OTHER_COMMUNE], { since: '2024' });
  });

  it('follows a merge of places and its undo', async () => {
    const merged = await write('mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { mergedSlug } }', { survivor: id('Place', COMMUNE), merged: id('Place', OTHER_COMMUNE), sources: [SEED_SOURCE_ID] }, 'admin');
    assert.ok(merged);
    assert.deepEqual(await listed(COMMUNE), [M2, M]);
    // The second model's link now ends at the survivor; taking it back out is an ordinary unlink, audited and undoable.
    await unlink('ADOPTED_IN', ['Model', SECOND], ['Place', COMMUNE]);
    assert.deepEqual(await listed(COMMUNE), [M]);
    const [entry] = await s.executor.read<{ id: string }>("MATCH (a:AuditEntry {operation: 'unlink'}) WHERE $model IN a.entityIds RETURN a.id AS id ORDER BY a.at DESC LIMIT 1", { model: SECOND });
    await write('mutation($input: UndoChangeInput!) { undoChange(input: $input) { restored } }', { entry: entry!.id }, 'admin');
    assert.deepEqual(await listed(NEW_PROVINCE), [M2, M]);
  });

  it('stays true when links and steps above them are written at the same moment', async () => {
    // Each round links the models below the district while the district's province is changed above them,
    // all at once, and the stored scope must still be the walk's (no copy twice, no deadlock left unretried).
    // The race the place locks close (a refresh walking before another mutation commits its step) is narrow:
    // with the locks taken out, three runs of this test did not hit it. A guard, not a proof (decision 032).
    const models = ['mdl-zz-scope-dong-thoi-1', 'mdl-zz-scope-dong-thoi-2', 'mdl-zz-scope-dong-thoi-3'];
    for (const slug of models) await write('mutation($input: CreateModelInput!) { createModel(input: $input) { created } }', { slug, name: `Zz Scope ${slug.slice(-1)}`, sources: [SEED_SOURCE_ID] });
    for (let round = 0; round < 4; round++) {
      const linking = round % 2 === 0;
      await Promise.all([
        ...models.map((slug) => (linking ? link('ADOPTED_IN', ['Model', slug], ['Place', COMMUNE], { since: '2024' }) : unlink('ADOPTED_IN', ['Model', slug], ['Place', COMMUNE]))),
        linking ? unlink('PART_OF', ['Place', DISTRICT], ['Place', OLD_PROVINCE]) : link('PART_OF', ['Place', DISTRICT], ['Place', OLD_PROVINCE]),
      ]);
      assert.deepEqual(await s.executor.read(MODEL_SCOPE_OFFENDERS), [], `round ${round}`);
    }
    assert.deepEqual(await listed(NEW_PROVINCE), [M2, M]);
    for (const slug of models) await write('mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }', { id: id('Model', slug), rule: 'DETACH', sources: [SEED_SOURCE_ID] }, 'admin');
  });

  it('lets a model and a place go with their stored scope', async () => {
    await write('mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }', { id: M2, rule: 'DETACH', sources: [SEED_SOURCE_ID] }, 'admin');
    assert.deepEqual(await listed(NEW_PROVINCE), [M]);
    await write('mutation($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedSlug } }', { id: id('Place', NEW_PROVINCE), rule: 'DETACH', sources: [SEED_SOURCE_ID] }, 'admin');
    assert.deepEqual(await listed(OLD_PROVINCE), [M]);
    const left = await s.executor.read<{ n: number }>('MATCH ()-[s:IN_SCOPE_OF]->() WHERE s.place = $place OR s.model = $model RETURN count(s) AS n', { place: NEW_PROVINCE, model: SECOND });
    assert.deepEqual(left, [{ n: 0 }]);
  });
});
