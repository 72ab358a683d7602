import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareEdges, toEdgeRow, type EdgeRecord } from '../../api/db/graph/graph-edge.js';

const person = { label: 'Person' as const, id: 'per-a' };
const organization = { label: 'Organization' as const, id: 'org-b' };

function observation(id: string, sourceIds: string[], inferred?: { note: string }) {
  const extra = inferred ? { inferred: true, inferenceNote: inferred.note } : {};
  return {
    observation: { id, title: 'Chủ tịch', sourceIds, ...extra },
    hasRole: { id: `${id}-has-role`, sourceIds, ...extra },
    inOrganization: { id: `${id}-in-organization`, sourceIds, ...extra },
  };
}

function heldRole(observations: EdgeRecord['observations']): EdgeRecord {
  return { type: 'HELD_ROLE', from: person, to: organization, props: { title: 'Chủ tịch' }, observations };
}

describe('toEdgeRow', () => {
  it('keeps a stored relationship as it is, with its detail', () => {
    const edge = toEdgeRow({
      type: 'PARTICIPATED_IN',
      from: person,
      to: { label: 'Event', id: 'ev-c' },
      props: { id: 'pa-1', role: 'CO_CHAIRED', sourceIds: ['src-1'] },
      observations: [],
    });
    assert.deepEqual(edge, {
      __typename: 'GraphEdge',
      key: 'pa-1',
      type: 'PARTICIPATED_IN',
      from: person,
      to: { label: 'Event', id: 'ev-c' },
      label: 'CO_CHAIRED',
      sourceIds: ['src-1'],
      inferred: false,
      inferenceNote: null,
    });
  });

  it('labels ADOPTED_IN and SUCCEEDED_BY with their date and other types with nothing', () => {
    const edge = (type: string, props: Record<string, unknown>) => toEdgeRow({ type, from: person, to: organization, props: { id: 'x', sourceIds: [], ...props }, observations: [] }).label;
    assert.equal(edge('ADOPTED_IN', { since: '2019' }), '2019');
    assert.equal(edge('SUCCEEDED_BY', { date: '2025-07-01' }), '2025-07-01');
    assert.equal(edge('HELD_IN', {}), null);
  });

  it('cites every source of every observation behind a HELD_ROLE edge, once each', () => {
    const edge = toEdgeRow(heldRole([observation('ro-2', ['src-2', 'src-1']), observation('ro-1', ['src-1'])]));
    assert.equal(edge.label, 'Chủ tịch');
    assert.deepEqual(edge.sourceIds, ['src-1', 'src-2']);
    assert.equal(edge.key, 'per-a/org-b/Chủ tịch');
  });

  it('states a HELD_ROLE edge when one observation states it, and infers it only when all are inferred', () => {
    const stated = toEdgeRow(heldRole([observation('ro-1', ['src-1'], { note: 'the article says only "tỉnh"' }), observation('ro-2', ['src-2'])]));
    assert.deepEqual([stated.inferred, stated.inferenceNote], [false, null]);
    const inferred = toEdgeRow(heldRole([observation('ro-1', ['src-1'], { note: 'the article says only "tỉnh"' })]));
    assert.deepEqual([inferred.inferred, inferred.inferenceNote], [true, 'the article says only "tỉnh"']);
  });
});

describe('compareEdges', () => {
  it('orders by type, then the ends, then the key', () => {
    const make = (type: string, id: string) => toEdgeRow({ type, from: person, to: organization, props: { id, sourceIds: [] }, observations: [] });
    const edges = [make('PART_OF', 'b'), make('HELD_IN', 'z'), make('PART_OF', 'a')].sort(compareEdges);
    assert.deepEqual(edges.map((e) => `${e.type}:${e.key}`), ['HELD_IN:z', 'PART_OF:a', 'PART_OF:b']);
  });
});
