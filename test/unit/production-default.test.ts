import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';

// A module that loads production-default, then graphql, and prints which
// instanceOf graphql chose: the development one throws on an object that only
// looks like one of its types, the production one answers false.
const PROBE = `
await import('./api/production-default.ts');
const { isObjectType } = await import('graphql');
let mode;
try { mode = isObjectType({ [Symbol.toStringTag]: 'GraphQLObjectType' }) === false ? 'production' : 'unexpected'; } catch { mode = 'development'; }
console.log(process.env.NODE_ENV + ' ' + mode);
`;

function probe(nodeEnv: string | undefined): string {
  const env = { ...process.env };
  delete env.NODE_ENV;
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

describe('the production default', () => {
  it('makes graphql-js load in production mode when NODE_ENV is not set', () => {
    assert.equal(probe(undefined), 'production production');
  });

  it('leaves a NODE_ENV that is set alone', () => {
    assert.equal(probe('development'), 'development development');
    assert.equal(probe('test'), 'test development');
  });
});
