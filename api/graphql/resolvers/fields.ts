import type { NodeRow } from '../../db/mapping.js';
import { preloadedSources } from '../../loaders/from-db.js';
import type { ApiContext } from '../../context.js';
import { toGlobalId } from '../global-id.js';
import { reads, selectedProperties } from '../field-reads.js';
import type { EntityRow, PartialDateParent } from '../parent-rows.js';
import type { FieldResolver } from './field-resolver.js';

/** A partial date stored as `<f>`, `<f>Precision`, `<f>From`, `<f>To`; null when absent. */
export function partialDate(row: Record<string, unknown>, field: string): PartialDateParent | null {
  const text = row[field];
  if (typeof text !== 'string') return null;
  // Stored together by the write layer and the seed (model/partial-date.ts): the others are text too.
  return { text, precision: row[`${field}Precision`] as string, from: row[`${field}From`] as string, to: row[`${field}To`] as string };
}

/** A partial date the schema promises (an observation's date): its absence is a broken row, not a null. */
export function requiredPartialDate(row: Record<string, unknown>, field: string): PartialDateParent {
  const date = partialDate(row, field);
  if (!date) throw new Error(`a stored ${field} is missing from its row`);
  return date;
}

/** The same date as a `Date`, only when it is known to the day (a day is never invented). */
export function dayDate(row: Record<string, unknown>, field: string): string | null {
  return row[`${field}Precision`] === 'DAY' && typeof row[field] === 'string' ? (row[field] as string) : null;
}

/**
 * What the fields of every Cited object read: the provenance stored on a node
 * or a relationship. (`& object`: a row of a type without these properties
 * declared, such as a relationship's property map, is still one.)
 */
export type CitedRow = { sourceIds?: unknown; inferred?: unknown; inferenceNote?: string | null } & object;

/** Loads the Source nodes named by a `sourceIds` list, in order; with `properties`, only those of each. */
export async function sourcesOf(row: CitedRow, context: ApiContext, properties?: readonly string[] | null): Promise<NodeRow[]> {
  const preloaded = preloadedSources(row);
  if (preloaded) return preloaded;
  const ids = Array.isArray(row.sourceIds) ? (row.sourceIds as string[]) : [];
  const loader = properties ? context.loaders.nodeWith(properties) : context.loaders.node;
  const rows = await loader.loadMany(ids.map((id) => ({ label: 'Source' as const, id })));
  return rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));
}

/** The fields every Cited object resolves the same way. */
export const citedFields = {
  sources: reads(['sourceIds'], (row: CitedRow, _args, context, info) => sourcesOf(row, context, selectedProperties(info, 'Source'))),
  inferred: reads(['inferred'], (row: CitedRow) => row.inferred === true),
  inferenceNote: reads(['inferenceNote'], (row: CitedRow) => row.inferenceNote ?? null),
} satisfies Record<string, FieldResolver<CitedRow, unknown>>;

/** The fields every Entity resolves the same way (relationships is added by the graph domain). */
export const entityFields = {
  ...citedFields,
  id: reads(['id'], (row: EntityRow) => toGlobalId(row.label, row.id)),
  slug: reads(['id'], (row: EntityRow) => row.id),
  // Every entity stores `name` but a source, which stores `title` and resolves name itself.
  name: reads(['name'], (row: EntityRow) => row.name ?? row.id),
  aliases: reads(['aliases'], (row: EntityRow) => (Array.isArray(row.aliases) ? row.aliases : [])),
  description: reads(['description'], (row: EntityRow) => row.description ?? null),
} satisfies Record<string, FieldResolver<EntityRow, unknown>>;
