import type { NodeRow } from '../../db/mapping.js';
import { preloadedSources } from '../../db/graph/preloaded.js';
import type { ApiContext } from '../../context.js';
import { toGlobalId } from '../global-id.js';
import { reads, selectedProperties } from '../field-reads.js';
import type { ResolverFn } from './types.js';

/** A partial date stored as `<f>`, `<f>Precision`, `<f>From`, `<f>To`; null when absent. */
export function partialDate(row: Record<string, unknown>, field: string) {
  const text = row[field];
  if (typeof text !== 'string') return null;
  return { text, precision: row[`${field}Precision`], from: row[`${field}From`], to: row[`${field}To`] };
}

/** The same date as a `Date`, only when it is known to the day (a day is never invented). */
export function dayDate(row: Record<string, unknown>, field: string): string | null {
  return row[`${field}Precision`] === 'DAY' && typeof row[field] === 'string' ? (row[field] as string) : null;
}

/** Loads the Source nodes named by a `sourceIds` list, in order; with `properties`, only those of each. */
export async function sourcesOf(row: { sourceIds?: unknown }, context: ApiContext, properties?: readonly string[] | null): Promise<NodeRow[]> {
  const preloaded = preloadedSources(row);
  if (preloaded) return preloaded;
  const ids = Array.isArray(row.sourceIds) ? (row.sourceIds as string[]) : [];
  const loader = properties ? context.loaders.nodeWith(properties) : context.loaders.node;
  const rows = await loader.loadMany(ids.map((id) => ({ label: 'Source' as const, id })));
  return rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));
}

/** The fields every Cited object resolves the same way. */
export const citedFields: Record<string, ResolverFn> = {
  sources: reads(['sourceIds'], (row, _args, context, info) => sourcesOf(row, context, selectedProperties(info, 'Source'))),
  inferred: reads(['inferred'], (row) => row.inferred === true),
  inferenceNote: reads(['inferenceNote'], (row) => row.inferenceNote ?? null),
};

/** The fields every Entity resolves the same way (relationships is added by the graph domain). */
export const entityFields: Record<string, ResolverFn> = {
  ...citedFields,
  id: reads(['id'], (row: NodeRow) => toGlobalId(row.label, row.id)),
  slug: reads(['id'], (row: NodeRow) => row.id),
  // Every entity stores `name` but a source, which stores `title` and resolves name itself.
  name: reads(['name'], (row: NodeRow) => row.name ?? row.id),
  aliases: reads(['aliases'], (row: NodeRow) => (Array.isArray(row.aliases) ? row.aliases : [])),
  description: reads(['description'], (row: NodeRow) => row.description ?? null),
};
