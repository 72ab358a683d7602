/**
 * What the GraphQL layer may know of the database layer besides rows: the
 * errors a load can throw, the Lucene terms a search text becomes, what a
 * statement already brought along with a row (so a field need not load it
 * again), and the property lists that decide a statement's shape. Resolvers
 * import these from here, never from api/db (test/unit/architecture.test.ts),
 * so the database layer can change behind the loaders.
 */
export { ConstraintViolationError, DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
export { searchTerms } from '../db/search/fulltext-query.js';
export { preloadedRelation, preloadedSources } from '../db/graph/preloaded.js';
export { GROUP_END_PROPERTIES } from '../db/person/role-timeline.js';
export { BARE_EDGE_PROPERTIES } from '../db/graph/graph-edge.js';
