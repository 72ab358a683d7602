// Values for the schema fuzz's inputs (fuzz-cases.ts): the smallest input
// GraphQL accepts for a type, a value put somewhere inside it, the same input
// made invalid by another field (poisoned), and values written as literals.
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { toGlobalId } from '../../api/graphql/global-id.js';
import type { SampleIds } from './fuzz-values.js';

// An id of nothing in a list of cited sources passes every check that needs
// no database, and is refused inside the write transaction, which rolls back.
const NOTHING_SOURCE = toGlobalId('Source', 'src-zz-fuzz-nothing');

/** A step into an input value: a field's name, or the first item of a list. */
export type Segment = string | 0;

/** What baseline values are made of. */
export interface Base {
  sample: SampleIds;
  /** The text of a required text field: "2021" is a valid name, title and partial date alike. */
  text: string;
  /** The id to give an id field of an input type (`RecordRoleObservationInput.organization`); a person's otherwise. */
  ids: ReadonlyMap<string, string>;
}

/** The smallest value GraphQL accepts for a type: required fields only, one item per required list. */
export function baseline(type: GraphQLInputType, base: Base, key = ''): unknown {
  if (isNonNullType(type)) return baseline(type.ofType, base, key);
  if (isListType(type)) return [baseline(type.ofType, base, key)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = baseline(field.type, base, `${type.name}.${field.name}`);
    }
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID':
      return base.ids.get(key) ?? base.sample.person;
    case 'Int':
    case 'Float':
      return 2021;
    case 'Boolean':
      return false;
    default:
      return base.text;
  }
}

/** `value` (of `type`) with `leaf` put at `path`; what is missing on the way is made from the baseline of its type. */
export function placed(value: unknown, type: GraphQLInputType, path: Segment[], leaf: unknown, make: (type: GraphQLInputType) => unknown): unknown {
  if (path.length === 0) return leaf;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [head, ...rest] = path;
  if (head === 0) {
    if (!isListType(inner)) throw new Error(`no list at ${String(type)}`);
    const current = Array.isArray(value) && value.length > 0 ? value[0] : make(inner.ofType);
    return [placed(current, inner.ofType, rest, leaf, make)];
  }
  if (!isInputObjectType(inner)) throw new Error(`no input object at ${String(type)}`);
  const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : (make(inner) as Record<string, unknown>);
  return { ...object, [head!]: placed(object[head!], inner.getFields()[head!]!.type, rest, leaf, make) };
}

/** A JS value written as a GraphQL literal (only as well as it can be: hostile values are meant to be refused). */
export function literalOf(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => literalOf(item, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literalOf(v, fields[k]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return inner && isEnumType(inner) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/**
 * `input` made invalid by a field other than the fuzzed one, so that no write
 * can happen whatever the fuzzed value: preferably by citing a source that
 * does not exist, or by naming an entity that does not exist (both refused
 * inside the write transaction, after every other check), else by an empty
 * text (refused with the other checks), else the same inside an input object
 * beside the fuzzed field (`corrections` of a review). Undefined when no field
 * can.
 */
export function poison(input: unknown, type: GraphQLInputType, target: Segment[], base: Base): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (!isInputObjectType(inner) || !input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const fields = Object.values(inner.getFields()).filter((f) => f.name !== target[0]);
  const own = poisonedField(input as Record<string, unknown>, inner.name, fields, base);
  if (own) return own;
  for (const field of fields) {
    if (!isInputObjectType(isNonNullType(field.type) ? field.type.ofType : field.type)) continue;
    const current = (input as Record<string, unknown>)[field.name];
    const nested = poison(current ?? baseline(field.type, base), field.type, [], base);
    if (nested !== undefined) return { ...input, [field.name]: nested };
  }
  return undefined;
}

function poisonedField(input: Record<string, unknown>, typeName: string, fields: GraphQLInputField[], base: Base): Record<string, unknown> | undefined {
  const isList = (f: (typeof fields)[number]) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type);
  // `sources` first: a list of other ids (registerModel's programs) is decoded, and refused for its kind, before the text is checked.
  const idList = fields.find((f) => f.name === 'sources' && isList(f)) ?? fields.find((f) => getNamedType(f.type).name === 'ID' && isList(f));
  if (idList) return { ...input, [idList.name]: [NOTHING_SOURCE] };
  const id = fields.find((f) => getNamedType(f.type).name === 'ID' && !isList(f));
  if (id) {
    // Of the kind the field takes, when it is known: an id of another kind is refused before the text is checked.
    const known = base.ids.get(`${typeName}.${id.name}`);
    const label = known ? Buffer.from(known, 'base64url').toString('utf8').split(':')[0]! : 'Source';
    return { ...input, [id.name]: toGlobalId(label, 'zz-fuzz-nothing') };
  }
  const text = fields.find((f) => getNamedType(f.type).name === 'String' && !isList(f));
  return text ? { ...input, [text.name]: '' } : undefined;
}

/** An id field of a mutation's input: `key` names it for the baseline (`Type.field`), `path` for the problems (`origin.place`). */
export interface IdField {
  key: string;
  path: string;
}

/**
 * The baseline input of a mutation with one `input` argument, made invalid by
 * its poison field alone, as a request; with `everyId`, every other id field
 * of the input — and of the input objects it holds (registerModel's
 * `origin.place`) — holds that id instead. For learning which ids the input's
 * fields take: a field the answer's problems do not name took it.
 */
export function writeProbe(schema: GraphQLSchema, mutation: string, sample: SampleIds, ids: ReadonlyMap<string, string>, everyId?: string): { query: string; variables: Record<string, unknown>; inputType: string; idFields: IdField[]; poisonField: string | undefined } | null {
  const field = schema.getMutationType()?.getFields()[mutation];
  const arg = field?.args[0];
  if (!field || field.args.length !== 1 || !arg) return null;
  const inner = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
  if (!isInputObjectType(inner)) return null;
  const base: Base = { sample, text: '2021', ids };
  const value = baseline(arg.type, base) as Record<string, unknown>;
  const poisoned = poison(value, arg.type, [], base) as Record<string, unknown> | undefined;
  if (!poisoned) return null;
  const poisonField = Object.keys(poisoned).find((k) => poisoned[k] !== value[k]);
  const isList = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);
  const idFields = Object.values(inner.getFields()).filter((f) => getNamedType(f.type).name === 'ID' && f.name !== poisonField);
  if (everyId) for (const f of idFields) poisoned[f.name] = isList(f.type) ? [everyId] : everyId;
  const nested: IdField[] = [];
  for (const f of Object.values(inner.getFields())) {
    const object = getNamedType(f.type);
    if (!isInputObjectType(object)) continue;
    const own = Object.values(object.getFields()).filter((g) => getNamedType(g.type).name === 'ID' && !isList(g.type));
    if (own.length === 0) continue;
    nested.push(...own.map((g) => ({ key: `${object.name}.${g.name}`, path: `${f.name}${isList(f.type) ? '[0]' : ''}.${g.name}` })));
    if (everyId) {
      const item = { ...(baseline(object, base) as Record<string, unknown>), ...Object.fromEntries(own.map((g) => [g.name, everyId])) };
      poisoned[f.name] = isList(f.type) ? [item] : item;
    }
  }
  return {
    query: `mutation Probe($input: ${String(arg.type)}) { ${mutation}(input: $input) { __typename } }`,
    variables: { input: poisoned },
    inputType: inner.name,
    idFields: [...idFields.map((f) => ({ key: `${inner.name}.${f.name}`, path: f.name })), ...nested],
    poisonField,
  };
}
