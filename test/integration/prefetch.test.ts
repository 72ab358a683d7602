import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getNamedType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { NODE_LABELS } from '../../model/labels.js';
import { needsOnlyTheId } from '../../api/graphql/field-reads.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';

const person = toGlobalId('Person', 'per-pham-thien-nghia');

/**
 * node(id): the fields that need only the id are loaded together with the
 * node, in its statement; the answers are those the fields give on their own.
 */
describe('fields loaded with the node they belong to', () => {
  const observer = new CountingObserver();
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, observer) });

  const counted = async (query: string, variables: Record<string, unknown>) => {
    const before = observer.count;
    const { body } = await api.graphql<Record<string, unknown>>(query, variables);
    return { body, statements: observer.count - before };
  };

  it('answers PersonTimeline in one statement, as the fields answer through a fragment resolved after the node', async () => {
    const { body, statements } = await counted(contractOperation('PersonTimeline'), { id: person });
    assert.equal(body.errors, undefined);
    assert.equal(statements, 1);
    // The same fields asked through `nodes`, which loads no field ahead: the same answer.
    const later = await api.data<{ nodes: unknown[] }>(
      `query($id: ID!) { nodes(ids: [$id]) { ...T } }
       fragment T on Person { id name aliases roles { title organization { id name } firstSeen lastSeen observations { observedAt title event { id name date } source { id title publisher publishedAt } } }
         appearances(first: 50) { totalCount edges { role titleAtEvent node { id name date place { id name } } } } }`,
      { id: person },
    );
    const { __typename: _typename, ...timeline } = (body.data as { node: Record<string, unknown> }).node;
    assert.deepEqual(later.nodes[0], timeline);
  });

  it('follows named fragments and the arguments of the fields', async () => {
    const org = toGlobalId('Organization', 'org-ban-dan-van-tinh-uy-dong-thap');
    const query = `query($id: ID!, $at: Date) { node(id: $id) { ...Holders } }
      fragment Holders on Organization { name officeHolders(at: $at) { title person { name } } place { name } }`;
    const onDay = await counted(query, { id: org, at: '1990-01-01' });
    const ever = await counted(query, { id: org, at: null });
    assert.equal(onDay.body.errors, undefined);
    assert.equal(onDay.statements, 1);
    const holders = (r: typeof onDay) => ((r.body.data as { node: { officeHolders: unknown[] } }).node.officeHolders).length;
    assert.equal(holders(onDay), 0, 'nobody is seen in office in 1990');
    assert.ok(holders(ever) > 0);
  });

  it('gives office holders’ observations the event and source they give alone (read there by their fields)', async () => {
    type Obs = { id: string; event: { id: string } | null; source: { id: string } | null };
    const org = toGlobalId('Organization', 'org-ubnd-tinh-dong-thap');
    const { node } = await api.data<{ node: { officeHolders: { observations: Obs[] }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Organization { officeHolders { observations { id event { id } source { id } } } } } }`,
      { id: org },
    );
    const observations = node.officeHolders.flatMap((h) => h.observations);
    assert.ok(observations.length > 0 && observations.every((o) => o.source !== null));
    for (const o of observations) {
      const alone = await api.data<{ node: Obs }>(`query($id: ID!) { node(id: $id) { ... on RoleObservation { id event { id } source { id } } } }`, { id: o.id });
      assert.deepEqual(o, alone.node);
    }
  });

  // A field's required arguments, given a sample value of their type (asOf's date).
  const SAMPLES: Record<string, string> = { Date: '"2025-07-01"' };
  const requiredArguments = (field: GraphQLField<unknown, unknown>) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    if (required.length === 0) return '';
    return `(${required.map((arg) => `${arg.name}: ${SAMPLES[getNamedType(arg.type).name] ?? assert.fail(`no sample for ${field.name}(${arg.name})`)}`).join(', ')})`;
  };

  it('loads, for every type, each field declared to need only the id with the node, and answers as without', async () => {
    const schema = buildSchema();
    let compared = 0;
    for (const label of NODE_LABELS) {
      const type = schema.getType(label);
      assert.ok(isObjectType(type));
      const fields = Object.values(type.getFields()).filter((field) => needsOnlyTheId(field));
      if (fields.length === 0) continue;
      // The node of the label with the most relationships, so that the loads find something.
      const [busiest] = await api.executor.read<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`);
      const id = toGlobalId(label, busiest!.id);
      const selection = `... on ${label} { ${fields.map((field) => `${field.name}${requiredArguments(field)} { __typename }`).join(' ')} }`;
      const { body, statements } = await counted(`query($id: ID!) { node(id: $id) { ${selection} } }`, { id });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(statements, 1, `${label}: ${fields.map((f) => f.name).join(', ')} load with the node`);
      const alone = await api.data<{ nodes: unknown[] }>(`query($id: ID!) { nodes(ids: [$id]) { ${selection} } }`, { id });
      assert.deepEqual((body.data as { node: unknown }).node, alone.nodes[0], label);
      compared += 1;
    }
    assert.ok(compared >= 8, `${compared} types have fields that load with the node`);
  });

  it('answers null for an id of nothing, without errors', async () => {
    const { body } = await counted(contractOperation('PersonTimeline'), { id: toGlobalId('Person', 'per-khong-co-nguoi-nay') });
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data, { node: null });
  });

  it('reports a bad argument of a field once, at the field, as without the early load', async () => {
    const { body } = await counted(`query($id: ID!) { node(id: $id) { ... on Person { name appearances(first: 101) { totalCount } } } }`, { id: person });
    assert.equal(body.errors?.length, 1);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(body.errors?.[0]?.path, ['node', 'appearances']);
  });
});
