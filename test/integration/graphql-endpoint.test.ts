import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { QUERY_LIMITS } from '../../api/graphql/plugins/query-limits.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { createTestDriver, createTestExecutor } from '../helpers/database.js';

type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[] };

// /graphql runs on node:http and body-parser, beside Express (api/http/graphql-endpoint.ts):
// what a client sees at the HTTP level, for good and for bad requests.
describe('the /graphql endpoint over HTTP', () => {
  let driver: Driver;
  let api: RunningApi;
  before(async () => {
    driver = createTestDriver();
    api = await startApi(createTestExecutor(driver));
  });
  after(async () => {
    await api.close();
    await driver.close();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, path = '/graphql') =>
    fetch(`${api.url}${path}`, { method: 'POST', headers, body });

  it('answers a POST with JSON, with the length and type set and no ETag hashed', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const text = await response.text();
    assert.equal(Number(response.headers.get('content-length')), Buffer.byteLength(text));
    assert.equal(response.headers.get('etag'), null);
    assert.deepEqual(JSON.parse(text), { data: { __typename: 'Query' } });
  });

  it('reads and writes the body as UTF-8: Vietnamese text comes back as sent', async () => {
    // graphql-js quotes a refused variable value in its message: the text makes the round trip.
    const response = await post(JSON.stringify({ query: 'query ($n: Int) { search(query: "x", first: $n) { totalCount } }', variables: { n: 'Hội quán Đồng Tháp' } }));
    const body = (await response.json()) as ErrorBody;
    assert.match(body.errors?.[0]?.message ?? '', /"Hội quán Đồng Tháp"/);
  });

  it('refuses a body that is not JSON with 400 and a GraphQL-shaped error', async () => {
    const response = await post('{"query": "{ __typename }"');
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorBody;
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
    assert.ok(body.errors?.[0]?.message);
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE, before reading it as GraphQL', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(150_000) } }));
    assert.equal(response.status, 413);
    const body = (await response.json()) as ErrorBody;
    assert.equal(body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses an unsupported charset with 415', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=latin1' });
    assert.equal(response.status, 415);
    assert.equal(((await response.json()) as ErrorBody).errors?.[0]?.extensions?.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a document that does not parse with 400 GRAPHQL_PARSE_FAILED and where it failed, for either response type', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await post(JSON.stringify({ query: '{ search(query: ) { totalCount } }' }), { 'content-type': 'application/json', accept });
      assert.equal(response.status, 400, accept);
      assert.match(response.headers.get('content-type') ?? '', new RegExp(`^${accept.replace(/\+/g, '\\+')}`));
      assert.deepEqual(await response.json(), {
        errors: [{ message: 'Syntax Error: Unexpected ")".', locations: [{ line: 1, column: 17 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
      });
    }
  });

  it('answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED, saying so', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const response = await post(JSON.stringify({ query: `{ ${fields} }` }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorBody;
    assert.deepEqual(
      body.errors?.map((e) => [e.message, e.extensions?.code]),
      [[`Syntax Error: the document has more than ${QUERY_LIMITS.maxTokens} tokens, the most one request may send.`, 'GRAPHQL_PARSE_FAILED']],
    );
  });

  it('answers a document that does not validate with 400 GRAPHQL_VALIDATION_FAILED, and no data', async () => {
    const response = await post(JSON.stringify({ query: '{ search(query: "x") { nothingHere } }' }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorBody & { data?: unknown };
    assert.equal(body.data, undefined);
    assert.deepEqual(body.errors?.map((e) => e.extensions?.code), ['GRAPHQL_VALIDATION_FAILED']);
    assert.match(body.errors?.[0]?.message ?? '', /nothingHere/);
  });

  it('leaves a POST without a JSON body to Apollo, which refuses it with 400 (and CSRF prevention with it)', async () => {
    const response = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /CSRF|content-type|Content-Type/);
  });

  it('answers a GET query that names a non-simple header, and refuses one that does not (CSRF prevention)', async () => {
    const search = `?query=${encodeURIComponent('{ __typename }')}`;
    const allowed = await fetch(`${api.url}/graphql${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(allowed.status, 200);
    assert.deepEqual(await allowed.json(), { data: { __typename: 'Query' } });
    const refused = await fetch(`${api.url}/graphql${search}`);
    assert.equal(refused.status, 400);
  });

  it('serves /graphql with a query string or a trailing slash, and leaves look-alike paths to the other routes', async () => {
    assert.equal((await post(JSON.stringify({ query: '{ __typename }' }), undefined, '/graphql/')).status, 200);
    assert.equal((await post(JSON.stringify({ query: '{ __typename }' }), undefined, '/graphql?x=1')).status, 200);
    const lookAlike = await post(JSON.stringify({ query: '{ __typename }' }), undefined, '/graphqlx');
    assert.equal(lookAlike.status, 404);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200);
  });
});
