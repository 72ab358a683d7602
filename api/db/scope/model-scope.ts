/**
 * The stored scope of models (docs/decisions/032).
 *
 * A place filter lists a model when the model started in or was taken up in a
 * place that is, at any remove, inside the filter's place or a unit that
 * became it (PART_OF and SUCCEEDED_BY, api/db/place/place-scope.ts). Walking
 * that at read time costs a province's every model: thousands of rows counted
 * and sorted for a page of twenty. So the database keeps the answer:
 *
 *   (:Model)-[:IN_SCOPE_OF {place, sortKey, model}]->(:Place)
 *
 * one per model and place in whose default scope (containment and succession
 * both followed) it is, its properties copies of the place's id and the
 * model's sort key and id, under one range index (migration 009). A page of a
 * place's models by name is then an index range read in order, and the count
 * is the place's degree.
 *
 * The contract that keeps it true:
 * - Every mutation refreshes, in its own transaction, the scope of every model
 *   its changes touch (`refreshModelScope`, called by runMutation from the
 *   audit record of the changes): a model written or linked to a place or
 *   unlinked from one, and every model in the scope of a place whose PART_OF
 *   or SUCCEEDED_BY was written or removed (what was below it now reaches
 *   other places). A model's scope is rebuilt whole from the facts, so the
 *   refresh needs no knowledge of what the change was.
 * - Bulk writers (the seed loader, the importer) and the migration that
 *   introduced it rebuild every model's scope (`rebuildModelScope`).
 * - Nothing else writes it. It is not a fact: no id, no sources, never in an
 *   export, never in the audit trail; relationshipsOf (what merges, deletes and
 *   undos move) does not see it, and deleting a model or a place drops its own.
 * - test/helpers/graph-invariants.ts compares it with the walk after the
 *   writing suites: a writer that forgets it fails there.
 */
import type { AuditChange } from '../audit/audit-record.js';
import type { Executor } from '../executor.js';
import { PLACE_LINKS, SCOPE_STEP_TYPES } from '../place/place-scope.js';
import type { StatementRunner } from '../write/write-session.js';

/** The facts that place a model, and the steps that widen a place's scope (all followed: the default filter). */
const MODEL_LINKS: readonly string[] = PLACE_LINKS.Model.split('|');
const SCOPE_STEPS: readonly string[] = SCOPE_STEP_TYPES;

/** Every place `m` is listed under, as `p`: its own places and what they are inside or became, at any remove. */
const PLACES_OF_MODEL = `(m)-[:${PLACE_LINKS.Model}]->(:Place)-[:${SCOPE_STEP_TYPES.join('|')}*0..]->(p:Place)`;

/**
 * The models of `$ids` get their scope anew: the stored one dropped, the
 * walk's written. Each model is write-locked first (in id order, as callers
 * pass them), so two mutations refreshing the same model take turns and the
 * second drops what the first wrote instead of adding a second copy.
 */
const REFRESH = `UNWIND $ids AS id
MATCH (m:Model {id: id})
SET m.__lock = true REMOVE m.__lock
WITH m
CALL (m) {
  OPTIONAL MATCH (m)-[old:IN_SCOPE_OF]->()
  DELETE old
}
CALL (m) {
  MATCH ${PLACES_OF_MODEL}
  WITH DISTINCT p
  CREATE (m)-[:IN_SCOPE_OF {place: p.id, sortKey: m.sortKey, model: m.id}]->(p)
}
RETURN count(m) AS refreshed`;

/**
 * Write-locks every place the models of `$ids` reach (in id order), before
 * their scope is walked again. Neo4j reads what is committed and takes no read
 * lock: a mutation linking a model below a place and another one giving that
 * place a new parent at the same moment would each miss the other's change.
 * With the places locked, the later of the two waits for the earlier to
 * commit, and its walk (a statement of its own, after the wait) sees it; the
 * one that adds or removes the step holds the step's start already (writing a
 * relationship locks its ends) when it reads the models under it.
 */
const LOCK_PLACES = `UNWIND $ids AS id
MATCH (m:Model {id: id})
MATCH ${PLACES_OF_MODEL}
WITH DISTINCT p ORDER BY p.id
SET p.__lock = true REMOVE p.__lock
RETURN count(p) AS locked`;

/** The models listed under the places of `$places` (as stored before the change: their scope is what changes). */
const MODELS_UNDER = `UNWIND $places AS id
MATCH (:Place {id: id})<-[:IN_SCOPE_OF]-(m:Model)
RETURN DISTINCT m.id AS id`;

/** What a mutation's changes make stale: models to refresh, and places whose listed models must be refreshed too. */
export function staleScope(changes: readonly AuditChange[]): { models: string[]; places: string[] } {
  const models = new Set<string>();
  const places = new Set<string>();
  const ends = (view: Record<string, unknown> | null) => (view ? [view._from] : []).filter((v): v is string => typeof v === 'string');
  for (const change of changes) {
    // A model created, deleted or renamed (its sort key comes from its name); a description or a citation changes no scope.
    if (change.kind === 'node' && change.label === 'Model' && (change.before === null || change.after === null || change.before.name !== change.after.name)) models.add(change.id);
    if (change.kind !== 'relationship') continue;
    // A relationship that kept its ends (a source attached, a date corrected) moved nothing.
    if (change.before !== null && change.after !== null && change.before._from === change.after._from && change.before._to === change.after._to) continue;
    if (MODEL_LINKS.includes(change.label)) for (const id of [...ends(change.before), ...ends(change.after)]) models.add(id);
    // A step of an organisation (PART_OF and SUCCEEDED_BY join organisations too) starts at no place: MODELS_UNDER finds nothing.
    if (SCOPE_STEPS.includes(change.label)) for (const id of [...ends(change.before), ...ends(change.after)]) places.add(id);
  }
  return { models: [...models].sort(), places: [...places].sort() };
}

/**
 * Brings the stored scope up to date after a mutation's changes, in the
 * mutation's transaction (runMutation): nothing to do for most writes; for a
 * model's, its places locked then its scope rewritten (two statements); when a
 * place moved, the models under it read first (three).
 */
export async function refreshModelScope(session: StatementRunner, changes: readonly AuditChange[]): Promise<void> {
  const { models, places } = staleScope(changes);
  const ids = new Set(models);
  if (places.length > 0) for (const row of await session.run(MODELS_UNDER, { places })) ids.add(row.id as string);
  if (ids.size === 0) return;
  const sorted = [...ids].sort();
  await session.run(LOCK_PLACES, { ids: sorted });
  await session.run(REFRESH, { ids: sorted });
}

const BATCH = 2000;

// Keyset pages in id order, each its own transaction, so a run that died half-way is simply repeated.
const MODEL_PAGE = 'MATCH (m:Model) WHERE m.id > $after RETURN m.id AS id ORDER BY m.id LIMIT toInteger($batch)';

/**
 * Every model's scope built anew from the facts: after a bulk write (the seed,
 * an import) and by migration 009. Model by model, each replacing its own, so
 * a server reading meanwhile sees each model's old scope or its new one, never
 * none (a deleted model or place took its own with it). Returns how many
 * models it went through.
 */
export async function rebuildModelScope(executor: Executor): Promise<number> {
  let after = '';
  let refreshed = 0;
  for (;;) {
    const ids = (await executor.read<{ id: string }>(MODEL_PAGE, { after, batch: BATCH })).map((r) => r.id);
    if (ids.length === 0) return refreshed;
    await executor.write(REFRESH, { ids });
    refreshed += ids.length;
    after = ids.at(-1)!;
  }
}
