import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, SHARED_DIR } from '../../api/paths.js';

const COPY = path.join(REPO_ROOT, 'web', 'graphiql', 'contract-operations.graphql');
const CONTRACT = path.join(SHARED_DIR, 'contract', 'operations.graphql');

describe('the GraphiQL examples', () => {
  // The web build reads its own copy so that it needs nothing outside the
  // repository; this keeps the copy and the contract the same.
  it('are the public contract, word for word', { skip: !existsSync(CONTRACT) && 'shared/contract is not beside this checkout' }, () => {
    assert.equal(readFileSync(COPY, 'utf8'), readFileSync(CONTRACT, 'utf8'), `copy ${CONTRACT} to ${path.relative(REPO_ROOT, COPY)}`);
  });
});
