import { getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { ApiContext } from '../context.js';
import type { ResolverFn, Resolvers } from './resolver-types.generated.js';
import { fieldNodesAt, fieldsSelectedOn } from './selection.js';
import { memoizedForSelection } from './selection-memo.js';

/**
 * What a field reads of its parent row: the stored properties it reads, or
 * null for the whole row (it hands the row on, or reads what cannot be listed).
 * The row's `label` and what a statement joined to it (symbol keys, `joined`)
 * are not stored properties: every row carries them.
 */
export type FieldReads = readonly string[] | null;

// The declarations, by resolver function: the resolver maps declare them.
const DECLARED = new WeakMap<object, FieldReads>();

/**
 * Declares which stored properties of its row a resolver reads, and nothing
 * else of it: the one statement of what the field needs of its parent. It
 * decides what a list of such rows reads (selectedProperties) and whether the
 * field can start loading before its parent is read (`['id']` alone on an
 * object field: api/graphql/prefetch.ts). Every resolver of a field of an
 * object type declares (recordFieldReads refuses a schema where one does not),
 * and test/integration/undeclared-reads.test.ts resolves every field from a
 * row that records any property it did not declare.
 */
export function reads<R, P, A>(properties: readonly string[], resolve: ResolverFn<R, P, ApiContext, A>): ResolverFn<R, P, ApiContext, A> {
  DECLARED.set(resolve, Object.freeze([...properties]));
  return resolve;
}

/** Declares that a resolver needs its whole row: it hands the row on to fields of another type, or reads more than can be listed. */
export function readsWholeRow<R, P, A>(resolve: ResolverFn<R, P, ApiContext, A>): ResolverFn<R, P, ApiContext, A> {
  DECLARED.set(resolve, null);
  return resolve;
}

/** What a field of the schema reads of its row, and whether it loads with only the id. */
interface FieldDeclaration {
  reads: FieldReads;
  /** Reads only the id and resolves to objects: a load node(id) can start with the node's own (prefetch.ts). */
  needsOnlyTheId: boolean;
}

// graphql-tools binds each resolver it puts in the schema, so the schema's
// functions are not the ones declared: the declarations are kept by schema field,
// once per schema, and looked up once per query document (selection-memo.ts).
const BY_FIELD = new WeakMap<GraphQLField<unknown, unknown>, FieldDeclaration>();

/**
 * Records, for every field of every object type of `schema`, what it reads of
 * its row: what its resolver in `resolverMaps` declared (later maps win, as in
 * makeExecutableSchema), or for a field without one the property of its name
 * (GraphQL's default resolver). The root types have no row. Throws, naming
 * them, when resolvers declare nothing: an undeclared read would answer null
 * from a projected row.
 */
export function recordFieldReads(schema: GraphQLSchema, resolverMaps: readonly Resolvers[]): void {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const declared = new Map<string, FieldReads>();
  const undeclared = new Set<string>();
  for (const map of resolverMaps) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (roots.has(typeName) || !isObjectType(schema.getType(typeName))) continue;
      for (const [name, resolve] of Object.entries(fields as Record<string, object>)) {
        if (name.startsWith('__')) continue;
        const key = `${typeName}.${name}`;
        if (DECLARED.has(resolve)) {
          declared.set(key, DECLARED.get(resolve)!);
          undeclared.delete(key);
        } else {
          declared.delete(key);
          undeclared.add(key);
        }
      }
    }
  }
  if (undeclared.size > 0) {
    throw new Error(`resolvers that do not declare what they read of their row (reads or readsWholeRow, api/graphql/field-reads.ts): ${[...undeclared].sort().join(', ')}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type.name) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const fieldReads = field.resolve ? declared.get(`${type.name}.${field.name}`) : [field.name];
      if (fieldReads === undefined) throw new Error(`${type.name}.${field.name} has a resolver of no resolver map`);
      const needsOnlyTheId = field.resolve !== undefined && fieldReads !== null && fieldReads.length === 1 && fieldReads[0] === 'id' && !isLeafType(getNamedType(field.type));
      BY_FIELD.set(field, { reads: fieldReads, needsOnlyTheId });
    }
  }
}

/**
 * What `field` reads of its row: the properties it declared (the one of its
 * name when it has no resolver), or null when it needs the whole row, as does
 * a resolver of a schema that recordFieldReads did not see.
 */
export function declaredReads(field: GraphQLField<unknown, unknown>): FieldReads {
  const declaration = BY_FIELD.get(field);
  if (declaration) return declaration.reads;
  return field.resolve ? null : [field.name];
}

/** True when `field` reads nothing of its row but the id and resolves to objects: its load can start with the node's (prefetch.ts). */
export function needsOnlyTheId(field: GraphQLField<unknown, unknown>): boolean {
  return BY_FIELD.get(field)?.needsOnlyTheId ?? false;
}

/**
 * The stored properties that the fields selected on the `typeName` objects of
 * the field being resolved (or of the field at `path` below it) read, or null
 * when one of them needs the whole row. The answer is for these objects only:
 * rows read with it must not be shared with fields that ask for more (loaders
 * key them by it).
 */
export function selectedProperties(info: GraphQLResolveInfo, typeName: string, path: readonly string[] = []): FieldReads {
  return memoizedForSelection(info, `properties|${path.join('.')}|${typeName}`, () => compute(info, typeName, path));
}

/** The same for objects that may be of any of `typeNames`: what any of them reads, or null when one needs its whole row. */
export function selectedPropertiesOfAny(info: GraphQLResolveInfo, typeNames: readonly string[], path: readonly string[] = []): FieldReads {
  return mergedReads(...typeNames.map((typeName) => selectedProperties(info, typeName, path)));
}

/** Properties read by several selections together (sorted), or null when one of them needs the whole row. */
export function mergedReads(...reads: FieldReads[]): FieldReads {
  const properties = new Set<string>();
  for (const list of reads) {
    if (!list) return null;
    for (const property of list) properties.add(property);
  }
  return [...properties].sort();
}

function compute(info: GraphQLResolveInfo, typeName: string, path: readonly string[]): FieldReads {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return null;
  const fields = type.getFields();
  const properties = new Set<string>();
  for (const node of fieldNodesAt(info, path)) {
    for (const selected of fieldsSelectedOn(node.selectionSet, type, info)) {
      const name = selected.name.value;
      if (name === '__typename') continue;
      const field = fields[name];
      if (!field) return null;
      const declared = declaredReads(field);
      if (!declared) return null;
      for (const property of declared) properties.add(property);
    }
  }
  return [...properties].sort();
}
