import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { matchSnapshot } from '../helpers/snapshot.js';

describe('snapshots', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-snapshot-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => path.join(dir, name);

  it('pass when the text is the committed one', () => {
    writeFileSync(file('same.cypher'), 'RETURN 1\n');
    matchSnapshot(file('same.cypher'), 'RETURN 1\n', { update: false });
  });

  it('fail on any difference, and when there is no snapshot yet, saying how to update', () => {
    writeFileSync(file('changed.cypher'), 'RETURN 1\n');
    assert.throws(() => matchSnapshot(file('changed.cypher'), 'RETURN 2\n', { update: false }), /differs from what the test saw: .*UPDATE_SNAPSHOTS=1/);
    assert.equal(readFileSync(file('changed.cypher'), 'utf8'), 'RETURN 1\n', 'a comparison never writes');
    assert.throws(() => matchSnapshot(file('absent.cypher'), 'RETURN 1\n', { update: false }), /no snapshot .*UPDATE_SNAPSHOTS=1/);
  });

  it('are written in update mode, new or changed', () => {
    writeFileSync(file('changed.cypher'), 'RETURN 1\n');
    matchSnapshot(file('changed.cypher'), 'RETURN 2\n', { update: true });
    matchSnapshot(file(path.join('nested', 'new.cypher')), 'RETURN 3\n', { update: true });
    assert.equal(readFileSync(file('changed.cypher'), 'utf8'), 'RETURN 2\n');
    assert.equal(readFileSync(file(path.join('nested', 'new.cypher')), 'utf8'), 'RETURN 3\n');
    matchSnapshot(file('changed.cypher'), 'RETURN 2\n', { update: false });
  });
});
