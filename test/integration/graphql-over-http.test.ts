import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serverAudits, type AuditResult } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../../api/paths.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { createTestDriver, createTestExecutor } from '../helpers/database.js';

/**
 * The audits of the GraphQL-over-HTTP specification that /graphql does not
 * pass, each with its reason; README.md ("GraphQL over HTTP") lists the same.
 * Every MUST audit passes; any other failure, or one of these passing, fails
 * the test, so that the list stays the truth.
 */
const EXCEPTIONS: Record<string, string> = {
  '572B': 'a document that does not parse is the client’s mistake: 400 GRAPHQL_PARSE_FAILED, whatever the Accept header',
  FDE2: 'a document that does not validate is the client’s mistake: 400 GRAPHQL_VALIDATION_FAILED, whatever the Accept header',
  '7B9B': 'variables of the wrong type are the client’s mistake: 400 BAD_USER_INPUT, whatever the Accept header',
  '5A70': 'CSRF prevention: a GET must name a non-simple header (apollo-require-preflight: true)',
  D6D5: 'CSRF prevention: a GET must name a non-simple header (apollo-require-preflight: true)',
  '6A70': 'CSRF prevention: a GET must name a non-simple header (apollo-require-preflight: true)',
};
const CSRF_EXCEPTIONS = ['5A70', 'D6D5', '6A70'];

type Fetch = typeof fetch;

/** The same fetch, with the header that Apollo's CSRF prevention asks of a GET. */
const preflighted: Fetch = (input, init = {}) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), 'apollo-require-preflight': 'true' } });

async function audit(url: string, fetchFn: Fetch): Promise<AuditResult[]> {
  return Promise.all(serverAudits({ url, fetchFn }).map((a) => a.fn()));
}

const failing = (results: AuditResult[]) => results.filter((r) => r.status !== 'ok');
const describeResult = (r: AuditResult) => (r.status === 'ok' ? `${r.id} ok` : `${r.id} ${r.name}: ${r.reason} (HTTP ${r.response.status})`);

// graphql-http's server audits (the GraphQL over HTTP working group's own
// conformance checks), run against the real server on the test Neo4j.
describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let driver: Driver;
  let api: RunningApi;
  let results: AuditResult[];
  before(async () => {
    driver = createTestDriver();
    api = await startApi(createTestExecutor(driver));
    results = await audit(`${api.url}/graphql`, fetch);
  });
  after(async () => {
    await api.close();
    await driver.close();
  });

  it('runs every audit of the package', (t) => {
    t.diagnostic(`${results.length} audits, ${results.length - failing(results).length} pass; not passing: ${failing(results).map((r) => r.id).join(', ')}`);
    assert.ok(results.length >= 60, `${results.length} audits`);
  });

  it('passes every MUST audit', () => {
    const must = results.filter((r) => r.name.startsWith('MUST'));
    assert.ok(must.length >= 13, `${must.length} MUST audits`);
    assert.deepEqual(failing(must).map(describeResult), []);
  });

  it('fails no SHOULD or MAY audit but the listed exceptions', () => {
    assert.deepEqual(failing(results).map((r) => r.id).sort(), Object.keys(EXCEPTIONS).sort(), failing(results).map(describeResult).join('\n'));
  });

  it('passes the GET audits as well once a GET names the preflight header', async () => {
    const withHeader = await audit(`${api.url}/graphql`, preflighted);
    const expected = Object.keys(EXCEPTIONS).filter((id) => !CSRF_EXCEPTIONS.includes(id)).sort();
    assert.deepEqual(failing(withHeader).map((r) => r.id).sort(), expected, failing(withHeader).map(describeResult).join('\n'));
  });

  it('has every exception listed in the README with its reason', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const missing = Object.keys(EXCEPTIONS).filter((id) => !new RegExp(`\\b${id}\\b`).test(readme));
    assert.deepEqual(missing, []);
  });
});
