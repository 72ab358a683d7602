import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorrections, correctionValues, storedCorrections, type Corrections } from '../../../api/ingest/corrections.js';
import type { ProposalKind } from '../../../api/ingest/index.js';
import type { EntityLabel } from '../../../model/labels.js';
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

/** Both stages, as a review runs them: the values before the transaction, the proposal's kind once it is read. */
const checked = (given: Corrections | null, kind: ProposalKind, label: EntityLabel | null) => checkCorrections(correctionValues(given), kind, label);

describe('review corrections', () => {
  it('takes the fields of the proposal’s kind, normalised, and stores them with the acceptance', () => {
    const role = checked({ title: '  Phó Trưởng Ban ', observedAt: '2024-05' }, 'ROLE_OBSERVATION', null);
    assert.deepEqual(storedCorrections(role), { title: 'Phó Trưởng Ban', observedAt: '2024-05' });
    const person = { label: 'Person' as const, id: 'per-a', field: 'input.corrections.person' };
    const participation = checked({ role: 'SPOKE', person }, 'PARTICIPATION', null);
    assert.deepEqual(storedCorrections(participation), { role: 'SPOKE', person: 'per-a' });
    const entity = checked({ name: 'Huyện ủy Tam Nông', fields: { level: 'DISTRICT' } }, 'ENTITY', 'Organization');
    assert.deepEqual(storedCorrections(entity), { name: 'Huyện ủy Tam Nông', fields: { level: 'DISTRICT' } });
    assert.equal(storedCorrections(checked(null, 'LINK', null)), null);
    assert.equal(storedCorrections(checkCorrections(null, 'LINK', null)), null);
  });

  it('checks every value before the proposal is read, whatever its kind, naming each problem where the request put it', () => {
    const given = {
      name: 'a\u0000b',
      aliases: ['Tổ tự quản', 'x'.repeat(301), 'Tổ tự quản'],
      fields: ['kind'],
      title: 'abc\u202Edcba\u202C',
      titleAsWritten: 'a\uD800',
      observedAt: '2021-02-30',
      role: 'SANG',
      titleAtEvent: ' ',
      since: '99999-01-01',
    };
    assert.deepEqual(problemsOf(() => correctionValues(given, 'input.items[2].corrections')), [
      { field: 'input.items[2].corrections.name', message: 'must not contain control characters' },
      { field: 'input.items[2].corrections.aliases[1]', message: 'must be at most 300 characters, got 301' },
      { field: 'input.items[2].corrections.aliases[2]', message: 'repeats "Tổ tự quản"' },
      { field: 'input.items[2].corrections.fields', message: 'must be an object of field names and values' },
      { field: 'input.items[2].corrections.title', message: 'must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069)' },
      { field: 'input.items[2].corrections.titleAsWritten', message: 'must be Unicode text: it holds half of a surrogate pair' },
      { field: 'input.items[2].corrections.observedAt', message: '"2021-02-30" is not a calendar date' },
      { field: 'input.items[2].corrections.role', message: 'must be one of CHAIRED, CO_CHAIRED, DIRECTED, SPOKE, CONCLUDED, SIGNED, ATTENDED' },
      { field: 'input.items[2].corrections.titleAtEvent', message: 'must not be empty' },
      { field: 'input.items[2].corrections.since', message: '"99999-01-01" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    ]);
  });

  it('refuses what does not apply to the kind, every problem at once', () => {
    assert.deepEqual(problemsOf(() => checked({ title: 'Chủ tịch', role: 'SPOKE', since: '2020' }, 'ENTITY', 'Person')), [
      { field: 'input.corrections.title', message: 'does not apply to a ENTITY proposal' },
      { field: 'input.corrections.role', message: 'does not apply to a ENTITY proposal' },
      { field: 'input.corrections.since', message: 'does not apply to a ENTITY proposal' },
    ]);
    const organization = { label: 'Organization' as const, id: 'org-a', field: 'input.corrections.organization' };
    assert.deepEqual(problemsOf(() => checked({ name: 'Tên khác', organization }, 'LINK', null)), [
      { field: 'input.corrections.name', message: 'does not apply to a LINK proposal' },
      { field: 'input.corrections.organization', message: 'does not apply to a LINK proposal' },
    ]);
  });

  it('refuses a match with a new entity’s fields, a match of another kind, an unknown field', () => {
    const match = { label: 'Person' as const, id: 'per-a', field: 'input.corrections.match' };
    assert.deepEqual(problemsOf(() => checked({ match, createNew: true, name: 'Tên khác' }, 'ENTITY', 'Person')), [
      { field: 'input.corrections.createNew', message: 'cannot be given with match: the proposal is either an existing entity or a new one' },
      { field: 'input.corrections.match', message: 'an existing entity is matched as it is: name, aliases and fields only apply to a new one' },
    ]);
    assert.deepEqual(problemsOf(() => checked({ match }, 'ENTITY', 'Organization')), [
      { field: 'input.corrections.match', message: 'must be the id of a Organization, got the id of a Person' },
    ]);
    assert.deepEqual(problemsOf(() => checked({ fields: { colour: 'đỏ' } }, 'ENTITY', 'Event')), [
      { field: 'input.corrections.fields.colour', message: 'is not a field of a Event (description, kind, date, online)' },
    ]);
  });
});
