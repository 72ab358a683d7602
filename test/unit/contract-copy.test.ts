import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CONTRACT_FILE, REPO_ROOT, SHARED_DIR } from '../../api/paths.js';

const SHARED_CONTRACT = path.join(SHARED_DIR, 'contract', 'operations.graphql');
const absent = !existsSync(SHARED_CONTRACT) && `${SHARED_CONTRACT} is absent (no shared/ beside this clone): the copy is not compared`;

describe('the contract copy', () => {
  // Tests, benchmarks and the GraphiQL examples read contract/operations.graphql so that a clone
  // stands alone; this keeps that copy and the public contract the same, word for word.
  it('is the public contract, word for word', { skip: absent }, () => {
    assert.equal(readFileSync(CONTRACT_FILE, 'utf8'), readFileSync(SHARED_CONTRACT, 'utf8'), `copy ${SHARED_CONTRACT} to ${path.relative(REPO_ROOT, CONTRACT_FILE)}`);
  });
});
