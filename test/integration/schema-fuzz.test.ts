// The schema fuzz: every argument of every field clients read (top-level and
// nested) and every input field of every mutation gets boundary and hostile
// values (empty, overlong, wrong type, huge numbers, control and bidi
// characters, unpaired surrogates, Lucene and Cypher syntax, malformed ids,
// impossible dates), generated from the schema as built, so a new field is
// fuzzed without a change here. Every answer must be a client error with a
// known code (never a 5xx or INTERNAL_SERVER_ERROR), a value beyond a bound
// the SDL states must be named in `extensions.field`, and the graph must be
// exactly as it was after the hostile writes sent without a key, with a viewer
// key, and with a key that may write but an input made invalid by another
// field (an input of a single field: by the fuzzed value, refused on its own).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { buildSchema } from '../../api/graphql/schema.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { fuzzCases, type FuzzCase } from '../helpers/fuzz-cases.js';
import { learnWrites, post, REQUEST_CODES, run, type Sender } from '../helpers/fuzz-runner.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

/** What a read may answer with, besides data. */
const READ_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'];
/** What a write with a key that may write, but an invalid input, may answer with. */
const WRITE_CODES = ['BAD_USER_INPUT', 'NOT_FOUND'];

const schema = buildSchema();

/** Fails listing what went wrong (the first 200 of them: a diff of thousands would be cut short). */
function assertNone(problems: readonly string[]): void {
  assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.slice(0, 200).join('\n')}`);
}

/** One case per argument or input field (the first value GraphQL accepts there), and every case GraphQL refuses as a whole (those share requests). */
function sampled(cases: readonly FuzzCase[]): FuzzCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    if (!c.accepted) return true;
    const target = c.name.split(' = ')[0]!;
    if (seen.has(target)) return false;
    seen.add(target);
    return true;
  });
}

describe('the schema fuzz', () => {
  let s: MutationSuite;
  let cases: FuzzCase[];
  let graphBefore: string;
  let knowledge: Awaited<ReturnType<typeof learnWrites>>;
  before(async () => {
    s = await startMutationSuite('fuzz');
    // A seed node of every type whose fields take arguments, for node(id:) to reach them.
    const routes = new Map<string, string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
      const [row] = await s.executor.read<{ id: string }>('MATCH (n) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY n.id LIMIT 1', { label: type.name });
      if (row) routes.set(type.name, toGlobalId(type.name, row.id));
    }
    const sample = { person: routes.get('Person')!, source: routes.get('Source')! };
    graphBefore = await dumpGraph(s.executor);
    knowledge = await learnWrites(s.api.url, schema, sample, routes, { editor: s.keys.editor.secret, admin: s.keys.admin.secret });
    cases = fuzzCases(schema, sample, routes, knowledge);
  });
  after(() => s.close());

  it('reaches every field that takes arguments, with thousands of cases', () => {
    const fuzzed = new Set(cases.map((c) => c.name.split('(')[0]));
    const withArguments = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.length > 0).map((f) => `${type.name}.${f.name}`));
    assert.ok(withArguments.length >= 50, String(withArguments.length));
    assert.deepEqual(withArguments.filter((name) => !fuzzed.has(name)), []);
    assert.ok(cases.length > 4_000, String(cases.length));
    assert.ok(cases.filter((c) => c.beyondBound).length > 200, 'values beyond the stated bounds');
  });

  it('answers every hostile read with data or a client error, naming the argument beyond a bound', async (t) => {
    const reads = cases.filter((c) => c.operation === 'query' && !c.unparsable);
    // With an admin key, so that the audit trail's arguments are read too.
    const { problems, requests } = await run(s.api.url, reads, { name: 'admin', secret: s.keys.admin.secret, fieldCodes: READ_CODES, poisoned: false });
    t.diagnostic(`${reads.length} read cases in ${requests} requests`);
    assertNone(problems);
  });

  it('refuses every hostile write without a key and with a viewer key, before looking at the input', async (t) => {
    const writes = sampled(cases.filter((c) => c.operation === 'mutation'));
    const senders: Sender[] = [
      { name: 'no key', secret: null, fieldCodes: ['UNAUTHENTICATED'], poisoned: false },
      { name: 'viewer', secret: s.keys.viewer.secret, fieldCodes: ['FORBIDDEN'], poisoned: false },
    ];
    for (const sender of senders) {
      const { problems, requests } = await run(s.api.url, writes, sender);
      t.diagnostic(`${sender.name}: ${writes.length} write cases in ${requests} requests`);
      assertNone(problems);
    }
  });

  it('refuses every invalid write from a key that may write it, and writes nothing', async (t) => {
    const writes = cases.filter((c) => c.operation === 'mutation');
    const unpoisoned = writes.filter((c) => c.accepted && c.poisoned === undefined).map((c) => c.name);
    assert.deepEqual(unpoisoned, [], 'every accepted write can be made invalid by another field');
    // Inputs of a single field have no other field to make invalid: their values are sent as they are, and each must be refused on its own.
    const bare = [...new Set(writes.filter((c) => c.accepted && c.bare).map((c) => c.name.split(' = ')[0]))];
    assert.deepEqual(bare, ['Mutation.acceptProposals(input.items)', 'Mutation.undoProposalAcceptance(input.proposal)']);
    // The role each mutation needs: editor, unless an editor is refused (merge, delete and undo need an admin).
    assert.deepEqual([...knowledge.adminOnly].sort(), ['deleteEntity', 'mergeEntities', 'undoChange']);
    const adminOnly = new Set([...knowledge.adminOnly].map((name) => `Mutation.${name}`));
    // Most mutations were learned deep: their inputs reach the database, and text that may not be stored must be named.
    assert.ok(knowledge.deep.size >= 20, [...knowledge.deep].join(', '));
    const byEditor = writes.filter((c) => !adminOnly.has(c.name.split('(')[0]!));
    const byAdmin = writes.filter((c) => adminOnly.has(c.name.split('(')[0]!));
    const editor = await run(s.api.url, byEditor, { name: 'editor', secret: s.keys.editor.secret, fieldCodes: WRITE_CODES, poisoned: true });
    const admin = await run(s.api.url, byAdmin, { name: 'admin', secret: s.keys.admin.secret, fieldCodes: WRITE_CODES, poisoned: true });
    t.diagnostic(`${writes.length} write cases in ${editor.requests + admin.requests} requests; ${knowledge.deep.size} mutations reach the database`);
    assertNone([...editor.problems, ...admin.problems]);
  });

  it('leaves the graph exactly as it was: not one node, relationship, property or audit entry', async () => {
    assert.equal(await dumpGraph(s.executor), graphBefore);
  });

  it('answers bodies that are not GraphQL requests with a client error', async () => {
    const problems = await refusedBodies([
      ['a query that is not text', JSON.stringify({ query: 42 })],
      ['variables that are not an object', JSON.stringify({ query: '{ __typename }', variables: 'x' })],
      ['JSON cut short', '{"query": "{ __typename }"'],
      ['not JSON', 'query { __typename }'],
      ['an operation name with an unpaired surrogate', '{"query": "query A { __typename }", "operationName": "\\ud800"}'],
    ]);
    assertNone(problems);
  });

  // Parse failures are the client's: 400 GRAPHQL_PARSE_FAILED (decision 014).
  it('answers documents GraphQL cannot parse with a client error', async () => {
    const unparsable = cases.filter((c) => c.unparsable);
    assert.ok(unparsable.length >= 5, String(unparsable.length));
    const problems = [
      ...(await run(s.api.url, unparsable, { name: 'admin', secret: s.keys.admin.secret, fieldCodes: READ_CODES, poisoned: false })).problems,
      ...(await refusedBodies([
        ['a query with an unpaired surrogate escape', JSON.stringify({ query: '{ search(query: "\\uD800") { totalCount } }' })],
        ['a query text holding an unpaired surrogate', JSON.stringify({ query: '{ search(query: "\uD800") { totalCount } }' })],
        ['a query cut short', JSON.stringify({ query: '{ search(query: "x"' })],
        ['a query of control characters', JSON.stringify({ query: '\u0000\u0007' })],
      ])),
    ];
    assertNone(problems);
  });

  /** What is wrong with the answers to raw bodies: each must be refused with a request-level client error. */
  async function refusedBodies(bodies: Array<[string, string]>): Promise<string[]> {
    const problems: string[] = [];
    for (const [name, body] of bodies) {
      const answer = await post(s.api.url, null, body);
      const codes = answer.body?.errors?.map((e) => String(e.extensions?.code)) ?? [];
      if (answer.status >= 500 || codes.length === 0 || codes.some((code) => !REQUEST_CODES.includes(code))) problems.push(`${name}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
    }
    return problems;
  }
});
