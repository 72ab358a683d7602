// The resolver types (api/graphql/resolver-types.generated.ts) are generated from
// the SDL and committed: regenerated here in memory with the same configuration,
// they must be what the file holds, or the compiler checks resolvers against a
// schema that is no longer the one served.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generate } from '@graphql-codegen/cli';
import { REPO_ROOT } from '../../api/paths.js';
import config, { RESOLVER_TYPES_FILE } from '../../scripts/codegen/resolver-types.config.js';

describe('the generated resolver types', () => {
  it('are what the SDL in schema/*.graphql gives (run `npm run codegen` after changing it)', async () => {
    const outputs = await generate({ ...config, cwd: REPO_ROOT, silent: true }, false);
    assert.equal(outputs.length, 1);
    const [output] = outputs;
    assert.equal(path.resolve(REPO_ROOT, output!.filename), path.join(REPO_ROOT, RESOLVER_TYPES_FILE));
    const committed = readFileSync(path.join(REPO_ROOT, RESOLVER_TYPES_FILE), 'utf8');
    assert.ok(output!.content === committed, `${RESOLVER_TYPES_FILE} is stale: run \`npm run codegen\` and commit it`);
  });
});
