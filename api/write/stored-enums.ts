import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_DIR } from '../paths.js';

/**
 * The values the graph stores for each enumerated property, read from the
 * seed's JSON schemas: one list for the seed, the mutations and (through a
 * test) the GraphQL enums, so no writer can store a value another rejects.
 */
type SchemaJson = { $defs: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[]; minimum?: number; maximum?: number }> }> };

const read = (file: string) => JSON.parse(readFileSync(path.join(SEED_DIR, 'schema', file), 'utf8')) as SchemaJson;
const entities = read('entities.schema.json');
const facts = read('facts.schema.json');

function enumOf(schema: SchemaJson, def: string, property: string): readonly string[] {
  const values = schema.$defs[def]?.properties?.[property]?.enum;
  if (!values) throw new Error(`the seed schema does not enumerate ${def}.${property}`);
  return Object.freeze([...values]);
}

/** A definition that is itself an enumeration (`$defs.successionKind`). */
function enumDef(schema: SchemaJson, def: string): readonly string[] {
  const values = schema.$defs[def]?.enum;
  if (!values) throw new Error(`the seed schema does not enumerate ${def}`);
  return Object.freeze([...values]);
}

export const STORED_ENUMS = {
  sourceKind: enumOf(entities, 'Source', 'kind'),
  placeKind: enumOf(entities, 'Place', 'kind'),
  organizationKind: enumOf(entities, 'Organization', 'kind'),
  organizationLevel: enumOf(entities, 'Organization', 'level'),
  organizationLine: enumOf(entities, 'Organization', 'line'),
  eventKind: enumOf(entities, 'Event', 'kind'),
  programKind: enumOf(entities, 'Program', 'kind'),
  campaignKind: enumOf(entities, 'Campaign', 'kind'),
  documentKind: enumOf(entities, 'Document', 'kind'),
  participationRole: enumOf(facts, 'participation', 'role'),
  successionKind: enumDef(facts, 'successionKind'),
} as const;

const year = (entities.$defs.year ?? {}) as { minimum?: number; maximum?: number };
/** The years a program period or a campaign may name. */
export const YEAR_RANGE = { min: year.minimum ?? 1900, max: year.maximum ?? 2100 } as const;
