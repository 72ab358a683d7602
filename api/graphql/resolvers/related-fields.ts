import type { NodeLabel } from '../../db/labels.js';
import { preloadedRelation } from '../../db/graph/preloaded.js';
import type { RelationName } from '../../db/graph/relation-specs.js';
import type { NodeRow } from '../../db/mapping.js';
import type { ResolverFn } from './types.js';

/** A field listing the nodes at the far end of a declared relationship, in the relationship's order. */
export function farNodes(name: RelationName): ResolverFn {
  return async (row: NodeRow, _args, context) => (preloadedRelation(row, name) ?? (await context.loaders.related(name).load(row.id))).map((r) => r.node);
}

/** A field naming the one node at the far end of a declared relationship; null when there is none. */
export function farNode(name: RelationName): ResolverFn {
  return async (row: NodeRow, _args, context) => (preloadedRelation(row, name) ?? (await context.loaders.related(name).load(row.id)))[0]?.node ?? null;
}

/** A field naming a node by a stored id property (`presentedById`); null when the property is absent. */
export function nodeByIdProperty(label: NodeLabel, property: string): ResolverFn {
  return (row: Record<string, unknown>, _args, context) => {
    const id = row[property];
    return typeof id === 'string' ? context.loaders.node.load({ label, id }) : null;
  };
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
