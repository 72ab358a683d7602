import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorrections, storedCorrections } from '../../../api/ingest/corrections.js';
import { InputError } from '../../../api/write/index.js';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InputError);
    return error.problems;
  }
  assert.fail('no problem found');
};

describe('review corrections', () => {
  it('takes the fields of the proposal’s kind, normalised, and stores them with the acceptance', () => {
    const role = checkCorrections({ title: '  Phó Trưởng Ban ', observedAt: '2024-05' }, 'ROLE_OBSERVATION', null);
    assert.deepEqual(storedCorrections(role), { title: 'Phó Trưởng Ban', observedAt: '2024-05' });
    const person = { label: 'Person' as const, id: 'per-a', field: 'input.corrections.person' };
    const participation = checkCorrections({ role: 'SPOKE', person }, 'PARTICIPATION', null);
    assert.deepEqual(storedCorrections(participation), { role: 'SPOKE', person: 'per-a' });
    const entity = checkCorrections({ name: 'Huyện ủy Tam Nông', fields: { level: 'DISTRICT' } }, 'ENTITY', 'Organization');
    assert.deepEqual(storedCorrections(entity), { name: 'Huyện ủy Tam Nông', fields: { level: 'DISTRICT' } });
    assert.equal(storedCorrections(checkCorrections(null, 'LINK', null)), null);
  });

  it('refuses what does not apply to the kind, every problem at once', () => {
    assert.deepEqual(problemsOf(() => checkCorrections({ title: 'Chủ tịch', role: 'SPOKE', since: '2020' }, 'ENTITY', 'Person')), [
      { field: 'input.corrections.title', message: 'does not apply to a ENTITY proposal' },
      { field: 'input.corrections.role', message: 'does not apply to a ENTITY proposal' },
      { field: 'input.corrections.since', message: 'does not apply to a ENTITY proposal' },
    ]);
  });

  it('refuses a match with a new entity’s fields, a match of another kind, an unknown field and impossible values', () => {
    const match = { label: 'Person' as const, id: 'per-a', field: 'input.corrections.match' };
    assert.deepEqual(problemsOf(() => checkCorrections({ match, createNew: true, name: 'Tên khác' }, 'ENTITY', 'Person')), [
      { field: 'input.corrections.createNew', message: 'cannot be given with match: the proposal is either an existing entity or a new one' },
      { field: 'input.corrections.match', message: 'an existing entity is matched as it is: name, aliases and fields only apply to a new one' },
    ]);
    assert.deepEqual(problemsOf(() => checkCorrections({ match }, 'ENTITY', 'Organization')), [
      { field: 'input.corrections.match', message: 'must be the id of a Organization, got the id of a Person' },
    ]);
    assert.deepEqual(problemsOf(() => checkCorrections({ fields: { colour: 'đỏ' } }, 'ENTITY', 'Event')), [
      { field: 'input.corrections.fields.colour', message: 'is not a field of a Event (description, kind, date, online)' },
    ]);
    assert.deepEqual(problemsOf(() => checkCorrections({ observedAt: '2024-02-30', title: '' }, 'ROLE_OBSERVATION', null)).map((p) => p.field), [
      'input.corrections.title',
      'input.corrections.observedAt',
    ]);
    assert.deepEqual(problemsOf(() => checkCorrections({ role: 'SANG' }, 'PARTICIPATION', null)).map((p) => p.field), ['input.corrections.role']);
  });
});
