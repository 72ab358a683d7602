// The merge preview: what mergeEntities would do, planned as it plans, with nothing written; then the merge does exactly that.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { errorOf, SEED_SOURCE, SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

const id = (label: string, slug: string) => toGlobalId(label, slug);
const KEEP = id('Organization', 'org-zz-mpv-keep');
const DROP = id('Organization', 'org-zz-mpv-drop');
const OTHER_SOURCE = 'src-001-giao-ban-dan-van-dbscl-2020';

const PREVIEW = `query Preview($survivor: ID!, $merged: ID!) {
  mergePreview(survivor: $survivor, merged: $merged) {
    survivor { slug name }
    merged { slug name }
    moved { ...link }
    droppedLoops { ...link }
    droppedDuplicates { ...link }
    observations { slug title observedAt }
    aliasesAdded
    sourcesAdded { slug }
    takenOver { field value }
    conflicts { field kept dropped }
  }
}
fragment link on MergePreviewLink { type outgoing other { slug } sources { slug } }`;

interface Link {
  type: string;
  outgoing: boolean;
  other: { slug: string };
  sources: { slug: string }[];
}
interface Preview {
  survivor: { slug: string; name: string };
  merged: { slug: string; name: string };
  moved: Link[];
  droppedLoops: Link[];
  droppedDuplicates: Link[];
  observations: { slug: string; title: string; observedAt: string }[];
  aliasesAdded: string[];
  sourcesAdded: { slug: string }[];
  takenOver: { field: string; value: unknown }[];
  conflicts: { field: string; kept: unknown; dropped: unknown }[];
}

