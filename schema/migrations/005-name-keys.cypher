// Search ranks by each entity's names folded to words (`nameKeys`), which every
// writer now derives (seed/load/to-graph.ts). Cypher cannot fold Vietnamese, so
// this migration has no statement of its own: its backfill for the entities
// already stored is api/db/backfills/name-keys.ts, run by the migration runner.
