// A corpus of bad inputs: wrong types, overlong strings, invalid and
// impossible dates, unknown and wrong-kind ids, Cypher-injection strings in
// every string field, deeply nested and alias-bombed documents. Every one must
// fail cleanly (a client error naming the problem, never a 500) and leave the
// database exactly as it was, audit trail included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { SEED_SOURCE_ID, startMutationSuite, type MutationSuite } from '../helpers/mutation-suite.js';

interface BadCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The error code the client must get; BAD_USER_INPUT unless said otherwise. */
  code?: string;
  /** The input field `extensions.field` must name, when the write layer reports it. */
  field?: string;
}

const PERSON = toGlobalId('Person', 'per-zz-bad-person');
const ORG = toGlobalId('Organization', 'org-zz-bad-org');
const EVENT = toGlobalId('Event', 'ev-zz-bad-event');
const cite = { sources: [SEED_SOURCE_ID] };

const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { created } }';
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { created } }';
const CREATE_PROGRAM = 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { created } }';
const OBSERVE = 'mutation($input: RecordRoleObservationInput!) { recordRoleObservation(input: $input) { created } }';
const PARTICIPATE = 'mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { created } }';
const LINK = 'mutation($input: LinkInput!) { link(input: $input) { created } }';
const CREATE_SOURCE = 'mutation($input: CreateSourceInput!) { createSource(input: $input) { created } }';
const ATTACH = 'mutation($input: AttachSourcesInput!) { attachSources(input: $input) { node { id } } }';

const validEvent = { name: 'Zz Bad Hội nghị hợp lệ', kind: 'BRIEFING', ...cite };
const validObservation = { person: PERSON, organization: ORG, title: 'Chủ tịch', observedAt: '2021', ...cite };
const validLink = { type: 'ORGANIZED', from: ORG, to: EVENT, ...cite };
const validSource = { title: 'Zz Bad Bài báo', kind: 'ARTICLE' };

const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  '\\"}) CALL db.clearQueryCaches() //',
  '}]->(x) DELETE x WITH 1 AS y MATCH (n) DETACH DELETE n //',
  '$id} OR 1=1 //',
  'a\u0000b',
];

