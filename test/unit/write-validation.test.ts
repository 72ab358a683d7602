import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Checker } from '../../api/write/checker.js';
import { applyEntityChange, checkEntityChange, checkEntityRecord } from '../../api/write/entity-change.js';
import { InputError } from '../../api/write/input-error.js';
import { mergeRecords, planRelationshipMerge, recordMergeEffect } from '../../api/write/merge-plan.js';
import { factId, slugFromName } from '../../api/write/slug.js';
import type { StoredRelationship } from '../../api/db/write/relationship.writes.js';

const problems = (check: (c: Checker) => void) => {
  const c = new Checker();
  check(c);
  return c.problems.map((p) => p.field);
};

describe('field checks', () => {
  it('accept partial dates at each precision, and only real calendar dates', () => {
    const c = new Checker();
    assert.deepEqual(['2020', '2020-06', '2024-02-29'].map((d) => c.partialDate('d', d)), ['2020', '2020-06', '2024-02-29']);
    for (const bad of ['2021-02-29', '2021-02-30', '2021-13', '2021-00', '2021-1-5', '20210', '2021/02/03', '']) {
      assert.deepEqual(problems((cc) => cc.partialDate('d', bad)), ['d'], bad);
    }
  });

  it('normalise text to NFC, trimmed, and bound its length in characters, not UTF-16 units', () => {
    const c = new Checker();
    assert.equal(c.text('t', '  Hội quán '.normalize('NFD'), { max: 10 }), 'Hội quán');
    assert.equal(c.text('t', '𝓐'.repeat(10), { max: 10 }), '𝓐'.repeat(10));
    assert.deepEqual(problems((cc) => cc.text('t', 'a'.repeat(11), { max: 10 })), ['t']);
    assert.deepEqual(problems((cc) => cc.text('t', 'a\nb', { max: 10 })), ['t']);
    assert.equal(new Checker().text('t', 'a\nb', { max: 10, multiline: true }), 'a\nb');
  });

  it('refuse control characters, bidirectional formatting and unpaired surrogates, and keep paired ones', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'abc\u202Edcba', 'a\u2066b\u2069', 'a\uD800b', '\uDC00', 'a\uDC00\uD800b']) {
      assert.deepEqual(problems((cc) => cc.text('t', bad, { max: 10 })), ['t'], JSON.stringify(bad));
    }
    assert.deepEqual(
      ['a\uD800b', 'abc\u202Edcba'].map((bad) => {
        const c = new Checker();
        c.text('t', bad, { max: 10 });
        return c.problems[0]!.message;
      }),
      ['must be Unicode text: it holds half of a surrogate pair', 'must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069)'],
    );
    // A right-to-left mark (U+200F) is not formatting of that kind, and an astral character is a pair.
    assert.equal(new Checker().text('t', 'a\u200Fb 𝓐', { max: 10 }), 'a\u200Fb 𝓐');
  });

  it('require a slug of the kind’s prefix', () => {
    assert.deepEqual(problems((c) => c.slug('s', 'org-x', 'per-')), ['s']);
    assert.deepEqual(problems((c) => c.slug('s', 'per-Nguyen', 'per-')), ['s']);
    assert.deepEqual(problems((c) => c.slug('s', 'per-nguyen-van-a', 'per-')), []);
  });
});

describe('ids', () => {
  it('derive from the kind and the folded name, deterministically', () => {
    assert.equal(slugFromName('mdl-', 'Hội quán'), 'mdl-hoi-quan');
    assert.equal(slugFromName('org-', 'Ban Dân vận Tỉnh ủy Đồng Tháp'), 'org-ban-dan-van-tinh-uy-dong-thap');
    assert.equal(slugFromName('per-', '“”'), null);
    const long = slugFromName('ev-', 'Hội nghị '.repeat(30))!;
    assert.ok(long.length <= 83 && !long.endsWith('-'), long);
  });

  it('of facts hash what identifies them', () => {
    assert.equal(factId('pa-', ['per-a', 'ev-b', 'SPOKE']), factId('pa-', ['per-a', 'ev-b', 'SPOKE']));
    assert.notEqual(factId('pa-', ['per-a', 'ev-b', 'SPOKE']), factId('pa-', ['per-a', 'ev-b', 'CHAIRED']));
    assert.match(factId('pa-', ['x']), /^pa-[0-9a-f]{16}$/);
  });
});

