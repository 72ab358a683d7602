// Full-text search over folded text (see api/db/text.ts for why the folding is ours,
// not the analyzer's): standard-no-stop-words keeps every Vietnamese syllable.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Event|Program|Model|Campaign|Document|Award|Place|Source)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Ordering by Vietnamese collation reads the precomputed sort key.
CREATE RANGE INDEX person_sort IF NOT EXISTS FOR (n:Person) ON (n.sortKey);
CREATE RANGE INDEX organization_sort IF NOT EXISTS FOR (n:Organization) ON (n.sortKey);
CREATE RANGE INDEX model_sort IF NOT EXISTS FOR (n:Model) ON (n.sortKey);
CREATE RANGE INDEX program_sort IF NOT EXISTS FOR (n:Program) ON (n.sortKey);
CREATE RANGE INDEX event_sort IF NOT EXISTS FOR (n:Event) ON (n.sortKey);
CREATE RANGE INDEX place_sort IF NOT EXISTS FOR (n:Place) ON (n.sortKey);
// Date filters and timelines.
CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE RANGE INDEX role_observation_date IF NOT EXISTS FOR (n:RoleObservation) ON (n.observedAtFrom);
CREATE RANGE INDEX role_observation_title IF NOT EXISTS FOR (n:RoleObservation) ON (n.title);
// Registry filters.
CREATE RANGE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE RANGE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind);
CREATE RANGE INDEX model_category IF NOT EXISTS FOR (n:Model) ON (n.category);
CREATE RANGE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
