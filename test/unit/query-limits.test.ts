import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse, specifiedRules, validate } from 'graphql';
import { QUERY_LIMITS, queryLimits } from '../../api/graphql/plugins/query-limits.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { CONTRACT_FILE } from '../../api/paths.js';

const schema = buildSchema();
const rules = [...specifiedRules, ...queryLimits(false).validationRules];
const errorsOf = (query: string) => validate(schema, parse(query), rules).map((e) => e.message);

describe('query limits', () => {
  it('let every contract operation through', () => {
    const contract = readFileSync(CONTRACT_FILE, 'utf8');
    assert.deepEqual(errorsOf(contract), []);
  });

  it('refuse an alias bomb', () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ');
    assert.ok(errorsOf(`query { ${aliases} }`).some((m) => /aliases/i.test(m)));
  });

  it('refuse a query nested deeper than the limit', () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `... on Organization { parent { id ${selection} } }`;
    const query = `query { node(id: "x") { ${selection} } }`;
    assert.ok(errorsOf(query).some((m) => /depth/i.test(m)));
  });

});