describe('entity changes', () => {
  it('report every problem of a create, with its field', () => {
    const c = new Checker();
    checkEntityChange(c, 'Organization', { name: 'x'.repeat(301), kind: 'CLUB', aliases: ['A', 'A'] }, 'input', 'create');
    assert.deepEqual(c.problems.map((p) => p.field), ['input.name', 'input.kind', 'input.aliases[1]', 'input.line']);
    assert.throws(() => c.done(), (e: unknown) => e instanceof InputError && e.field === 'input.name' && e.problems.length === 4);
  });

  it('refuse to clear a required field, and clear an optional one', () => {
    const c = new Checker();
    const change = checkEntityChange(c, 'Event', { kind: null, date: null }, 'input', 'update');
    assert.deepEqual(c.problems.map((p) => p.field), ['input.kind']);
    assert.deepEqual(change.set, { date: null });
  });

  it('apply to the stored record: aliases and sources only grow unless removed', () => {
    const before = { id: 'per-a', name: 'A', aliases: ['B', 'C'], sources: ['src-1'], description: 'd' };
    const change = { label: 'Person' as const, set: { description: null }, addAliases: ['D', 'A'], removeAliases: ['B'] };
    assert.deepEqual(applyEntityChange(before, 'per-a', change, ['src-2', 'src-1']), { id: 'per-a', name: 'A', aliases: ['C', 'D'], sources: ['src-1', 'src-2'] });
  });

  it('check the record as a whole: periods in order, inference explained, themed years dated', () => {
    const c = new Checker();
    checkEntityRecord(c, 'Program', { id: 'pr-a', name: 'P', kind: 'COORDINATION_PLAN', startYear: 2022, endYear: 2021, sources: ['s'], inferred: true }, 'input');
    checkEntityRecord(c, 'Place', { id: 'pl-a', name: 'P', kind: 'COMMUNE', validFrom: '2025-07', validTo: '2025-06-30', sources: ['s'] }, 'input');
    checkEntityRecord(c, 'Place', { id: 'pl-b', name: 'P', kind: 'COMMUNE', validFrom: '2025', validTo: '2025-06', sources: ['s'] }, 'other');
    checkEntityRecord(c, 'Campaign', { id: 'cmp-a', name: 'C', kind: 'THEMED_YEAR', sources: [] }, 'input');
    assert.deepEqual(c.problems.map((p) => p.field), ['input.inferenceNote', 'input.endYear', 'input.validTo', 'input.sources', 'input.year']);
  });
});

describe('merging', () => {
  const rel = (type: string, id: string, otherId: string, props: Record<string, unknown> = {}, outgoing = true): StoredRelationship => ({
    type: type as StoredRelationship['type'],
    id,
    outgoing,
    other: { label: 'Event', id: otherId },
    props: { id, sourceIds: ['src-1'], ...props },
  });

  it('moves relationships, drops loops and exact duplicates, and adds the duplicates’ sources to the kept one', () => {
    const survivor = [rel('PARTICIPATED_IN', 'pa-1', 'ev-a', { role: 'CHAIRED' })];
    const merged = [
      rel('PARTICIPATED_IN', 'pa-2', 'ev-a', { role: 'CHAIRED', sourceIds: ['src-2'] }),
      rel('PARTICIPATED_IN', 'pa-3', 'ev-a', { role: 'SPOKE' }),
      rel('PART_OF', 'po-1', 'per-survivor'),
    ];
    const plan = planRelationshipMerge('per-survivor', survivor, merged);
    assert.deepEqual(plan.move.map((r) => r.id), ['pa-3']);
    assert.deepEqual(plan.dropAsLoop.map((r) => r.id), ['po-1']);
    assert.deepEqual(plan.dropAsDuplicate.map((d) => [d.relationship.id, d.keptId]), [['pa-2', 'pa-1']]);
    assert.deepEqual(plan.addSources.get('pa-1')?.sourceIds, ['src-2']);
  });

  it('keeps the survivor’s values, takes over what only the merged one has, and remembers its id', () => {
    const merged = mergeRecords(
      'Person',
      { id: 'per-a', name: 'Lê Văn Bình', aliases: ['Bình'], sources: ['src-1'], inferred: true, inferenceNote: 'x' },
      { id: 'per-b', name: 'Lê Văn Binh', aliases: ['LVB'], sources: ['src-2'], description: 'từ bản kia', mergedIds: ['per-c'] },
      ['src-3'],
    );
    assert.deepEqual(merged, {
      id: 'per-a',
      name: 'Lê Văn Bình',
      aliases: ['Bình', 'Lê Văn Binh', 'LVB'],
      sources: ['src-1', 'src-2', 'src-3'],
      description: 'từ bản kia',
      mergedIds: ['per-b', 'per-c'],
    });
  });

  it('tells a preview what the survivor takes over, which values conflict, and the names and sources it gains', () => {
    const survivor = { id: 'org-a', name: 'Ban Dân vận Tỉnh ủy', aliases: ['BDV'], sources: ['src-1'], level: 'PROVINCE', kind: 'PARTY_BOARD', description: 'như nhau' };
    const other = { id: 'org-b', name: 'Ban Dân vận', aliases: ['BDV', 'Ban DV'], sources: ['src-1', 'src-2'], level: 'DISTRICT', kind: 'PARTY_BOARD', description: 'như nhau', validFrom: '2001-05', mergedIds: ['org-c'] };
    const result = mergeRecords('Organization', survivor, other, ['src-3']);
    assert.deepEqual(recordMergeEffect('Organization', survivor, other, result), {
      takenOver: [{ field: 'validFrom', value: '2001-05' }],
      conflicts: [{ field: 'level', kept: 'PROVINCE', dropped: 'DISTRICT' }],
      aliasesAdded: ['Ban Dân vận', 'Ban DV'],
      sourcesAdded: ['src-2', 'src-3'],
    });
    // The name is never a conflict (it becomes an alias); equal values are neither.
    const same = mergeRecords('Organization', survivor, survivor, []);
    assert.deepEqual(recordMergeEffect('Organization', survivor, { ...survivor, id: 'org-d' }, same), { takenOver: [], conflicts: [], aliasesAdded: [], sourcesAdded: [] });
  });
});
