import type { FieldNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';

interface Entry {
  next: WeakMap<FieldNode, Entry>;
  results: Map<string, unknown>;
}

const bySchema = new WeakMap<GraphQLSchema, WeakMap<FieldNode, Entry>>();

function entryFor(schema: GraphQLSchema, fieldNodes: readonly FieldNode[]): Entry | undefined {
  let level = bySchema.get(schema);
  if (!level) bySchema.set(schema, (level = new WeakMap()));
  let entry: Entry | undefined;
  for (const node of fieldNodes) {
    entry = level.get(node);
    if (!entry) level.set(node, (entry = { next: new WeakMap(), results: new Map() }));
    level = entry.next;
  }
  return entry;
}

/**
 * What `compute` answers about the selection below the field being resolved,
 * kept for as long as the query document lives. Apollo keeps each parsed and
 * validated document and executes it again for every request that sends the
 * same text, so the same field nodes come back request after request: an
 * answer that depends only on them (and, through them, on their document's
 * fragments) and on the schema is worked out once per document instead of
 * once per request and parent. `compute` must not look at variables, arguments
 * or the parent's value; `key` tells apart the questions asked of one field.
 * The answers go with the document: nothing is held once it is dropped.
 */
export function memoizedForSelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  const entry = entryFor(info.schema, info.fieldNodes);
  if (!entry) return compute();
  if (entry.results.has(key)) return entry.results.get(key) as T;
  const result = compute();
  entry.results.set(key, result);
  return result;
}
