// A resolver that declares what it reads of its row (api/graphql/field-reads.ts)
// answers the same from a row holding only that as from the whole row: checked
// for every declared field of every node type, on every node of the seed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { NODE_LABELS } from '../../model/labels.js';
import type { NodeRow } from '../../api/db/mapping.js';
import { NodeRepository } from '../../api/db/node/node.repository.js';
import { declaredReads } from '../../api/graphql/field-reads.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { contractOperation } from '../helpers/contract.js';
import { CountingObserver, createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';
import { seededExecutor } from '../helpers/seeded.js';

const schema = buildSchema();

/** A context whose loaders refuse to be used: a field that loads is keyed by the id, which every row keeps. */
const noLoaders = new Proxy({}, { get: () => { throw new Error('loads'); } });
const context = { loaders: noLoaders };
// A field asked with nothing selected below it.
const info = { schema, fieldNodes: [], fragments: {} } as unknown as GraphQLResolveInfo;

async function resolve(resolver: (...args: never[]) => unknown, row: NodeRow): Promise<{ value?: unknown; loads?: true }> {
  try {
    return { value: await (resolver as (...args: unknown[]) => unknown)(row, {}, context, info) };
  } catch (error) {
    if ((error as Error).message === 'loads') return { loads: true };
    throw error;
  }
}

describe('fields that declare what they read of their row', () => {
  const executor = seededExecutor();

  it('are declared on the fields lists ask for most', () => {
    const declared = (type: string, field: string) => {
      const t = schema.getType(type);
      return isObjectType(t) ? declaredReads(t.getFields()[field]!) : undefined;
    };
    assert.deepEqual(declared('Event', 'date'), ['date', 'datePrecision']);
    assert.deepEqual(declared('Place', 'name'), ['name']);
    assert.deepEqual(declared('Source', 'name'), ['title'], 'a source stores its title only');
    assert.deepEqual(declared('Model', 'events'), ['id']);
    assert.deepEqual(declared('Person', 'roles'), ['id']);
    assert.deepEqual(declared('Person', 'coAppearances'), ['id']);
    assert.deepEqual(declared('Event', 'kind'), ['kind'], 'a field without a resolver reads the property of its name');
    assert.equal(declared('Event', 'presentations'), null, 'a field that hands its row on needs the whole row');
  });

  for (const label of NODE_LABELS) {
    it(`answer the same from only what they declare on every ${label}`, async () => {
      const type = schema.getType(label);
      assert.ok(isObjectType(type));
      const ids = (await executor().read<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id`)).map((r) => r.id);
      assert.ok(ids.length > 0, `the seed has no ${label}`);
      // Without what a statement joined to the row (symbol keys): only its properties count here.
      const rows = (await new NodeRepository(executor()).byIds(label, ids)).map((f) => Object.fromEntries(Object.entries(f.row)) as NodeRow);
      let compared = 0;
      for (const field of Object.values(type.getFields())) {
        const declared = declaredReads(field);
        if (!declared || !field.resolve) continue;
        for (const row of rows) {
          const only = { label: row.label, id: row.id, ...Object.fromEntries(declared.filter((k) => k in row).map((k) => [k, row[k]])) } as NodeRow;
          const whole = await resolve(field.resolve as never, row);
          const partial = await resolve(field.resolve as never, only);
          assert.deepEqual(partial, whole, `${label}.${field.name} of ${row.id}`);
          if (!whole.loads) compared += 1;
        }
      }
      assert.ok(compared > 0, `no field of ${label} was compared`);
    });
  }
});

describe('lists read with the properties their selected fields read', () => {
  const observer = new CountingObserver();
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, observer) });

  it('reads the places, events and sources of a Models page with only what the contract asks of them', async () => {
    const before = observer.count;
    const data = await api.data<{ models: { edges: { node: { places: unknown[]; events: unknown[]; sources: unknown[] } }[] } }>(contractOperation('Models'), { first: 20 });
    assert.ok(data.models.edges.some((e) => e.node.places.length > 0 && e.node.events.length > 0 && e.node.sources.length > 0));
    const statements = observer.queries.slice(before).join(' ').replace(/\s+/g, ' ');
    assert.ok(statements.includes('(b:Place) RETURN key, [b.id, b.name] AS node, {} AS rel'), 'origin places: id and name');
    assert.ok(statements.includes('(b:Event) RETURN key, [b.id, b.date, b.datePrecision, b.name] AS node, {} AS rel'), 'events: id, name, date');
    assert.ok(statements.includes('MATCH (n:Source {id: id}) RETURN id AS requested, [n.id, n.title] AS props'), 'sources: id and title');
  });

  it('reads a node asked by id with what its selected fields read, and its sources only when they are shown', async () => {
    const statementsOf = async (operation: string, id: string) => {
      const before = observer.count;
      const { node } = await api.data<{ node: Record<string, unknown> }>(contractOperation(operation), { id });
      assert.ok(node, `${operation} found ${id}`);
      return observer.queries.slice(before).join(' ').replace(/\s+/g, ' ');
    };
    const timeline = await statementsOf('PersonTimeline', toGlobalId('Person', 'per-pham-thien-nghia'));
    assert.ok(timeline.includes('MATCH (n:Person {id: id}) RETURN id AS requested, [n.id, n.aliases, n.name] AS props'), 'the person: id, name, aliases');
    assert.ok(!timeline.includes('AS sources'), 'no sources: the timeline does not show the person’s');
    // EventDetail shows the event's sources: its projection reads sourceIds, and the sources come along.
    const event = await statementsOf('EventDetail', toGlobalId('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020'));
    assert.ok(event.includes('MATCH (n:Event {id: id}) RETURN id AS requested, [n.id, n.date, n.datePrecision, n.kind, n.name, n.online, n.sourceIds] AS props'), 'the event: what the contract shows');
    assert.ok(event.includes('AS sources'), 'with its sources');
    assert.ok(event.includes('(b:Person) RETURN key, [b.id, b.name] AS node, properties(r) AS rel'), 'participants: id and name, with their participation');
  });
});
