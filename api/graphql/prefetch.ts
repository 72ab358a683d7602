import {
  getArgumentValues,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ApiContext } from '../context.js';

/**
 * The fields of each type whose resolvers need nothing of their parent but its
 * label and id: they only call loaders keyed by `row.id` (and their own
 * arguments). A field that reads other properties of the row (`sources` reads
 * `sourceIds`) must not be listed.
 */
const NEED_ONLY_THE_ID: Record<string, ReadonlySet<string>> = {
  Person: new Set(['roles', 'appearances', 'coAppearances']),
  Organization: new Set(['place', 'parent', 'children', 'officeHolders', 'programs']),
  Event: new Set(['place', 'organizers', 'attendingOrganizations', 'participants', 'models', 'programs', 'campaigns', 'awards']),
  Program: new Set(['parties', 'signedAt', 'reviewedAt', 'models']),
  Place: new Set(['parent', 'children']),
  Model: new Set(['originPlace', 'events']),
};

/** The fields selected on an object of `type`, through inline fragments and named fragments that apply to it. */
function selectedFields(selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo, into: FieldNode[] = []): FieldNode[] {
  const applies = (typeName: string | undefined) =>
    typeName === undefined || typeName === type.name || type.getInterfaces().some((i) => i.name === typeName);
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') {
      if (applies(selection.typeCondition?.name.value)) selectedFields(selection.selectionSet, type, info, into);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(fragment.typeCondition.name.value)) selectedFields(fragment.selectionSet, type, info, into);
    }
  }
  return into;
}

/**
 * Starts, next to the load of a node asked for by id, the loads of its
 * selected fields that need only that id, so that they join the node's own
 * read in one statement (api/db/read-coalescer.ts) instead of waiting for it
 * and costing a statement of their own. Each field's own resolver is called on
 * a stand-in row with the field's arguments; its loader caches the load, and
 * when GraphQL resolves the field for the real row, it gets that same load.
 * A field skipped by @skip/@include is loaded for nothing; a node that does
 * not exist makes the loads empty. Nothing here can fail the request: an error
 * reaches the client from the field's own resolver.
 */
export function prefetchFieldsOf(label: string, id: string, info: GraphQLResolveInfo, context: ApiContext): void {
  const wanted = NEED_ONLY_THE_ID[label];
  const type = info.schema.getType(label);
  if (!wanted || !isObjectType(type)) return;
  const fields = type.getFields();
  const standIn = { label, id };
  for (const node of info.fieldNodes) {
    for (const field of selectedFields(node.selectionSet, type, info)) {
      const definition = fields[field.name.value];
      if (!definition?.resolve || !wanted.has(definition.name)) continue;
      try {
        const args = getArgumentValues(definition, field, info.variableValues);
        void Promise.resolve(definition.resolve(standIn, args, context, info)).catch(() => undefined);
      } catch {
        // Bad arguments: the field's own resolution reports them.
      }
    }
  }
}
