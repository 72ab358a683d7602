import { toNodeRow, type NodeRow } from '../mapping.js';
import type { RelatedRow } from './relation.repository.js';
import type { RelationName } from '../../../model/relation-specs.js';

// A symbol, so that it can never clash with a stored property of the row.
const PRELOADED = Symbol('preloaded relations');

type Preloaded = Partial<Record<RelationName, RelatedRow[]>>;

// Kept apart from the relations: citations are a property (`sourceIds`), not a relationship.
const PRELOADED_SOURCES = Symbol('preloaded sources');

/**
 * Marks relationships that a statement already followed for a row (an event's
 * place, joined where the event is listed), so that the field resolving them
 * uses these instead of asking its loader at the next level.
 */
export function withPreloaded<T extends NodeRow>(row: T, preloaded: Preloaded): T {
  return Object.assign(row, { [PRELOADED]: preloaded });
}

/** What a statement already followed for this row along `name`, or undefined when it did not. */
export function preloadedRelation(row: NodeRow, name: RelationName): RelatedRow[] | undefined {
  return (row as { [PRELOADED]?: Preloaded })[PRELOADED]?.[name];
}

/** Marks the sources a statement already read for a row, in the order of its `sourceIds`. */
export function withPreloadedSources<T extends NodeRow>(row: T, sources: NodeRow[]): T {
  return Object.assign(row, { [PRELOADED_SOURCES]: sources });
}

/** The sources read with the row, or undefined when they were not. */
export function preloadedSources(row: object): NodeRow[] | undefined {
  return (row as { [PRELOADED_SOURCES]?: NodeRow[] })[PRELOADED_SOURCES];
}

/**
 * The row with its sources (read by citedSources, api/db/read-projection.ts)
 * marked as read, in the order of its `sourceIds`; left unmarked when one of
 * them was not found (an id merged away), so that the field asks the node
 * loader, which follows merge redirects.
 */
export function withSourcesRead(row: NodeRow, sources: Record<string, unknown>[] | undefined): NodeRow {
  const ids = Array.isArray(row.sourceIds) ? (row.sourceIds as string[]) : [];
  if (!sources || sources.length !== ids.length) return row;
  const byId = new Map(sources.map((s) => [s.id as string, toNodeRow('Source', s)]));
  if (ids.some((id) => !byId.has(id))) return row;
  return withPreloadedSources(row, ids.map((id) => byId.get(id)!));
}
