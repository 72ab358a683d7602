import type { ItemPage } from '../../loaders/edge-page-loader.js';
import { pageWindow, toConnection, type Connection, type PageArgs, type PageWindow } from '../pagination.js';

/**
 * A Relay connection whose edges carry more than the node (the role a person
 * had at an event, how an organisation relates to it): `edge` turns one loaded
 * item into the edge's fields, `node` included. Forward paging only, as on
 * every nested connection.
 */
export async function edgeConnection<T, E extends { node: unknown }>(args: PageArgs, load: (window: PageWindow) => Promise<ItemPage<T>>, edge: (item: T) => E): Promise<Connection<E>> {
  const window = pageWindow(args);
  const page = await load(window);
  return toConnection(page.items, window, page.total, edge);
}
