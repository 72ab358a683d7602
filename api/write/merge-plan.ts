import type { EntityLabel } from '../../model/labels.js';
import { plain } from '../db/mapping.js';
import type { StoredRelationship } from '../db/write/relationship.writes.js';
import type { EntityRecord } from '../../model/records.js';
import { ENTITY_SPECS } from './entity-specs.js';
import { stringList, union } from './fact-refs.js';

/**
 * What merging `merged` into `survivor` does with the merged entity's
 * relationships, decided without the database:
 * - a relationship to the survivor itself would become a loop: it is dropped;
 * - one the survivor already has (same type, direction, other end and
 *   properties, provenance aside) is dropped and its sources are added to the
 *   survivor's;
 * - every other one moves to the survivor, keeping its id and properties.
 */
export interface RelationshipMergePlan {
  move: StoredRelationship[];
  dropAsLoop: StoredRelationship[];
  dropAsDuplicate: { relationship: StoredRelationship; keptId: string }[];
  /** Sources to add to relationships the survivor keeps, by relationship id. */
  addSources: Map<string, { relationship: StoredRelationship; sourceIds: string[] }>;
}

const PROVENANCE = new Set(['id', 'sourceIds', 'inferred', 'inferenceNote']);

/** A relationship's identity apart from provenance: same key, same fact. */
function factKey(r: StoredRelationship): string {
  const own = plain(r.props) as Record<string, unknown>;
  const props = Object.keys(own).filter((k) => !PROVENANCE.has(k)).sort().map((k) => [k, own[k]]);
  return JSON.stringify([r.type, r.outgoing, r.other.label, r.other.id, props]);
}

export function planRelationshipMerge(survivorId: string, survivorRelationships: readonly StoredRelationship[], mergedRelationships: readonly StoredRelationship[]): RelationshipMergePlan {
  const kept = new Map(survivorRelationships.map((r) => [factKey(r), r]));
  const plan: RelationshipMergePlan = { move: [], dropAsLoop: [], dropAsDuplicate: [], addSources: new Map() };
  for (const r of mergedRelationships) {
    if (r.other.id === survivorId) {
      plan.dropAsLoop.push(r);
      continue;
    }
    const twin = kept.get(factKey(r));
    if (!twin) {
      plan.move.push(r);
      kept.set(factKey(r), r);
      continue;
    }
    plan.dropAsDuplicate.push({ relationship: r, keptId: twin.id });
    const entry = plan.addSources.get(twin.id) ?? { relationship: twin, sourceIds: [] };
    entry.sourceIds = union(entry.sourceIds, stringList(r.props.sourceIds));
    plan.addSources.set(twin.id, entry);
  }
  return plan;
}

/**
 * The survivor after the merge: its own values win; a property only the
 * merged entity has is taken over; the merged name and aliases become aliases;
 * sources are the union (with the sources the merge cites); it stays inferred
 * only if both were; `mergedIds` remembers every id merged into it, so those
 * ids keep resolving to it.
 */
export function mergeRecords(label: EntityLabel, survivor: EntityRecord, merged: EntityRecord, sourceIds: readonly string[]): EntityRecord {
  const spec = ENTITY_SPECS[label];
  const record: EntityRecord = { ...survivor };
  const special = new Set(['id', 'aliases', 'sources', 'mergedIds', 'inferred', 'inferenceNote']);
  for (const [key, value] of Object.entries(merged)) {
    if (!special.has(key) && record[key] === undefined) record[key] = value;
  }
  if (spec.cited) {
    const name = survivor[spec.nameField];
    record.aliases = union(survivor.aliases ?? [], [String(merged[spec.nameField]), ...(merged.aliases ?? [])]).filter((a) => a !== name);
    record.sources = union(union(survivor.sources ?? [], merged.sources ?? []), sourceIds);
  }
  if (!(survivor.inferred === true && merged.inferred === true)) {
    delete record.inferred;
    delete record.inferenceNote;
  }
  record.mergedIds = union(union(stringList(survivor.mergedIds), [merged.id]), stringList(merged.mergedIds));
  return record;
}

/** What a merge does to the survivor's own properties, as a preview shows it. */
export interface RecordMergeEffect {
  /** Properties only the merged entity has, which the survivor takes over. */
  takenOver: { field: string; value: unknown }[];
  /** Properties both have with different values: the survivor's stays, the other is dropped. */
  conflicts: { field: string; kept: unknown; dropped: unknown }[];
  aliasesAdded: string[];
  sourcesAdded: string[];
}

// Compared by what they mean, not as properties: names become aliases, the rest is bookkeeping.
const NOT_COMPARED = new Set(['id', 'aliases', 'sources', 'mergedIds', 'inferred', 'inferenceNote']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The difference mergeRecords makes, field by field, for `result` =
 * mergeRecords(label, survivor, merged, …). The name field is never a
 * conflict: the merged name is kept as an alias (in `aliasesAdded`).
 */
export function recordMergeEffect(label: EntityLabel, survivor: EntityRecord, merged: EntityRecord, result: EntityRecord): RecordMergeEffect {
  const nameField = ENTITY_SPECS[label].nameField;
  const effect: RecordMergeEffect = { takenOver: [], conflicts: [], aliasesAdded: [], sourcesAdded: [] };
  for (const [field, value] of Object.entries(merged)) {
    if (NOT_COMPARED.has(field) || field === nameField || value === undefined || value === null) continue;
    const kept = survivor[field];
    if (kept === undefined || kept === null) effect.takenOver.push({ field, value: result[field] });
    else if (!same(kept, value)) effect.conflicts.push({ field, kept, dropped: value });
  }
  const aliases = new Set(survivor.aliases ?? []);
  effect.aliasesAdded = (result.aliases ?? []).filter((a) => !aliases.has(a));
  const sources = new Set(survivor.sources ?? []);
  effect.sourcesAdded = (result.sources ?? []).filter((s) => !sources.has(s));
  return effect;
}
