// The argument bounds the SDL states with @constraint: where they must be
// stated, that descriptions repeat them, and that the schema enforces them
// before any resolver runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  getNamedType,
  graphql,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { boundsOf, enforceInputBounds, type Bounds } from '../../api/graphql/input-bounds.js';
import { loadTypeDefs } from '../../api/graphql/load-schema.js';
import { buildSchema } from '../../api/graphql/schema.js';

const schema = buildSchema();
const directive = schema.getDirective('constraint')!;

interface Bounded {
  where: string;
  target: GraphQLArgument | GraphQLInputField;
}

/** Every argument of every field clients read (not the mutations, whose inputs the write layer checks), and every input field those arguments take. */
function readArguments(s: GraphQLSchema): Bounded[] {
  const out: Bounded[] = [];
  const inputs = new Set<GraphQLInputObjectType>();
  const visitInput = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || inputs.has(named)) return;
    inputs.add(named);
    for (const field of Object.values(named.getFields())) {
      out.push({ where: `${named.name}.${field.name}`, target: field });
      visitInput(field.type);
    }
  };
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__') || type === s.getMutationType() || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        out.push({ where: `${type.name}.${field.name}(${arg.name})`, target: arg });
        visitInput(arg.type);
      }
    }
  }
  return out;
}

const unwrapped = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

/** The bounds a value of this type must state: text its length, numbers their range, lists their size. */
function requiredBounds(type: GraphQLInputType): (keyof Bounds)[] {
  const outer = unwrapped(type);
  const named = getNamedType(type).name;
  const leaf: (keyof Bounds)[] = ['String', 'ID'].includes(named) ? ['maxLength'] : ['Int', 'Float'].includes(named) ? ['min', 'max'] : [];
  return isListType(outer) ? ['maxItems', ...leaf] : leaf;
}

describe('the bounds of the read arguments', () => {
  const all = readArguments(schema);

  it('are stated on every argument and query input field that takes text, an id, a number or a list', () => {
    assert.ok(all.length > 150, String(all.length));
    const missing = all.flatMap(({ where, target }) => {
      const stated = boundsOf(directive, target) ?? {};
      const absent = requiredBounds(target.type).filter((key) => stated[key] === undefined);
      return absent.length > 0 ? [`${where}: ${absent.join(', ')}`] : [];
    });
    assert.deepEqual(missing, []);
  });

  it('are repeated in the description, which is all that introspection shows', () => {
    const unstated = all.flatMap(({ where, target }) => {
      const bounds = boundsOf(directive, target);
      if (!bounds) return [];
      const numbers = Object.values(bounds).map(String);
      const description = target.description ?? '';
      return numbers.every((n) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(description)) ? [] : [`${where}: "${description}" does not state ${numbers.join(', ')}`];
    });
    assert.deepEqual(unstated, []);
  });

  it('let a list of enum values name every value', () => {
    const short = all.flatMap(({ where, target }) => {
      const item = getNamedType(target.type);
      const maxItems = boundsOf(directive, target)?.maxItems;
      return isEnumType(item) && maxItems !== undefined && maxItems < item.getValues().length ? [`${where}: ${maxItems} < ${item.getValues().length}`] : [];
    });
    assert.deepEqual(short, []);
  });

  it('are the same on the Entity interface as on every type that implements it', () => {
    const entity = schema.getType('Entity');
    assert.ok(isInterfaceType(entity));
    const differing: string[] = [];
    for (const [name, field] of Object.entries(entity.getFields())) {
      for (const implementation of schema.getPossibleTypes(entity)) {
        for (const arg of field.args) {
          const own = implementation.getFields()[name]!.args.find((a) => a.name === arg.name)!;
          if (JSON.stringify(boundsOf(directive, own)) !== JSON.stringify(boundsOf(directive, arg))) differing.push(`${implementation.name}.${name}(${arg.name})`);
        }
      }
    }
    assert.deepEqual(differing, []);
  });
});

