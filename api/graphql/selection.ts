import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** The fields of a selection set, through inline and named fragments whatever their type condition. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, info, into);
    else fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
  return into;
}

/**
 * The names of the fields the request selects under `path` (field names, not
 * aliases, below the field being resolved). Fragments count whatever type they
 * apply to and @skip/@include are not evaluated, so the set holds every field
 * any object there could be asked for: a safe answer to "is nothing else asked".
 */
export function fieldsSelectedUnder(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return new Set(fieldNodesAt(info, path).flatMap((field) => fieldsOf(field.selectionSet, info)).map((field) => field.name.value));
}

/** The field nodes of `path` below the field being resolved (field names; every fragment counts), the field's own for an empty path. */
export function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((field) => fieldsOf(field.selectionSet, info)).filter((field) => field.name.value === name);
  }
  return level;
}

/** The fields selected on an object of `type`, through inline fragments and named fragments that apply to it. */
export function fieldsSelectedOn(selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo, into: FieldNode[] = []): FieldNode[] {
  const applies = (typeName: string | undefined) =>
    typeName === undefined || typeName === type.name || type.getInterfaces().some((i) => i.name === typeName);
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') {
      if (applies(selection.typeCondition?.name.value)) fieldsSelectedOn(selection.selectionSet, type, info, into);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(fragment.typeCondition.name.value)) fieldsSelectedOn(fragment.selectionSet, type, info, into);
    }
  }
  return into;
}
