// The cases of the schema fuzz, generated from the schema itself: every
// argument of every field clients read (top-level or nested) and every input
// field of every mutation, each given the values of fuzz-values.ts, as a
// variable and, for some values, as a literal in the document.
import {
  coerceInputValue,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parseValue,
  valueFromAST,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { boundsOf, type Bounds } from '../../api/graphql/input-bounds.js';
import { baseline, literalOf, placed, poison, type Base, type Segment } from './fuzz-inputs.js';
import { leafValues, type FuzzValue, type SampleIds } from './fuzz-values.js';

export interface FuzzCase {
  name: string;
  operation: 'query' | 'mutation';
  /** The root field, aliased, with the fuzzed argument written as `argument` (a variable or a literal). */
  render(alias: string, argument: string): string;
  /** The argument's type, and as written in the variable's definition. */
  type: GraphQLInputType;
  variableType: string;
  /** The argument as a whole: the fuzzed value where it goes, baseline values around it. */
  value: unknown;
  /** For a mutation sent with a key that may write: the same, with another input field made invalid, so nothing can be written. */
  poisoned?: unknown;
  /**
   * The mutation's input has no field beside the fuzzed one to make invalid
   * (`undoProposalAcceptance(input: { proposal })`): `poisoned` is the value
   * itself, which must be refused on its own.
   */
  bare?: boolean;
  /** Sent as a literal in the document (otherwise as a variable). */
  asLiteral: boolean;
  /** Whether GraphQL accepts the value for the type (then the field runs; otherwise the request is refused as a whole). */
  accepted: boolean;
  /**
   * Sent in a request of its own: its root field cannot answer null, so its
   * error nulls the whole answer and stops the fields after it (and mutations
   * run one after the other). A value GraphQL refuses never runs, so those
   * share requests.
   */
  alone: boolean;
  /** A literal GraphQL cannot even parse (an unpaired surrogate escape): the whole document is refused. */
  unparsable?: boolean;
  /** A write given text the registry may not store there: its problems must name this input field. */
  mustName?: string;
  /** A read argument over its stated bound: BAD_USER_INPUT naming this field. */
  beyondBound?: string;
}

/** Where the nested fields of a type are reached from: `node(id:)` with a seed node of that type. */
export type RouteIds = ReadonlyMap<string, string>;

interface Target {
  path: Segment[];
  type: GraphQLInputType;
  bounds: Bounds | undefined;
}

/** Every place a value can go inside an argument of type `type`: the argument itself, list items, input fields at any depth. */
function targets(type: GraphQLInputType, bounds: Bounds | undefined, path: Segment[], fuzzedInputs: Set<string>, directive: Parameters<typeof boundsOf>[0]): Target[] {
  const out: Target[] = [{ path, type, bounds }];
  const inner = isNonNullType(type) ? type.ofType : type;
  const item = isListType(inner) ? (isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType) : inner;
  const itemPath = isListType(inner) ? [...path, 0 as const] : path;
  // An input type's fields are fuzzed where it is first met (CreateSourceInput sits in every mutation).
  if (isInputObjectType(item) && !fuzzedInputs.has(item.name)) {
    fuzzedInputs.add(item.name);
    for (const field of Object.values(item.getFields())) out.push(...targets(field.type, boundsOf(directive, field), [...itemPath, field.name], fuzzedInputs, directive));
  }
  return out;
}

/** The path of the value that breaks a stated bound, from the target on (`''`, `[3]`), or undefined when none does. */
function beyondBound(bounds: Bounds | undefined, type: GraphQLInputType, value: unknown): string | undefined {
  if (!bounds || value === null || value === undefined) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  const leaf = (item: unknown) =>
    (bounds.maxLength !== undefined && typeof item === 'string' && [...item].length > bounds.maxLength) ||
    (typeof item === 'number' && ((bounds.max !== undefined && item > bounds.max) || (bounds.min !== undefined && item < bounds.min)));
  if (!isListType(inner)) return leaf(value) ? '' : undefined;
  // A single value where a list goes is taken as a list of one.
  const items = Array.isArray(value) ? value : [value];
  if (bounds.maxItems !== undefined && items.length > bounds.maxItems) return '';
  const index = items.findIndex(leaf);
  return index >= 0 ? `[${index}]` : undefined;
}

/** The values tried at one target. */
function valuesAt(target: Target, base: Base): FuzzValue[] {
  const { sample } = base;
  const { type, bounds } = target;
  const out: FuzzValue[] = [];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isNonNullType(type)) out.push({ label: 'null for a required value', value: null, core: true });
  else out.push({ label: 'null', value: null });
  if (isListType(inner)) {
    const item = baseline(inner.ofType, base);
    out.push({ label: 'empty list', value: [] }, { label: 'a null item', value: [null], core: true }, { label: 'a list in a list', value: [[item]] });
    out.push({ label: '1 000 items', value: Array.from({ length: 1_000 }, () => item) });
    if (bounds?.maxItems !== undefined) {
      out.push({ label: `${bounds.maxItems} items (the bound)`, value: Array.from({ length: bounds.maxItems }, () => item) });
      out.push({ label: `${bounds.maxItems + 1} items`, value: Array.from({ length: bounds.maxItems + 1 }, () => item), core: true });
    }
    const named = getNamedType(inner);
    // Items that are input objects are fuzzed field by field; single values here, each as a list of one.
    if (isLeafType(named)) {
      const { maxItems: _maxItems, ...itemBounds } = bounds ?? {};
      for (const leaf of leafValues(named, itemBounds, sample)) out.push({ ...leaf, label: `[${leaf.label}]`, value: [leaf.value] }, { ...leaf, label: `${leaf.label}, not in a list`, core: false });
    }
    return out;
  }
  if (isInputObjectType(inner)) {
    return [...out, { label: 'empty object', value: {}, core: true }, { label: 'text for an object', value: 'x', core: true }, { label: 'a list for an object', value: [] }, { label: 'an unknown field', value: { zzUnknown: 1 } }];
  }
  return [...out, ...leafValues(inner, bounds, sample)];
}

