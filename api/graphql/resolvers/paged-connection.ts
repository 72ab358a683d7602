import type { Page } from '../../loaders/page-loader.js';
import type { NodeRow } from '../../db/mapping.js';
import type { PlaceScope } from '../parent-rows.js';
import { pageWindow, toConnection, type Connection, type PageArgs, type PageWindow } from '../pagination.js';

/**
 * A Relay connection over a list loaded one window at a time. `last` without
 * `before` counts from the end, so it needs the total first: one more round
 * trip, for that form only. With `scope` (a place filter that follows
 * succession), every edge carries it for its `through` field.
 */
export async function pagedConnection(args: PageArgs, load: (window: PageWindow) => Promise<Page>, scope?: PlaceScope): Promise<Connection<{ node: NodeRow; scope?: PlaceScope }>> {
  let total: number | undefined;
  if (args.last !== null && args.last !== undefined && !args.before) {
    // Validates the arguments (sizes, cursors) before any query runs.
    pageWindow(args, 0);
    total = (await load({ offset: 0, limit: 0 })).total;
  }
  const window = pageWindow(args, total);
  const page = await load(window);
  return scope ? toConnection(page.rows, window, page.total, (node) => ({ node, scope })) : toConnection(page.rows, window, page.total);
}