describe('the schema refuses a value outside its bounds before the resolver runs', () => {
  // No context: a resolver that ran would fail on it, so a BAD_USER_INPUT proves the check came first.
  async function refusal(query: string, variables?: Record<string, unknown>) {
    const result = await graphql({ schema, source: query, variableValues: variables });
    assert.equal(result.errors?.length, 1, JSON.stringify(result.errors));
    const error = result.errors![0]!;
    const original = error.originalError as { name?: string; problems?: unknown; field?: string } | undefined;
    assert.equal(original?.name, 'InputError', error.message);
    return { message: error.message, field: original!.field, problems: original!.problems };
  }

  it('names the argument, the bound and the value', async () => {
    assert.deepEqual(await refusal('query($q: String!) { search(query: $q) { totalCount } }', { q: 'ạ'.repeat(301) }), {
      message: 'query: must be at most 300 characters, got 301',
      field: 'query',
      problems: [{ field: 'query', message: 'must be at most 300 characters, got 301' }],
    });
    assert.deepEqual(await refusal('{ search(query: "x", first: 101) { totalCount } }'), {
      message: 'first: must be between 0 and 100, got 101',
      field: 'first',
      problems: [{ field: 'first', message: 'must be between 0 and 100, got 101' }],
    });
  });

  it('lists every argument out of bounds', async () => {
    const { problems } = await refusal('query($a: String) { people(first: -1, last: 500, after: $a) { totalCount } }', { a: 'c'.repeat(201) });
    assert.deepEqual(problems, [
      { field: 'first', message: 'must be between 0 and 100, got -1' },
      { field: 'after', message: 'must be at most 200 characters, got 201' },
      { field: 'last', message: 'must be between 0 and 100, got 500' },
    ]);
  });

  it('reaches into input objects and list items, naming the path', async () => {
    assert.equal((await refusal('query($t: String) { people(filter: { title: $t }) { totalCount } }', { t: 'x'.repeat(301) })).field, 'filter.title');
    assert.equal((await refusal('query($f: ProgramFilter) { programs(filter: $f) { totalCount } }', { f: { activeIn: 2101 } })).field, 'filter.activeIn');
    const ids = Array.from({ length: 5 }, (_, i) => (i === 3 ? 'i'.repeat(201) : 'x'));
    assert.deepEqual(await refusal('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }), {
      message: 'ids[3]: must be at most 200 characters, got 201',
      field: 'ids[3]',
      problems: [{ field: 'ids[3]', message: 'must be at most 200 characters, got 201' }],
    });
    assert.equal((await refusal('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'x') })).message, 'ids: must list at most 100 items, got 101');
    assert.equal((await refusal('query($k: [EntityKind!]) { search(query: "x", kinds: $k) { totalCount } }', { k: Array.from({ length: 51 }, () => 'PERSON') })).field, 'kinds');
  });

  it('checks the arguments of nested fields, and literals as well as variables', async () => {
    const person = schema.getType('Person');
    assert.ok(isObjectType(person));
    assert.throws(() => person.getFields().appearances!.resolve!({ id: 'per-x' }, { first: 1000 }, undefined as never, undefined as never), /first: must be between 0 and 100, got 1000/);
    assert.equal((await refusal('{ neighborhood(id: "x", depth: 4) { truncated } }')).message, 'depth: must be between 1 and 3, got 4');
    assert.equal((await refusal('query($d: Int) { neighborhood(id: "x", depth: $d) { truncated } }', { d: 0 })).message, 'depth: must be between 1 and 3, got 0');
  });

  it('measures text in characters, not UTF-16 units', async () => {
    const astral = '𝐀'.repeat(300);
    const schemaOf = miniSchema('text: String @constraint(maxLength: 300)');
    assert.equal((await graphql({ schema: schemaOf, source: 'query($t: String) { echo(text: $t) }', variableValues: { t: astral } })).data?.echo, `${astral}||`);
    const over = await graphql({ schema: schemaOf, source: 'query($t: String) { echo(text: $t) }', variableValues: { t: `${astral}𝐀` } });
    assert.equal(over.errors?.[0]?.message, 'text: must be at most 300 characters, got 301');
  });

  it('lets values within bounds, nulls and omitted arguments through to the resolver', async () => {
    const s = miniSchema('text: String @constraint(maxLength: 3), n: Int = 2 @constraint(min: 1, max: 3), list: [String] @constraint(maxItems: 2, maxLength: 1)');
    for (const [source, expected] of [
      ['{ echo(text: "abc", n: 3, list: ["a", null]) }', 'abc|3|a,'],
      ['{ echo(text: null, n: 1) }', 'null|1|'],
      ['{ echo }', 'undefined|2|'],
    ] as const) {
      const result = await graphql({ schema: s, source });
      assert.deepEqual({ ...result }, { data: Object.assign(Object.create(null), { echo: expected }) }, source);
    }
  });
});

describe('a bound stated where it means nothing stops the start-up', () => {
  for (const [args, message] of [
    ['n: Int @constraint(maxLength: 3)', /maxLength\) on Query\.echo\(n\), which is not text/],
    ['text: String @constraint(max: 3)', /min, max\) on Query\.echo\(text\), which is not a number/],
    ['text: String @constraint(maxItems: 3)', /maxItems\) on Query\.echo\(text\), which is not a list/],
  ] as const) {
    it(args, () => assert.throws(() => miniSchema(args), message));
  }
});

/** A schema of one field, `echo`, with the given arguments and the project's directive, bounds enforced. */
function miniSchema(args: string): GraphQLSchema {
  const directiveSdl = /directive @constraint\([^)]*\)[^\n]*/s.exec(loadTypeDefs())![0];
  const s = makeExecutableSchema({
    typeDefs: `${directiveSdl}\ntype Query { echo(${args}): String }`,
    resolvers: { Query: { echo: (_: unknown, a: { text?: string | null; n?: number; list?: (string | null)[] }) => `${a.text === undefined ? 'undefined' : a.text}|${a.n ?? ''}|${a.list?.join(',') ?? ''}` } },
  });
  enforceInputBounds(s);
  return s;
}