/** The selection a field's result gets: its type name and every leaf field without arguments, one level down. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const leaves = isObjectType(named) || isInterfaceType(named) ? Object.values(named.getFields()).filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type))).map((f) => f.name) : [];
  return ` { __typename ${leaves.join(' ')} }`;
}

function acceptedAsVariable(value: unknown, type: GraphQLInputType): boolean {
  let ok = true;
  coerceInputValue(value, type, () => {
    ok = false;
  });
  return ok;
}

function parsedLiteral(value: unknown, type: GraphQLInputType): ReturnType<typeof parseValue> | null {
  try {
    return parseValue(literalOf(value, type));
  } catch {
    return null;
  }
}

/** Whether the field a target is in is the only field of the argument's input type. */
function onlyField(type: GraphQLInputType, path: Segment[]): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isInputObjectType(inner) && typeof path[0] === 'string' && Object.keys(inner.getFields()).length === 1;
}

const pathText = (path: Segment[]) => path.map((s) => (s === 0 ? '[0]' : `.${s}`)).join('');

interface Seen {
  /** Input types whose fields are fuzzed already. */
  inputs: Set<string>;
  /** `operation:type:bounds` of the targets fuzzed already. */
  signatures: Set<string>;
}

/** What the mutations are known to take: the ids their input fields need, and which of them check every field before the database. */
export interface WriteKnowledge {
  /** `InputType.field` → a seed id of the kind the field takes. */
  ids: ReadonlyMap<string, string>;
  /** Mutations whose baseline input (with `ids`) passes every check made without the database: there, text the registry may not store must be named. */
  deep: ReadonlySet<string>;
}

