import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SEED_DIR } from '../../api/paths.js';
import type { SeedIssue } from './issues.js';
import type { EntityLabel } from '../../model/graph-model.js';
import type { RawFile } from './read-dataset.js';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is module.exports,
// whose `default` property is the class / plugin itself (both at runtime and in the typings).
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

// Found from the repository root, so the compiled loader (dist/seed/load) reads the same schemas.
const SCHEMA_DIR = path.join(SEED_DIR, 'schema');
const ENTITIES_ID = 'https://dvk-graph.local/seed/entities.schema.json';
const FACTS_ID = 'https://dvk-graph.local/seed/facts.schema.json';

function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
}

let compiled: { entityFile: Map<EntityLabel, ValidateFunction>; factsFile: ValidateFunction } | null = null;

function validators() {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv);
  ajv.addSchema(loadSchema('entities.schema.json'));
  ajv.addSchema(loadSchema('facts.schema.json'));
  const entityFile = new Map<EntityLabel, ValidateFunction>();
  for (const label of ['Source', 'Place', 'Organization', 'Person', 'Event', 'Program', 'Model', 'Campaign', 'Document', 'Award'] as const) {
    entityFile.set(label, ajv.compile({ type: 'array', items: { $ref: `${ENTITIES_ID}#/$defs/${label}` } }));
  }
  compiled = { entityFile, factsFile: ajv.getSchema(FACTS_ID)! };
  return compiled;
}

export interface SchemaResult {
  issues: SeedIssue[];
  /** Paths (`3` in an entity file, `relations/2` in a facts file) of records with a schema error. */
  invalidRecords: Set<string>;
}

function describe(error: ErrorObject): { field?: string; message: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: String(p.missingProperty), message: 'is required' };
    case 'requiredOneOf':
      return { message: `needs one of ${(p.missing as string[]).join(' or ')}` };
    case 'dependentRequired':
      return { field: String(p.missingProperty), message: `is required when ${String(p.property)} is given` };
    case 'unevaluatedProperties':
      return { field: String(p.unevaluatedProperty), message: 'is not a field of this kind of record' };
    case 'additionalProperties':
      return { field: String(p.additionalProperty), message: 'is not a field of this file' };
    case 'enum':
      return { message: `must be one of ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)} (leave the field out otherwise)` };
    case 'type':
      return { message: `must be ${String(p.type)}${p.type === 'string' ? ' (quote dates and years: "2020")' : ''}` };
    case 'pattern': {
      const pattern = String(p.pattern);
      if (pattern.startsWith('^[a-z0-9]+')) return { message: 'is not an id: lower-case ASCII words joined by hyphens' };
      if (pattern.startsWith('^[0-9]{4}')) return { message: 'is not a partial date: YYYY, YYYY-MM or YYYY-MM-DD' };
      if (pattern.startsWith('^\\S')) return { message: 'must not start or end with white space' };
      if (/^\^[a-z]+-$/.test(pattern)) return { message: `must start with "${pattern.slice(1)}"` };
      return { message: `must match ${pattern}` };
    }
    case 'minItems':
      return { message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { message: `lists the same item twice (items ${String(p.j)} and ${String(p.i)})` };
    case 'not':
      return { message: 'must not start with "ro-" or "pa-" (those prefixes belong to role observations and participations)' };
    default:
      return { message: error.message ?? error.keyword };
  }
}

function toIssues(raw: RawFile, errors: ErrorObject[], recordDepth: 1 | 2): SchemaResult {
  const issues: SeedIssue[] = [];
  const invalidRecords = new Set<string>();
  const seen = new Set<string>();
  // An `anyOf` of required fields (an ARTICLE has a `file` or a `url`) is one
  // issue naming the alternatives, not one "is required" per alternative.
  const alternatives = new Map<string, string[]>();
  for (const error of errors) {
    const at = error.schemaPath.indexOf('/anyOf/');
    if (at < 0 || error.keyword !== 'required') continue;
    const key = `${error.instancePath}|${error.schemaPath.slice(0, at)}/anyOf`;
    alternatives.set(key, [...(alternatives.get(key) ?? []), String((error.params as { missingProperty?: unknown }).missingProperty)]);
  }
  for (const reported of errors) {
    // `if` only reports that its `then` failed; the failing keyword is reported on its own.
    if (reported.keyword === 'if') continue;
    if (reported.keyword === 'required' && reported.schemaPath.includes('/anyOf/')) continue;
    const missing = reported.keyword === 'anyOf' ? alternatives.get(`${reported.instancePath}|${reported.schemaPath}`) : undefined;
    const error: ErrorObject = missing ? { ...reported, keyword: 'requiredOneOf', params: { missing } } : reported;
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let record: string | undefined;
    let rest = segments;
    if (segments.length >= recordDepth) {
      const recordPath = segments.slice(0, recordDepth);
      invalidRecords.add(recordPath.join('/'));
      let node: unknown = raw.data;
      for (const s of recordPath) node = (node as Record<string, unknown> | undefined)?.[s];
      const id = (node as { id?: unknown } | undefined)?.id;
      const position = Number(recordPath[recordPath.length - 1]) + 1;
      record = typeof id === 'string' && id.length > 0 ? id : `#${position}${recordDepth === 2 ? ` of ${recordPath[0]}` : ''}`;
      rest = segments.slice(recordDepth);
    }
    const { field: own, message } = describe(error);
    const fieldPath = [...rest.map((s) => (/^\d+$/.test(s) ? `[${s}]` : s)), ...(own ? [own] : [])].join('.').replace(/\.\[/g, '[');
    const issue: SeedIssue = { file: raw.file, message };
    if (record !== undefined) issue.record = record;
    if (fieldPath) issue.field = fieldPath;
    const key = `${issue.record}|${issue.field}|${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return { issues, invalidRecords };
}

export function validateEntityFile(raw: RawFile, label: EntityLabel): SchemaResult {
  const validate = validators().entityFile.get(label)!;
  if (validate(raw.data ?? [])) return { issues: [], invalidRecords: new Set() };
  return toIssues(raw, validate.errors ?? [], 1);
}

export function validateFactsFile(raw: RawFile): SchemaResult {
  const validate = validators().factsFile;
  if (validate(raw.data ?? {})) return { issues: [], invalidRecords: new Set() };
  return toIssues(raw, validate.errors ?? [], 2);
}
