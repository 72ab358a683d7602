import { isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { NodeLabel } from '../../model/labels.js';
import type { ResolverFn, Resolvers } from './resolvers/types.js';
import { fieldNodesAt, fieldsSelectedOn } from './selection.js';
import { memoizedForSelection } from './selection-memo.js';

const READS = new WeakMap<ResolverFn, readonly string[]>();

/**
 * Declares which stored properties of its row a resolver reads, so that a list
 * of rows can be read with only the properties its selected fields read
 * (selectedProperties). Only for resolvers that read nothing else of the row;
 * a field whose resolver declares nothing needs the whole row.
 */
export function reads<F extends ResolverFn>(properties: readonly string[], resolve: F): F {
  READS.set(resolve, properties);
  return resolve;
}

// graphql-tools binds each resolver it puts in the schema, so the schema's
// functions are not the ones declared: what they read is kept by schema field.
const FIELD_READS = new WeakMap<GraphQLField<unknown, unknown>, readonly string[]>();

/** Records what the resolvers of `resolverMaps` declared, for the fields of `schema` they resolve (later maps win, as in makeExecutableSchema). */
export function recordFieldReads(schema: GraphQLSchema, resolverMaps: readonly Resolvers[]): void {
  for (const map of resolverMaps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const [name, resolve] of Object.entries(fields as Record<string, ResolverFn>)) {
        const field = type.getFields()[name];
        if (!field) continue;
        const declared = READS.get(resolve);
        if (declared) FIELD_READS.set(field, declared);
        else FIELD_READS.delete(field);
      }
    }
  }
}

/** What the resolver of `field` declared it reads; undefined when it declared nothing (it needs the whole row). */
export function declaredReads(field: GraphQLField<unknown, unknown>): readonly string[] | undefined {
  return FIELD_READS.get(field);
}

/**
 * The stored properties that the fields selected on the `label` objects of the
 * field being resolved (or of the field at `path` below it) read, or null when
 * one of them needs the whole row. A field without a resolver reads the
 * property of its name (GraphQL's default resolver); one with a resolver reads
 * what it declared with `reads`. The answer is for these objects only: rows
 * read with it must not be shared with fields that ask for more (loaders key
 * them by it).
 */
export function selectedProperties(info: GraphQLResolveInfo, label: NodeLabel, path: readonly string[] = []): readonly string[] | null {
  return memoizedForSelection(info, `properties|${path.join('.')}|${label}`, () => compute(info, label, path));
}

/** The same for objects that may be of any of `labels`: what any of them reads, or null when one needs its whole row. */
export function selectedPropertiesOfAny(info: GraphQLResolveInfo, labels: readonly NodeLabel[], path: readonly string[] = []): readonly string[] | null {
  return mergedReads(...labels.map((label) => selectedProperties(info, label, path)));
}

/** Properties read by several selections together (sorted), or null when one of them needs the whole row. */
export function mergedReads(...reads: (readonly string[] | null)[]): readonly string[] | null {
  const properties = new Set<string>();
  for (const list of reads) {
    if (!list) return null;
    for (const property of list) properties.add(property);
  }
  return [...properties].sort();
}

function compute(info: GraphQLResolveInfo, label: NodeLabel, path: readonly string[]): readonly string[] | null {
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return null;
  const fields = type.getFields();
  const properties = new Set<string>();
  for (const node of fieldNodesAt(info, path)) {
    for (const selected of fieldsSelectedOn(node.selectionSet, type, info)) {
      const name = selected.name.value;
      if (name === '__typename') continue;
      const field = fields[name];
      if (!field) return null;
      const declared = field.resolve ? FIELD_READS.get(field) : [name];
      if (!declared) return null;
      for (const property of declared) properties.add(property);
    }
  }
  return [...properties].sort();
}
