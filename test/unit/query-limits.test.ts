import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse, specifiedRules, validate } from 'graphql';
import { QUERY_LIMITS, queryLimits, tokenLimitMessage } from '../../api/graphql/plugins/query-limits.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { CONTRACT_FILE } from '../../api/paths.js';

const schema = buildSchema();
const limits = queryLimits(false);
const rules = [...specifiedRules, ...limits.validationRules];
const errorsOf = (query: string) => validate(schema, parse(query, limits.parseOptions), rules).map((e) => e.message);

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

  it('refuse, while parsing, a document of more tokens than the limit, and no document within it', () => {
    const fields = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;
    // The braces are two tokens: the limit itself parses, one more does not.
    assert.equal(parse(fields(QUERY_LIMITS.maxTokens - 2), limits.parseOptions).definitions.length, 1);
    assert.throws(() => parse(fields(QUERY_LIMITS.maxTokens - 1), limits.parseOptions), (error: Error) => {
      assert.equal(tokenLimitMessage(error.message), `Syntax Error: the document has more than ${QUERY_LIMITS.maxTokens} tokens, the most one request may send.`);
      return true;
    });
  });

  it('leave every other syntax error as graphql-js words it', () => {
    assert.equal(tokenLimitMessage('Syntax Error: Unexpected ")".'), null);
  });
});
