import type { EntityLabel } from '../../model/labels.js';
import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';
import type { EntityRecord } from '../../model/records.js';
import { Checker } from './checker.js';
import { ENTITY_SPECS, SOURCE_FILE, SOURCE_URL, type FieldSpec } from './entity-specs.js';
import { LIMITS } from './limits.js';

/**
 * A validated change to one entity: values to set (null removes an optional
 * property), aliases to add and remove. Pure data; applied to the entity as it
 * is inside the transaction, after its lock is taken.
 */
export interface EntityChange {
  label: EntityLabel;
  set: Record<string, unknown>;
  addAliases: string[];
  removeAliases: string[];
}

function checkField(c: Checker, field: string, spec: FieldSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'text':
      return c.text(field, value, spec);
    case 'enum':
      return c.oneOf(field, value, spec.values);
    case 'partialDate':
      return c.partialDate(field, value);
    case 'integer':
      return c.integer(field, value, spec.min, spec.max);
    case 'boolean':
      return c.boolean(field, value);
    case 'file':
      return c.pattern(field, value, SOURCE_FILE, 'the name of a file in shared/sources (000_8ff1c5aaa7eaafdc.txt)');
    case 'url': {
      const text = c.text(field, value, { max: LIMITS.url });
      return typeof text === 'string' ? c.pattern(field, text, SOURCE_URL, 'a web address starting with http:// or https://') : text;
    }
  }
}

/**
 * Checks the entity fields of a create (`aliases` is the list to add) or an
 * update (`addAliases` / `removeAliases`; null clears an optional field) input.
 * `path` prefixes field names in messages (`input`, `input.newSources[0]`).
 */
export function checkEntityChange(c: Checker, label: EntityLabel, input: Record<string, unknown>, path: string, mode: 'create' | 'update'): EntityChange {
  const spec = ENTITY_SPECS[label];
  const set: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null && spec.required.includes(key)) c.fail(`${path}.${key}`, 'is required and cannot be cleared');
    else set[key] = value;
  };
  const named = c.text(`${path}.${spec.nameField}`, input[spec.nameField], { max: LIMITS.name });
  put(spec.nameField, named);
  put('description', c.text(`${path}.description`, input.description, { max: LIMITS.description, multiline: true }));
  for (const [key, fieldSpec] of Object.entries(spec.fields)) put(key, checkField(c, `${path}.${key}`, fieldSpec, input[key]));

  if (spec.cited) {
    const inferred = c.boolean(`${path}.inferred`, input.inferred);
    const note = c.text(`${path}.inferenceNote`, input.inferenceNote, { max: LIMITS.inferenceNote, multiline: true });
    // Stored as `inferred: true` or absent (graph-model.md), never `false`.
    if (inferred === true) set.inferred = true;
    if (inferred === false || inferred === null) {
      set.inferred = null;
      if (note === undefined) set.inferenceNote = null;
    }
    if (note !== undefined) set.inferenceNote = note;
  }

  let addAliases: string[] = [];
  let removeAliases: string[] = [];
  if (spec.cited) {
    const aliasOptions = { max: LIMITS.name, maxItems: LIMITS.aliases };
    const addField = mode === 'create' ? 'aliases' : 'addAliases';
    addAliases = c.texts(`${path}.${addField}`, input[addField], aliasOptions) ?? [];
    if (mode === 'update') removeAliases = c.texts(`${path}.removeAliases`, input.removeAliases, aliasOptions) ?? [];
    addAliases.forEach((alias, i) => {
      if (typeof named === 'string' && alias === named) c.fail(`${path}.${addField}[${i}]`, 'repeats the name');
    });
  }
  if (mode === 'create') {
    for (const key of spec.required) if (set[key] === undefined) c.required(`${path}.${key}`, input[key]);
  }
  return { label, set, addAliases, removeAliases };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * The entity after the change: `before` (null for a new entity) with the values
 * set, aliases added and removed, and the cited sources added to its sources
 * (provenance only grows).
 */
export function applyEntityChange(before: EntityRecord | null, id: string, change: EntityChange, sourceIds: readonly string[]): EntityRecord {
  const spec = ENTITY_SPECS[change.label];
  const record: EntityRecord = { ...(before ?? {}), id };
  for (const [key, value] of Object.entries(change.set)) {
    if (value === null) delete record[key];
    else record[key] = value;
  }
  if (spec.cited) {
    const name = record[spec.nameField];
    const aliases = union(record.aliases ?? [], change.addAliases).filter((a) => !change.removeAliases.includes(a) && a !== name);
    record.aliases = aliases;
    record.sources = union(record.sources ?? [], sourceIds);
  }
  return record;
}

/** What must hold for the entity as a whole once changed: required fields, periods in order, inference explained. */
export function checkEntityRecord(c: Checker, label: EntityLabel, record: EntityRecord, path: string): void {
  const spec = ENTITY_SPECS[label];
  for (const key of spec.required) if (record[key] === undefined || record[key] === null) c.fail(`${path}.${key}`, 'is required');
  if (spec.cited && (record.sources ?? []).length === 0) c.fail(`${path}.sources`, 'cite at least one source');
  if ((record.aliases ?? []).length > LIMITS.storedAliases) c.fail(`${path}.addAliases`, `an entity may have at most ${LIMITS.storedAliases} aliases`);
  if (record.inferred === true && typeof record.inferenceNote !== 'string') c.fail(`${path}.inferenceNote`, 'is required when inferred is true: say why');
  if (record.inferred !== true && record.inferenceNote !== undefined) c.fail(`${path}.inferred`, 'must be true when an inferenceNote is given');
  if (typeof record.startYear === 'number' && typeof record.endYear === 'number' && record.startYear > record.endYear) {
    c.fail(`${path}.endYear`, `${record.endYear} is before startYear ${record.startYear}`);
  }
  // Partial dates compare by the days they cover: "2025-07" is not before "2025".
  const from = typeof record.validFrom === 'string' ? parsePartialDate(record.validFrom) : null;
  const to = typeof record.validTo === 'string' ? parsePartialDate(record.validTo) : null;
  if (from && to && isPartialDate(from) && isPartialDate(to) && from.from > to.to) {
    c.fail(`${path}.validTo`, `"${to.text}" is before validFrom "${from.text}"`);
  }
  if (label === 'Campaign' && record.kind === 'THEMED_YEAR' && record.year === undefined) c.fail(`${path}.year`, 'is required for a THEMED_YEAR campaign');
}
