import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A validated window over an ordered list: skip `offset`, take `limit`. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Offset cursors: base64url("o:<position>"). Every list here is ordered by a
 * total order (a sort key, then the id), so a position names the same item as
 * long as the data does not change, and pages neither overlap nor skip.
 */
export function offsetCursor(position: number): string {
  if (position >= KEPT_CURSORS) return encodedCursor(position);
  let cursor = keptCursors.get(position);
  if (cursor === undefined) keptCursors.set(position, (cursor = encodedCursor(position)));
  return cursor;
}

const encodedCursor = (position: number) => Buffer.from(`o:${position}`, 'utf8').toString('base64url');

// Every edge of every page gets a cursor, and pages start near the top of their
// lists: the first positions' cursors are encoded once per process, not per edge.
const KEPT_CURSORS = 10_000;
const keptCursors = new Map<number, string>();

function positionOf(cursor: string, argument: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badUserInput(`${argument}: "${cursor.slice(0, 40)}" is not a valid cursor`, argument);
  return Number(match[1]);
}

/**
 * Turns Relay arguments into a window. Backward paging (last/before) is
 * supported where the total is known, which every connection here has. The
 * page sizes are within the bounds the SDL states for them (0 to 100,
 * enforced by input-bounds.ts before any resolver runs).
 */
export function pageWindow(args: PageArgs, total?: number): PageWindow {
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first !== undefined && last !== undefined) throw badUserInput('first and last cannot be used together', 'last');
  let start = args.after ? positionOf(args.after, 'after') + 1 : 0;
  let end = args.before ? positionOf(args.before, 'before') : Number.MAX_SAFE_INTEGER;
  if (total !== undefined) end = Math.min(end, total);
  if (last !== undefined) {
    if (end === Number.MAX_SAFE_INTEGER) throw badUserInput('last needs before, or a list whose size is known', 'last');
    start = Math.max(start, end - last);
  } else {
    end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  }
  return { offset: start, limit: Math.max(0, end - start) };
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection whose edges are `E`, each given its cursor. */
export interface Connection<E> {
  totalCount: number;
  edges: (E & { cursor: string })[];
  pageInfo: PageInfo;
}

/**
 * Builds a connection from one page of items and the total count. Each edge is
 * `{ node: item }`, or with `edgeExtras` a new object per item with the edge's
 * fields (its `node` included); the edge is that object, given its cursor,
 * rather than a copy of it.
 */
export function toConnection<T>(items: readonly T[], window: PageWindow, totalCount: number): Connection<{ node: T }>;
export function toConnection<T, E extends { node: unknown }>(items: readonly T[], window: PageWindow, totalCount: number, edgeExtras: (item: T) => E): Connection<E>;
export function toConnection<T>(
  items: readonly T[],
  window: PageWindow,
  totalCount: number,
  edgeExtras: (item: T) => { node: unknown } = (item) => ({ node: item }),
): Connection<{ node: unknown }> {
  const edges = items.map((item, i) => {
    const edge = edgeExtras(item) as { node: unknown; cursor: string };
    edge.cursor = offsetCursor(window.offset + i);
    return edge;
  });
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
