// Which models a mutation's changes make stale in the stored scope
// (api/db/scope/model-scope.ts): read from the audit record of the changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuditChange } from '../../api/db/audit/audit-record.js';
import { staleScope } from '../../api/db/scope/model-scope.js';

const relationship = (label: string, before: [string, string] | null, after: [string, string] | null): AuditChange => ({
  kind: 'relationship',
  label,
  id: `rel-${label.toLowerCase()}`,
  before: before && { _from: before[0], _to: before[1], id: 'x' },
  after: after && { _from: after[0], _to: after[1], id: 'x' },
});

describe('the stored scope a mutation makes stale', () => {
  it('is nothing for changes that place no model', () => {
    const changes: AuditChange[] = [
      { kind: 'node', label: 'Person', id: 'per-a', before: null, after: { id: 'per-a' } },
      relationship('HELD_IN', null, ['ev-a', 'pl-a']),
      { kind: 'references', label: 'sourceIds', id: 'src-a', before: { id: 'src-a', count: 2 }, after: { id: 'src-b', count: 2 } },
    ];
    assert.deepEqual(staleScope(changes), { models: [], places: [] });
  });

  it('is nothing for a citation attached to a step or a link, or a model described anew under the same name', () => {
    const changes: AuditChange[] = [
      relationship('SUCCEEDED_BY', ['pl-tinh-cu', 'pl-tinh-moi'], ['pl-tinh-cu', 'pl-tinh-moi']),
      relationship('ADOPTED_IN', ['mdl-a', 'pl-a'], ['mdl-a', 'pl-a']),
      { kind: 'node', label: 'Model', id: 'mdl-b', before: { id: 'mdl-b', name: 'B', description: 'x' }, after: { id: 'mdl-b', name: 'B', description: 'y' } },
    ];
    assert.deepEqual(staleScope(changes), { models: [], places: [] });
  });

  it('is a written model, and the models at both ends of a moved link', () => {
    const changes: AuditChange[] = [
      { kind: 'node', label: 'Model', id: 'mdl-b', before: { id: 'mdl-b', name: 'B' }, after: { id: 'mdl-b', name: 'Bb' } },
      relationship('ADOPTED_IN', ['mdl-a', 'pl-a'], null),
      relationship('ORIGINATED_IN', ['mdl-c', 'pl-a'], ['mdl-d', 'pl-b']),
    ];
    assert.deepEqual(staleScope(changes), { models: ['mdl-a', 'mdl-b', 'mdl-c', 'mdl-d'], places: [] });
  });

  it('is the places below a containment or succession written, removed or moved: where their step starts', () => {
    const changes: AuditChange[] = [
      relationship('PART_OF', ['pl-xa', 'pl-huyen'], null),
      relationship('SUCCEEDED_BY', null, ['pl-tinh-cu', 'pl-tinh-moi']),
      relationship('PART_OF', ['pl-xa-2', 'pl-huyen'], ['pl-xa-3', 'pl-huyen-2']),
    ];
    assert.deepEqual(staleScope(changes), { models: [], places: ['pl-tinh-cu', 'pl-xa', 'pl-xa-2', 'pl-xa-3'] });
  });
});
