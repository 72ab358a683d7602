import type { EntityLabel } from '../../model/labels.js';
import { LIMITS } from './limits.js';
import { STORED_ENUMS, YEAR_RANGE } from './stored-enums.js';

/** How one property of an entity is checked. */
export type FieldSpec =
  | { type: 'text'; max: number; multiline?: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'partialDate' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'file' }
  | { type: 'url' };

export interface EntitySpec {
  /** Ids of the kind start with it (seed convention, docs/decisions/002). */
  prefix: string;
  /** The property holding the entity's name: `title` for a Source. */
  nameField: 'name' | 'title';
  /** The kind's own properties besides name, aliases, description and inference. */
  fields: Record<string, FieldSpec>;
  /** Properties a stored entity of the kind must have. */
  required: readonly string[];
  /** False for a Source, which is its own authority: no aliases, no citations, never inferred. */
  cited: boolean;
}

const text = (max: number = LIMITS.shortText): FieldSpec => ({ type: 'text', max });
const oneOf = (values: readonly string[]): FieldSpec => ({ type: 'enum', values });
const date: FieldSpec = { type: 'partialDate' };
const year: FieldSpec = { type: 'integer', min: YEAR_RANGE.min, max: YEAR_RANGE.max };
const count: FieldSpec = { type: 'integer', min: 0, max: 1_000_000 };

/** The kinds of entity, as the seed schema (seed/schema/entities.schema.json) defines them. */
export const ENTITY_SPECS: Record<EntityLabel, EntitySpec> = {
  Person: { prefix: 'per-', nameField: 'name', fields: {}, required: ['name'], cited: true },
  Organization: {
    prefix: 'org-',
    nameField: 'name',
    fields: {
      kind: oneOf(STORED_ENUMS.organizationKind),
      level: oneOf(STORED_ENUMS.organizationLevel),
      line: oneOf(STORED_ENUMS.organizationLine),
      validFrom: date,
      validTo: date,
    },
    required: ['name', 'kind', 'line'],
    cited: true,
  },
  Event: { prefix: 'ev-', nameField: 'name', fields: { kind: oneOf(STORED_ENUMS.eventKind), date, online: { type: 'boolean' } }, required: ['name', 'kind'], cited: true },
  Program: { prefix: 'pr-', nameField: 'name', fields: { kind: oneOf(STORED_ENUMS.programKind), startYear: year, endYear: year }, required: ['name', 'kind'], cited: true },
  Model: { prefix: 'mdl-', nameField: 'name', fields: { category: text() }, required: ['name'], cited: true },
  Campaign: { prefix: 'cmp-', nameField: 'name', fields: { kind: oneOf(STORED_ENUMS.campaignKind), year }, required: ['name', 'kind'], cited: true },
  Document: { prefix: 'doc-', nameField: 'name', fields: { kind: oneOf(STORED_ENUMS.documentKind), number: text(100), issuedAt: date }, required: ['name', 'kind', 'number'], cited: true },
  Award: { prefix: 'aw-', nameField: 'name', fields: { collectives: count, individuals: count }, required: ['name'], cited: true },
  Place: { prefix: 'pl-', nameField: 'name', fields: { kind: oneOf(STORED_ENUMS.placeKind), validFrom: date, validTo: date }, required: ['name', 'kind'], cited: true },
  Source: {
    prefix: 'src-',
    nameField: 'title',
    fields: { kind: oneOf(STORED_ENUMS.sourceKind), publisher: text(), author: text(), publishedAt: date, pageDate: date, file: { type: 'file' }, url: { type: 'url' } },
    required: ['title', 'kind'],
    cited: false,
  },
};

/** The name of an archived source file in shared/sources (`000_8ff1c5aaa7eaafdc.txt`). */
export const SOURCE_FILE = /^[0-9]{3}_[0-9a-f]+\.txt$/;

/** A source's web address, as the seed schema allows it: http(s), no spaces. */
export const SOURCE_URL = /^https?:\/\/\S+$/;
