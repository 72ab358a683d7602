/**
 * The graph model: what the registry stores, declared once.
 *
 * Everything that reads or writes the graph depends on this folder, and it
 * depends on nothing of the project (only itself): the database code (api/db),
 * the write operations (api/write), the seed loader (seed/load), export and
 * import (transfer/), the synthetic generator (scripts/generate) and article
 * ingestion. schema/graph-model.md is the prose reference; this is the code.
 *
 *   labels.ts          node labels: the entity labels clients see, and RoleObservation;
 *                      the operational labels kept beside the graph (keys, audit, accounts)
 *   graph-model.ts     relationship types with the label pairs each may join (stored and
 *                      derived), which properties are partial dates, integers or references,
 *                      participation roles, succession kinds
 *   partial-date.ts    "2020", "2020-03", "2020-03-24" and the day range each covers
 *   lifespan.ts        when a place or organisation existed (validity, successions) and
 *                      whether it existed during a span of days
 *   text.ts            Vietnamese text folding, search text, name keys and sort keys
 *   records.ts         the records every writer takes (entity, role observation,
 *                      participation, relation)
 *   rows.ts            records as the rows every writer stores (pure; the Cypher that writes
 *                      them is api/db/write/graph-statements.ts)
 *   relation-specs.ts  the named relations that fields follow (type, direction, far label, order)
 *   entity-kinds.ts    the API's EntityKind values and their labels
 *
 * Rules: no I/O, no database driver, no GraphQL; a name means one thing
 * (RelationshipType is a stored relationship type, a graph view's edge types are
 * GraphEdgeType in api/db/graph; NodeWriteRow is a row to store, NodeRow in
 * api/db/mapping.ts a row read back). test/unit/architecture.test.ts keeps it so.
 */
export * from './labels.js';
export * from './graph-model.js';
export * from './partial-date.js';
export * from './lifespan.js';
export * from './text.js';
export * from './records.js';
export * from './rows.js';
export * from './relation-specs.js';
export * from './entity-kinds.js';
