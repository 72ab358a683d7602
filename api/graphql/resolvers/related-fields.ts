import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../../context.js';
import type { NodeLabel } from '../../../model/labels.js';
import { preloadedRelation } from '../../loaders/from-db.js';
import type { RelatedRow } from '../../db/graph/relation.repository.js';
import { RELATIONS, type RelationName } from '../../../model/relation-specs.js';
import type { NodeRow } from '../../db/mapping.js';
import { reads, selectedProperties } from '../field-reads.js';
import type { FieldResolver } from './field-resolver.js';

/**
 * The far nodes of a declared relationship for the field being resolved: the
 * ones a statement already joined to the row (answered at once, without a
 * promise for graphql-js to wait on), or read with only the properties the
 * selected fields of those nodes read (field-reads.ts).
 */
function farRows<T>(name: RelationName, row: NodeRow, context: ApiContext, info: GraphQLResolveInfo, pick: (rows: RelatedRow[]) => T): T | Promise<T> {
  const preloaded = preloadedRelation(row, name);
  if (preloaded) return pick(preloaded);
  // These fields show the nodes, not the relationships.
  return context.loaders.related(name, selectedProperties(info, RELATIONS[name].to), false).load(row.id).then(pick);
}

/** A field listing the nodes at the far end of a declared relationship, in the relationship's order. */
export function farNodes(name: RelationName): FieldResolver<NodeRow, NodeRow[]> {
  return reads(['id'], (row: NodeRow, _args: unknown, context, info) => farRows(name, row, context, info, (rows) => rows.map((r) => r.node)));
}

/** A field naming the one node at the far end of a declared relationship; null when there is none. */
export function farNode(name: RelationName): FieldResolver<NodeRow, NodeRow | null> {
  return reads(['id'], (row: NodeRow, _args: unknown, context, info) => farRows(name, row, context, info, (rows) => rows[0]?.node ?? null));
}

/** A field naming the one node at the far end of a relationship every such row has (an observation's person). */
export function requiredFarNode(name: RelationName): FieldResolver<NodeRow, NodeRow> {
  return reads(['id'], (row: NodeRow, _args: unknown, context, info) =>
    farRows(name, row, context, info, (rows) => {
      if (!rows[0]) throw new Error(`${row.label} ${row.id} has no ${name}`);
      return rows[0].node;
    }),
  );
}

/** A field naming a node by a stored id property (`presentedById`); null when the property is absent. */
export function nodeByIdProperty(label: NodeLabel, property: string): FieldResolver<Record<string, unknown>, NodeRow | null> {
  return reads([property], (row: Record<string, unknown>, _args: unknown, context) => {
    const id = row[property];
    return typeof id === 'string' ? context.loaders.node.load({ label, id }) : null;
  });
}

/** Vietnamese alphabetical order by the stored sort key, the id breaking ties. */
export function byName(a: NodeRow, b: NodeRow): number {
  const ka = String(a.sortKey ?? '');
  const kb = String(b.sortKey ?? '');
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The rows without repeats of the same id, first occurrence kept. */
export function distinctById<T extends { id: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  const distinct: T[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    distinct.push(row);
  }
  return distinct;
}
