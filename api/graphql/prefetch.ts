import { getArgumentValues, isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { needsOnlyTheId } from './field-reads.js';
import { fieldsSelectedOn } from './selection.js';
import { memoizedForSelection } from './selection-memo.js';

/**
 * Starts, next to the load of a node asked for by id, the loads of its
 * selected fields that need only that id (they declare `reads(['id'])` and
 * resolve to objects: field-reads.ts), so that they join the node's own
 * read in one statement (api/db/read-coalescer.ts) instead of waiting for it
 * and costing a statement of their own. Each field's own resolver is called on
 * a stand-in row with the field's arguments; its loader caches the load, and
 * when GraphQL resolves the field for the real row, it gets that same load.
 * A field skipped by @skip/@include is loaded for nothing; a node that does
 * not exist makes the loads empty. Nothing here can fail the request: an error
 * reaches the client from the field's own resolver.
 */
export function prefetchFieldsOf(label: string, id: string, info: GraphQLResolveInfo, context: ApiContext): void {
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return;
  const standIn = { label, id };
  for (const { responseName, fieldNodes, definition } of prefetchableFields(type, info)) {
    const fieldInfo: GraphQLResolveInfo = {
      ...info,
      fieldName: definition.name,
      fieldNodes,
      returnType: definition.type,
      parentType: type,
      path: { prev: info.path, key: responseName, typename: type.name },
    };
    try {
      const args = getArgumentValues(definition, fieldNodes[0]!, info.variableValues);
      void Promise.resolve(definition.resolve!(standIn, args, context, fieldInfo)).catch(() => undefined);
    } catch {
      // Bad arguments: the field's own resolution reports them.
    }
  }
}

interface PrefetchableField {
  responseName: string;
  fieldNodes: FieldNode[];
  definition: GraphQLField<unknown, unknown>;
}

/** The selected fields of `type` that need only the id, grouped by response name. */
function prefetchableFields(type: GraphQLObjectType, info: GraphQLResolveInfo): readonly PrefetchableField[] {
  return memoizedForSelection(info, `prefetch|${type.name}`, () => {
    const fields = type.getFields();
    // Grouped by response name, as GraphQL merges them: a resolver that looks at
    // what is selected below its field (field-reads.ts) must see what it will
    // see when GraphQL calls it, or its load would not be the one reused.
    const byResponseName = new Map<string, FieldNode[]>();
    for (const node of info.fieldNodes) {
      for (const field of fieldsSelectedOn(node.selectionSet, type, info)) {
        const responseName = field.alias?.value ?? field.name.value;
        byResponseName.set(responseName, [...(byResponseName.get(responseName) ?? []), field]);
      }
    }
    const prefetchable: PrefetchableField[] = [];
    for (const [responseName, fieldNodes] of byResponseName) {
      const definition = fields[fieldNodes[0]!.name.value];
      if (definition?.resolve && needsOnlyTheId(definition)) prefetchable.push({ responseName, fieldNodes, definition });
    }
    return prefetchable;
  });
}