describe('the merge preview', () => {
  let s: MutationSuite;
  const write = async (query: string, input: Record<string, unknown>) => {
    const { body } = await s.as.editor(query, { input: { sources: [SEED_SOURCE_ID], ...input } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  };
  const create = (kind: string, input: Record<string, unknown>) => write(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { created } }`, input);
  const link = (input: Record<string, unknown>) => write('mutation($input: LinkInput!) { link(input: $input) { created } }', input);
  const observe = (input: Record<string, unknown>) => write('mutation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { created } }', input);
  const preview = (survivor: string, merged: string) => s.as.admin<{ mergePreview: Preview }>(PREVIEW, { survivor, merged });

  before(async () => {
    s = await startMutationSuite('mpv');
    await create('Organization', { slug: 'org-zz-mpv-keep', name: 'Zz Mpv Ban Dân vận Tỉnh ủy', kind: 'PARTY_BOARD', line: 'PARTY', level: 'PROVINCE' });
    await create('Organization', {
      slug: 'org-zz-mpv-drop',
      name: 'Zz Mpv Ban Dân vận',
      aliases: ['Zz Mpv BDV'],
      kind: 'PARTY_BOARD',
      line: 'PARTY',
      level: 'DISTRICT',
      validFrom: '2001-05',
      sources: [id('Source', OTHER_SOURCE)],
    });
    await create('Person', { slug: 'per-zz-mpv-person', name: 'Zz Mpv Trần Thị Hoa' });
    await create('Event', { slug: 'ev-zz-mpv-event', name: 'Zz Mpv Hội nghị', kind: 'BRIEFING', date: '2021-03-04' });
    await create('Program', { slug: 'pr-zz-mpv-program', name: 'Zz Mpv Chương trình phối hợp', kind: 'COORDINATION_PROGRAM' });
    // Organised by both: a duplicate once merged.
    await link({ type: 'ORGANIZED', from: KEEP, to: id('Event', 'ev-zz-mpv-event') });
    await link({ type: 'ORGANIZED', from: DROP, to: id('Event', 'ev-zz-mpv-event'), sources: [id('Source', OTHER_SOURCE)] });
    // Between the two: a loop once merged.
    await link({ type: 'PART_OF', from: DROP, to: KEEP });
    // Only the merged one's: moves.
    await link({ type: 'PARTY_TO', from: DROP, to: id('Program', 'pr-zz-mpv-program') });
    await observe({ person: id('Person', 'per-zz-mpv-person'), organization: DROP, title: 'Trưởng Ban', observedAt: '2021-03-04' });
  });
  after(() => s.close());

  it('says what would move, what would be dropped and which values differ, writing nothing', async () => {
    const dump = await dumpGraph(s.executor);
    const { body } = await preview(KEEP, DROP);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const p = body.data!.mergePreview;
    assert.equal(p.observations.length, 1);
    assert.deepEqual(p, {
      survivor: { slug: 'org-zz-mpv-keep', name: 'Zz Mpv Ban Dân vận Tỉnh ủy' },
      merged: { slug: 'org-zz-mpv-drop', name: 'Zz Mpv Ban Dân vận' },
      moved: [{ type: 'PARTY_TO', outgoing: true, other: { slug: 'pr-zz-mpv-program' }, sources: [{ slug: SEED_SOURCE }] }],
      droppedLoops: [{ type: 'PART_OF', outgoing: true, other: { slug: 'org-zz-mpv-keep' }, sources: [{ slug: SEED_SOURCE }] }],
      droppedDuplicates: [{ type: 'ORGANIZED', outgoing: true, other: { slug: 'ev-zz-mpv-event' }, sources: [{ slug: OTHER_SOURCE }] }],
      observations: [{ slug: p.observations[0]!.slug, title: 'Trưởng Ban', observedAt: '2021-03-04' }],
      aliasesAdded: ['Zz Mpv Ban Dân vận', 'Zz Mpv BDV'],
      sourcesAdded: [{ slug: OTHER_SOURCE }],
      takenOver: [{ field: 'validFrom', value: '2001-05' }],
      conflicts: [{ field: 'level', kept: 'PROVINCE', dropped: 'DISTRICT' }],
    });
    assert.match(p.observations[0]!.slug, /^ro-/);
    assert.equal(await dumpGraph(s.executor), dump, 'a preview writes nothing, not even an audit entry');
  });

  it('swapped, keeps the other’s values', async () => {
    const { body } = await preview(DROP, KEEP);
    const p = body.data!.mergePreview;
    assert.deepEqual([p.survivor.slug, p.conflicts, p.takenOver], ['org-zz-mpv-drop', [{ field: 'level', kept: 'DISTRICT', dropped: 'PROVINCE' }], []]);
    // The keep side's PART_OF arrives at the drop side: the same loop seen from its other end.
    assert.deepEqual(p.droppedLoops.map((l) => [l.type, l.outgoing, l.other.slug]), [['PART_OF', false, 'org-zz-mpv-drop']]);
  });

  it('is refused to an editor and to anyone without a key, and checks its ids as the merge does', async () => {
    const editor = await s.as.editor(PREVIEW, { survivor: KEEP, merged: DROP });
    assert.deepEqual([editor.status, errorOf(editor.body).code], [403, 'FORBIDDEN']);
    const anonymous = await s.as.anonymous(PREVIEW, { survivor: KEEP, merged: DROP });
    assert.deepEqual([anonymous.status, errorOf(anonymous.body).code], [401, 'UNAUTHENTICATED']);
    const kinds = await preview(KEEP, id('Person', 'per-zz-mpv-person'));
    assert.deepEqual([errorOf(kinds.body).code, errorOf(kinds.body).field], ['BAD_USER_INPUT', 'merged']);
    const self = await preview(KEEP, KEEP);
    assert.deepEqual([errorOf(self.body).code, errorOf(self.body).field], ['BAD_USER_INPUT', 'merged']);
    const missing = await preview(KEEP, id('Organization', 'org-zz-mpv-nobody'));
    assert.deepEqual([errorOf(missing.body).code, errorOf(missing.body).field], ['BAD_USER_INPUT', 'merged']);
  });

  it('is what the merge then does', async () => {
    const before = (await preview(KEEP, DROP)).body.data!.mergePreview;
    const { body } = await s.as.admin<{ mergeEntities: { movedRelationships: number; droppedRelationships: number; survivor: { slug: string; aliases: string[]; sources: { slug: string }[] } } }>(
      'mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { movedRelationships droppedRelationships survivor { slug aliases sources { slug } } } }',
      { input: { survivor: KEEP, merged: DROP, sources: [SEED_SOURCE_ID] } },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const merge = body.data!.mergeEntities;
    // The observation's IN_ORGANIZATION is one of the relationships moved.
    assert.deepEqual([merge.movedRelationships, merge.droppedRelationships], [before.moved.length + before.observations.length, before.droppedLoops.length + before.droppedDuplicates.length]);
    assert.deepEqual(merge.survivor.aliases, before.aliasesAdded);
    assert.deepEqual(merge.survivor.sources.map((x) => x.slug).sort(), [SEED_SOURCE, ...before.sourcesAdded.map((x) => x.slug)].sort());
    const stored = await s.executor.read<{ level: string; validFrom: string }>("MATCH (o:Organization {id: 'org-zz-mpv-keep'}) RETURN o.level AS level, toString(o.validFrom) AS validFrom");
    assert.deepEqual(stored, [{ level: 'PROVINCE', validFrom: before.takenOver[0]!.value }]);
    // The merged id now finds the survivor: a preview of it with the survivor is the same entity twice.
    const again = await preview(KEEP, DROP);
    assert.deepEqual([errorOf(again.body).code, errorOf(again.body).field], ['BAD_USER_INPUT', 'merged']);
  });
});
