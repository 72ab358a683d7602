// The places each model is listed under, stored (docs/decisions/032): a
// derived IN_SCOPE_OF from the model to every place in whose scope it is, with
// copies of the place id, the model's sort key and id, indexed together so
// that a place's models come out of the index in name order. The backfill
// (api/db/scope/model-scope.ts) builds them for the models already stored.
CREATE RANGE INDEX model_scope IF NOT EXISTS FOR ()-[s:IN_SCOPE_OF]-() ON (s.place, s.sortKey, s.model);