function corpus(): BadCase[] {
  const cases: BadCase[] = [];
  const add = (name: string, query: string, input: unknown, field?: string, code?: string) => cases.push({ name, query, variables: { input }, field, code });

  // Wrong types: refused by GraphQL's own coercion of variables (HTTP 400).
  const typed: Array<[string, Record<string, unknown>]> = [
    ['name as a number', { ...validEvent, name: 123 }],
    ['name as an object', { ...validEvent, name: { $ne: null } }],
    ['kind not in the enum', { ...validEvent, kind: 'PARTY' }],
    ['kind in lower case', { ...validEvent, kind: 'briefing' }],
    ['online as text', { ...validEvent, online: 'yes' }],
    ['sources as an object', { ...validEvent, sources: { id: 1 } }],
    ['name missing', { kind: 'BRIEFING', ...cite }],
    ['an unknown field', { ...validEvent, label: 'Person' }],
  ];
  for (const [name, input] of typed) add(`wrong type: ${name}`, CREATE_EVENT, input);
  add('wrong type: startYear as text', CREATE_PROGRAM, { name: 'Zz Bad P', kind: 'COORDINATION_PLAN', startYear: '2021', ...cite });
  add('wrong type: startYear as a fraction', CREATE_PROGRAM, { name: 'Zz Bad P', kind: 'COORDINATION_PLAN', startYear: 2021.5, ...cite });
  add('wrong type: startYear beyond 32 bits', CREATE_PROGRAM, { name: 'Zz Bad P', kind: 'COORDINATION_PLAN', startYear: 2 ** 40, ...cite });
  add('wrong type: input null', CREATE_EVENT, null);

  // Overlong text and lists: refused by the write layer, naming the field.
  const long = (n: number) => 'ạ'.repeat(n);
  add('overlong: name of 301 characters', CREATE_EVENT, { ...validEvent, name: long(301) }, 'input.name');
  add('overlong: description of 5001 characters', CREATE_EVENT, { ...validEvent, description: long(5001) }, 'input.description');
  add('overlong: an alias of 301 characters', CREATE_EVENT, { ...validEvent, aliases: [long(301)] }, 'input.aliases[0]');
  add('overlong: 51 aliases', CREATE_EVENT, { ...validEvent, aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }, 'input.aliases');
  add('overlong: inferenceNote of 2001 characters', CREATE_EVENT, { ...validEvent, inferred: true, inferenceNote: long(2001) }, 'input.inferenceNote');
  add('overlong: slug of 121 characters', CREATE_EVENT, { ...validEvent, slug: `ev-${'a'.repeat(118)}` }, 'input.slug');
  add('overlong: 51 cited sources', CREATE_EVENT, { ...validEvent, sources: Array.from({ length: 51 }, () => SEED_SOURCE_ID) }, 'input.sources');
  add('overlong: 11 new sources', CREATE_EVENT, { ...validEvent, newSources: Array.from({ length: 11 }, (_, i) => ({ title: `Zz Bad ${i}`, kind: 'ARTICLE' })) }, 'input.newSources');
  add('overlong: title of 301 characters', OBSERVE, { ...validObservation, title: long(301) }, 'input.title');
  add('overlong: note of 1001 characters', LINK, { type: 'SUCCEEDED_BY', from: toGlobalId('Place', 'pl-zz-bad-a'), to: toGlobalId('Place', 'pl-zz-bad-b'), date: '2025', note: long(1001), ...cite }, 'input.note');
  add('empty: name of spaces only', CREATE_EVENT, { ...validEvent, name: '   ' }, 'input.name');
  add('control character in a name', CREATE_EVENT, { ...validEvent, name: 'Zz\u0007Bad' }, 'input.name');
  // Stored, an unpaired surrogate came back as U+FFFD; a right-to-left override shows a name reversed.
  add('unpaired surrogate in a name', CREATE_EVENT, { ...validEvent, name: 'Zz Bad \uD800' }, 'input.name');
  add('unpaired surrogate in an alias', CREATE_EVENT, { ...validEvent, aliases: ['ok', 'Zz \uDC00 Bad'] }, 'input.aliases[1]');
  add('right-to-left override in a description', CREATE_EVENT, { ...validEvent, description: 'Zz \u202EdaB' }, 'input.description');
  add('bidi isolate in a title', OBSERVE, { ...validObservation, title: 'Chủ \u2067tịch\u2069' }, 'input.title');
  add('line break in a one-line field', CREATE_EVENT, { ...validEvent, name: 'Zz\nBad' }, 'input.name');
  add('the same alias twice', CREATE_EVENT, { ...validEvent, aliases: ['X', 'X'] }, 'input.aliases[1]');
  add('negative count', 'mutation($input: CreateAwardInput!) { createAward(input: $input) { created } }', { name: 'Zz Bad Award', collectives: -1, ...cite }, 'input.collectives');
  add('year out of range', CREATE_PROGRAM, { name: 'Zz Bad P', kind: 'COORDINATION_PLAN', startYear: 1066, ...cite }, 'input.startYear');

  // Dates: the forms YYYY, YYYY-MM, YYYY-MM-DD, and only real calendar dates.
  const dates = ['2021-02-30', '2021-02-29', '2021-04-31', '2021-13', '2021-00', '2021-01-00', '2021-1-5', '21', '2021/02/03', '03/02/2021', '2021-02-03T00:00:00Z', '', ' 2021', 'năm 2021'];
  for (const date of dates) {
    add(`date ${JSON.stringify(date)} on an event`, CREATE_EVENT, { ...validEvent, date }, 'input.date');
    add(`date ${JSON.stringify(date)} on an observation`, OBSERVE, { ...validObservation, observedAt: date }, 'input.observedAt');
  }
  add('validTo before validFrom', 'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { created } }', { name: 'Zz Bad Place', kind: 'COMMUNE', validFrom: '2025-07', validTo: '2025-06-30', ...cite }, 'input.validTo');

  // Ids: malformed, unknown, of the wrong kind.
  const ids: Array<[string, string, string]> = [
    ['not base64', '!!!', 'is not an id'],
    ['base64 of a foreign label', Buffer.from('Nope:x').toString('base64url'), ''],
    ['base64 of an upper-case id', Buffer.from('Person:PER-X').toString('base64url'), ''],
    ['a bare slug', 'per-zz-bad-person', ''],
    ['an empty id', '', ''],
  ];
  for (const [name, value] of ids) {
    add(`id ${name} as the person`, OBSERVE, { ...validObservation, person: value }, 'input.person');
    add(`id ${name} as a cited source`, CREATE_EVENT, { ...validEvent, sources: [value] }, 'input.sources[0]');
  }
  add('unknown person', OBSERVE, { ...validObservation, person: toGlobalId('Person', 'per-zz-bad-nobody') }, 'input.person');
  add('unknown event', OBSERVE, { ...validObservation, event: toGlobalId('Event', 'ev-zz-bad-nobody') }, 'input.event');
  add('unknown cited source', CREATE_EVENT, { ...validEvent, sources: [toGlobalId('Source', 'src-zz-bad-nobody')] }, 'input.sources[0]');
  add('an organisation as the person', OBSERVE, { ...validObservation, person: ORG }, 'input.person');
  add('a person as a cited source', CREATE_EVENT, { ...validEvent, sources: [PERSON] }, 'input.sources[0]');
  add('a person id to update an event', 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { created } }', { id: PERSON, ...cite }, 'input.id');
  add('an event as a bridge point place', PARTICIPATE, { person: PERSON, event: EVENT, role: 'SPOKE', bridgePoint: 'x', bridgePointPlace: EVENT, ...cite }, 'input.bridgePointPlace');
  add('a link between the wrong kinds', LINK, { ...validLink, from: EVENT, to: ORG }, 'input.to');
  add('unknown relationship id to attach to', ATTACH, { target: Buffer.from('ORGANIZED:no-such-link').toString('base64url'), ...cite }, 'input.target');
  add('no source at all', CREATE_EVENT, { name: 'Zz Bad no source', kind: 'BRIEFING' }, 'input.sources');
  add('an empty list of sources', LINK, { ...validLink, sources: [] }, 'input.sources');

  // Cypher injection in every string field. Fields with a form (ids, slugs,
  // dates, file names) refuse it whatever else is right; free-text fields take
  // any text, so there it rides in a request refused for citing no source —
  // and a separate test shows such text stored verbatim when the request is valid.
  for (const [i, text] of INJECTIONS.entries()) {
    const tag = `injection #${i}`;
    add(`${tag} in slug`, CREATE_EVENT, { ...validEvent, slug: text }, 'input.slug');
    add(`${tag} in date`, CREATE_EVENT, { ...validEvent, date: text }, 'input.date');
    add(`${tag} in observedAt`, OBSERVE, { ...validObservation, observedAt: text }, 'input.observedAt');
    add(`${tag} in person id`, OBSERVE, { ...validObservation, person: text }, 'input.person');
    add(`${tag} in a source id`, CREATE_EVENT, { ...validEvent, sources: [text] }, 'input.sources[0]');
    add(`${tag} in link from`, LINK, { ...validLink, from: text }, 'input.from');
    add(`${tag} in link since`, LINK, { type: 'ADOPTED_IN', from: toGlobalId('Model', 'mdl-zz-bad'), to: toGlobalId('Place', 'pl-zz-bad'), since: text, ...cite }, 'input.since');
    add(`${tag} in a source file`, CREATE_SOURCE, { ...validSource, file: text }, 'input.file');
    add(`${tag} in a source publishedAt`, CREATE_SOURCE, { ...validSource, publishedAt: text }, 'input.publishedAt');
    add(`${tag} in the target of attachSources`, ATTACH, { target: text, ...cite }, 'input.target');
    add(`${tag} as an enum value`, CREATE_EVENT, { ...validEvent, kind: text });
    // The last injection holds a NUL, which no text field accepts: there the field itself is named.
    const free = i === INJECTIONS.length - 1 ? 'input.name' : 'input.sources';
    add(`${tag} in name`, CREATE_EVENT, { name: text, kind: 'BRIEFING' }, free);
    add(`${tag} in description`, CREATE_EVENT, { name: 'Zz Bad x', kind: 'BRIEFING', description: text }, free === 'input.name' ? 'input.description' : 'input.sources');
    add(`${tag} in aliases`, UPDATE_PERSON, { id: PERSON, addAliases: [text] }, free === 'input.name' ? 'input.addAliases[0]' : 'input.sources');
    add(`${tag} in inferenceNote`, CREATE_EVENT, { name: 'Zz Bad x', kind: 'BRIEFING', inferred: true, inferenceNote: text }, free === 'input.name' ? 'input.inferenceNote' : 'input.sources');
    add(`${tag} in title`, OBSERVE, { ...validObservation, sources: [], title: text }, free === 'input.name' ? 'input.title' : 'input.sources');
    add(`${tag} in titleAtEvent`, PARTICIPATE, { person: PERSON, event: EVENT, role: 'SPOKE', titleAtEvent: text }, free === 'input.name' ? 'input.titleAtEvent' : 'input.sources');
    add(`${tag} in note`, LINK, { type: 'SUCCEEDED_BY', from: toGlobalId('Place', 'pl-zz-bad-a'), to: toGlobalId('Place', 'pl-zz-bad-b'), date: '2025', note: text }, free === 'input.name' ? 'input.note' : 'input.sources');
    add(`${tag} in a new source's title`, CREATE_EVENT, { name: 'Zz Bad x', kind: 'BRIEFING', newSources: [{ ...validSource, title: text, publishedAt: '2021-02-30' }] }, free === 'input.name' ? 'input.newSources[0].title' : 'input.newSources[0].publishedAt');
  }

  // Documents that must never run: refused when parsed (syntax, the token limit) or by the
  // query limits (GraphQL Armor) during validation; either way the client's mistake, HTTP 400.
  cases.push({ name: 'a document that does not parse', query: '{ search(query: ) { totalCount } }', code: 'GRAPHQL_PARSE_FAILED' });
  const manyTokens = `{ ${Array.from({ length: 1_600 }, () => 'people { totalCount }').join(' ')} }`;
  cases.push({ name: 'a document of more than 6000 tokens', query: manyTokens, code: 'GRAPHQL_PARSE_FAILED' });
  const deep = `{ node(id: "${PERSON}") { ${'... on Person { roles { organization { '.repeat(8)}id${' } } }'.repeat(8)} } }`;
  cases.push({ name: 'a query nested 25 levels deep', query: deep, code: 'GRAPHQL_VALIDATION_FAILED' });
  const bomb = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: people(first: 100) { totalCount }`).join(' ')} }`;
  cases.push({ name: 'an alias bomb of 60 people lists', query: bomb, code: 'GRAPHQL_VALIDATION_FAILED' });
  const writeBomb = `mutation { ${Array.from({ length: 30 }, (_, i) => `m${i}: createPerson(input: {name: "Zz Bad Bomb ${i}", sources: ["${SEED_SOURCE_ID}"]}) { created }`).join(' ')} }`;
  cases.push({ name: 'an alias bomb of 30 creates', query: writeBomb, code: 'GRAPHQL_VALIDATION_FAILED' });
  const fragments = `query { ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { people(first: 1) { totalCount } ${i < 29 ? `...F${i + 1}` : ''} }`).join(' ')}`;
  cases.push({ name: 'a chain of 30 fragments', query: fragments, code: 'GRAPHQL_VALIDATION_FAILED' });
  const cyclic = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
  cases.push({ name: 'cyclic fragments', query: cyclic, code: 'GRAPHQL_VALIDATION_FAILED' });
  return cases;
}

describe('a corpus of bad inputs', () => {
  let s: MutationSuite;
  const cases = corpus();
  before(async () => {
    s = await startMutationSuite('bad');
    // Real endpoints for the cases whose only fault is elsewhere.
    for (const [kind, input] of [
      ['Person', { slug: 'per-zz-bad-person', name: 'Zz Bad Người' }],
      ['Organization', { slug: 'org-zz-bad-org', name: 'Zz Bad Ban', kind: 'PARTY_BOARD', line: 'PARTY' }],
      ['Event', { slug: 'ev-zz-bad-event', name: 'Zz Bad Sự kiện', kind: 'BRIEFING' }],
      ['Place', { slug: 'pl-zz-bad-a', name: 'Zz Bad A', kind: 'COMMUNE' }],
      ['Place', { slug: 'pl-zz-bad-b', name: 'Zz Bad B', kind: 'COMMUNE' }],
      ['Place', { slug: 'pl-zz-bad', name: 'Zz Bad C', kind: 'COMMUNE' }],
      ['Model', { slug: 'mdl-zz-bad', name: 'Zz Bad Mô hình' }],
    ] as const) {
      const { body } = await s.as.admin(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { created } }`, { input: { ...input, ...cite } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
  });
  after(() => s.close());

  it(`holds more than 200 cases (${cases.length})`, () => {
    assert.ok(cases.length > 200, String(cases.length));
  });

  it('every case fails cleanly with a client error, and the database stays exactly as it was', async () => {
    const before = await dumpGraph(s.executor);
    const failures: string[] = [];
    for (const c of cases) {
      // As an admin, so that nothing is refused for want of rights: only the input can be at fault.
      const { status, body } = await s.as.admin(c.query, c.variables);
      const error = body.errors?.[0];
      const code = error?.extensions?.code;
      const expected = c.code ?? 'BAD_USER_INPUT';
      if (status >= 500 || !error) failures.push(`${c.name}: status ${status}, ${JSON.stringify(body).slice(0, 200)}`);
      else if (expected.startsWith('GRAPHQL_') && status !== 400) failures.push(`${c.name}: status ${status}, expected 400 for ${expected}`);
      else if (code !== expected) failures.push(`${c.name}: code ${String(code)}, expected ${expected}: ${error.message}`);
      else if (c.field !== undefined && error.extensions?.field !== c.field) failures.push(`${c.name}: field ${String(error.extensions?.field)}, expected ${c.field}: ${error.message}`);
      else if (body.data && Object.values(body.data).some((v) => v !== null)) failures.push(`${c.name}: returned data ${JSON.stringify(body.data)}`);
    }
    assert.deepEqual(failures, []);
    assert.equal(await dumpGraph(s.executor), before, 'not one node, relationship, property or audit entry changed');
  });

  it('stores injection-looking text verbatim when the request is otherwise valid, changing nothing else', async () => {
    const before = (await dumpGraph(s.executor)).split('\n');
    const text = INJECTIONS[0]!;
    const { body } = await s.as.editor<{ createEvent: { entity: { name: string; description: string; aliases: string[]; slug: string } } }>(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { entity { slug name description aliases } } }',
      { input: { slug: 'ev-zz-bad-injection', name: `Zz ${text}`, description: text, aliases: [text], kind: 'BRIEFING', ...cite } },
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data?.createEvent.entity, { slug: 'ev-zz-bad-injection', name: `Zz ${text}`, description: text, aliases: [text] });
    const afterLines = (await dumpGraph(s.executor)).split('\n');
    const added = afterLines.filter((line) => !before.includes(line));
    const removed = before.filter((line) => !afterLines.includes(line));
    assert.deepEqual(removed, []);
    assert.equal(added.length, 2, 'the new event and its audit entry, nothing else');
    assert.ok(added.some((line) => line.includes('"AuditEntry"')));
    assert.ok(added.some((line) => line.includes('"Event"') && line.includes('ev-zz-bad-injection')));
  });

  it('refuses a body over 100 kB (8 MB from a key that may take articles in) and batched requests', async () => {
    const before = await dumpGraph(s.executor);
    const post = (secret: string | null, length: number) =>
      fetch(`${s.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query: CREATE_EVENT, variables: { input: { ...validEvent, description: 'x'.repeat(length) } } }),
      });
    const statuses = [(await post(null, 200_000)).status, (await post(s.keys.viewer.secret, 200_000)).status, (await post(s.keys.admin.secret, 9_000_000)).status];
    assert.deepEqual(statuses, [413, 413, 413]);
    const batch = await fetch(`${s.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.keys.admin.secret}` },
      body: JSON.stringify([{ query: CREATE_EVENT, variables: { input: validEvent } }, { query: CREATE_EVENT, variables: { input: validEvent } }]),
    });
    assert.equal(batch.status, 400);
    assert.equal(await dumpGraph(s.executor), before);
  });
});
