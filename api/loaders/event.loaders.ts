import type { EventOrder, EventPageQuery } from '../db/event/event.repository.js';
import type { Repositories } from '../db/repositories.js';
import { pageLoader } from './page-loader.js';

/** Per-request loaders of the event domain. */
export function createEventLoaders(repositories: Repositories) {
  return {
    /** Pages of events: `events`, and `Place.events` under every place of a level at once. */
    pages: pageLoader<EventOrder, Omit<EventPageQuery, 'key'>>((order, queries) => repositories.events.pages(order, queries)),
  };
}