function fieldCases(schema: GraphQLSchema, operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, wrap: (inner: string) => string, nullableRoot: boolean, where: string, base: Base, seen: Seen, deep: boolean): FuzzCase[] {
  const { inputs: fuzzedInputs, signatures } = seen;
  const directive = schema.getDirective('constraint')!;
  const cases: FuzzCase[] = [];
  const others = (arg: GraphQLArgument) =>
    field.args.filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${literalOf(baseline(a.type, base), a.type)}`);
  for (const arg of field.args) {
    const rest = others(arg);
    const render = (alias: string, argument: string) => wrap(`${alias}: ${field.name}(${[`${arg.name}: ${argument}`, ...rest].join(', ')})${selection(field.type)}`);
    const make = (type: GraphQLInputType) => baseline(type, base);
    const start = isNonNullType(arg.type) ? make(arg.type) : undefined;
    for (const target of targets(arg.type, boundsOf(directive, arg), [], fuzzedInputs, directive)) {
      // The first target of a type and bounds gets every value, and the core ones as literals too; the next ones, the core values.
      const signature = `${operation}:${String(target.type)}:${JSON.stringify(target.bounds ?? {})}`;
      const first = !signatures.has(signature);
      signatures.add(signature);
      for (const fuzz of valuesAt(target, base).filter((value) => first || value.core)) {
        const value = placed(start, arg.type, target.path, fuzz.value, make);
        const name = `${where}(${arg.name}${pathText(target.path)}) = ${fuzz.label}`;
        const accepted = acceptedAsVariable(value, arg.type);
        const beyond = operation === 'query' && accepted ? beyondBound(target.bounds, target.type, fuzz.value) : undefined;
        const poisoned = operation === 'mutation' ? poison(value, arg.type, target.path, base) : undefined;
        const bare = operation === 'mutation' && poisoned === undefined && onlyField(arg.type, target.path);
        const common = { operation, render, type: arg.type, variableType: String(arg.type), value, poisoned: bare ? value : poisoned, ...(bare ? { bare } : {}) };
        const alone = (accepted: boolean) => accepted && (operation === 'mutation' || !nullableRoot);
        const text = deep && fuzz.neverStored && accepted && getNamedType(target.type).name === 'String';
        const list = isListType(isNonNullType(target.type) ? target.type.ofType : target.type);
        cases.push({
          ...common,
          name,
          asLiteral: false,
          accepted,
          alone: alone(accepted),
          beyondBound: beyond === undefined ? undefined : `${arg.name}${pathText(target.path)}${beyond}`,
          mustName: text ? `${arg.name}${pathText(target.path)}${list ? '[0]' : ''}` : undefined,
        });
        // Literals go through graphql-js's own parsing and validation, the same for queries and mutations: the queries' are enough.
        if (fuzz.core && operation === 'query' && first) {
          const ast = parsedLiteral(value, arg.type);
          const asLiteral = ast !== null && valueFromAST(ast, arg.type) !== undefined;
          const literalBeyond = asLiteral ? beyondBound(target.bounds, target.type, fuzz.value) : undefined;
          cases.push({
            ...common,
            name: `${name} (literal)`,
            asLiteral: true,
            accepted: asLiteral,
            alone: alone(asLiteral),
            unparsable: ast === null,
            beyondBound: literalBeyond === undefined ? undefined : `${arg.name}${pathText(target.path)}${literalBeyond}`,
          });
        }
      }
    }
  }
  return cases;
}

/**
 * Every case: each argument of each Query field, each argument of the fields
 * of the types `node(id:)` reaches (through `routes`: type name → the global id
 * of a seed node of that type), and each input field of each mutation.
 * A type with arguments on its fields that no route reaches is an error, so a
 * new one is never silently left out.
 */
export function fuzzCases(schema: GraphQLSchema, sample: SampleIds, routes: RouteIds, writes: WriteKnowledge = { ids: new Map(), deep: new Set() }): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const seen: Seen = { inputs: new Set(), signatures: new Set() };
  const reads: Base = { sample, text: 'hoi quan', ids: new Map() };
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) cases.push(...fieldCases(schema, 'query', field, (inner) => inner, !isNonNullType(field.type), `Query.${field.name}`, reads, seen, false));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === query || type === schema.getMutationType() || type.name.startsWith('__')) continue;
    const withArgs = Object.values(type.getFields()).filter((f) => f.args.length > 0);
    if (withArgs.length === 0) continue;
    const id = routes.get(type.name);
    if (!id) throw new Error(`no route to the fields of ${type.name} (${withArgs.map((f) => f.name).join(', ')}): give it a seed node in routes`);
    const wrap = (t: GraphQLObjectType) => (inner: string) => inner.replace(/^(\w+): /, (_m, alias: string) => `${alias}: node(id: ${JSON.stringify(id)}) { ... on ${t.name} { `) + ' } }';
    for (const field of withArgs) cases.push(...fieldCases(schema, 'query', field, wrap(type), true, `${type.name}.${field.name}`, reads, seen, false));
  }
  const base: Base = { sample, text: '2021', ids: writes.ids };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    cases.push(...fieldCases(schema, 'mutation', field, (inner) => inner, false, `Mutation.${field.name}`, base, seen, writes.deep.has(field.name)));
  }
  return cases;
}

