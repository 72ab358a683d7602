import {
  assertKeys,
  canonicalJson,
  decodeProperty,
  encodeProperty,
  isPlainObject,
  PropertyCodecError,
  type Json,
  type PropertyValue,
} from './property-codec.js';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  joins,
  knownLabel,
  knownType,
  needsSourceIds,
  REQUIRED_NODE_TEXT,
  REQUIRED_RELATIONSHIP_TEXT,
  SLUG,
  type NodeLabel,
  type RelationshipType,
} from './transfer-model.js';

/**
 * One line of an export file, as a record. The file is NDJSON (one JSON object
 * per line, keys sorted, UTF-8):
 *
 *   {"format":"dvk-graph-ndjson","formatVersion":1,"kind":"header","schemaVersion":3}
 *   {"id":"per-x","kind":"node","label":"Person","props":{"name":"…","sourceIds":["src-a"],…}}
 *   {"end":{"id":"ev-y","label":"Event"},"id":"pa-z","kind":"relationship","props":{…},"start":{"id":"per-x","label":"Person"},"type":"PARTICIPATED_IN"}
 *   {"kind":"end","nodes":119,"relationships":217}
 *
 * `props` holds every property but `id`; values are encoded by property-codec.ts.
 * The end line makes a truncated file detectable.
 */
export interface HeaderRecord {
  kind: 'header';
  schemaVersion: number;
}

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

export interface NodeRecord {
  kind: 'node';
  label: NodeLabel;
  id: string;
  props: Record<string, PropertyValue>;
}

export interface RelationshipRecord {
  kind: 'relationship';
  type: RelationshipType;
  id: string;
  start: NodeRef;
  end: NodeRef;
  props: Record<string, PropertyValue>;
}

export interface EndRecord {
  kind: 'end';
  nodes: number;
  relationships: number;
}

export type GraphRecord = HeaderRecord | NodeRecord | RelationshipRecord | EndRecord;

export type DecodedLine = { ok: true; record: GraphRecord } | { ok: false; message: string };

function encodeProps(props: Record<string, PropertyValue>): Json {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, encodeProperty(value)]));
}

/** The record as one line of canonical JSON, without the newline. */
export function encodeRecord(record: GraphRecord): string {
  switch (record.kind) {
    case 'header':
      return canonicalJson({ kind: 'header', format: FORMAT_NAME, formatVersion: FORMAT_VERSION, schemaVersion: record.schemaVersion });
    case 'node':
      return canonicalJson({ kind: 'node', label: record.label, id: record.id, props: encodeProps(record.props) });
    case 'relationship':
      return canonicalJson({
        kind: 'relationship',
        type: record.type,
        id: record.id,
        start: { label: record.start.label, id: record.start.id },
        end: { label: record.end.label, id: record.end.id },
        props: encodeProps(record.props),
      });
    case 'end':
      return canonicalJson({ kind: 'end', nodes: record.nodes, relationships: record.relationships });
  }
}

class LineError extends Error {}

function count(value: Json | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new LineError(`${what} must be a whole number ≥ 0`);
  return value;
}

function slug(value: Json | undefined, what: string): string {
  if (typeof value !== 'string' || !SLUG.test(value)) throw new LineError(`${what} ${JSON.stringify(value ?? null)} is not an id (lower-case ASCII words joined by hyphens)`);
  return value;
}

function label(value: Json | undefined, what: string): NodeLabel {
  const known = knownLabel(value);
  if (!known) throw new LineError(`${what} ${JSON.stringify(value ?? null)} is not a label of the graph model`);
  return known;
}

function nodeRef(value: Json | undefined, what: string): NodeRef {
  if (!isPlainObject(value)) throw new LineError(`${what} must be {"label": …, "id": …}`);
  assertKeys(value, ['id', 'label'], [], what);
  return { label: label(value.label, `${what}.label`), id: slug(value.id, `${what}.id`) };
}

function decodeProps(value: Json | undefined, label: NodeLabel | null, required: readonly string[]): Record<string, PropertyValue> {
  if (!isPlainObject(value)) throw new LineError('props must be an object');
  if ('id' in value) throw new LineError('props must not repeat "id" (it is the line\'s own "id")');
  const props: Record<string, PropertyValue> = {};
  for (const [key, json] of Object.entries(value)) {
    if (key.length === 0) throw new LineError('a property name is empty');
    props[key] = decodeProperty(json, `props.${key}`);
  }
  for (const key of required) {
    const text = props[key];
    if (typeof text !== 'string' || text.trim().length === 0) throw new LineError(`props.${key} is required (non-empty text)`);
  }
  if (needsSourceIds(label)) {
    const sourceIds = props.sourceIds;
    if (!Array.isArray(sourceIds) || sourceIds.length === 0) throw new LineError('props.sourceIds is required: a non-empty list of Source ids');
    sourceIds.forEach((id, i) => slug(id as Json, `props.sourceIds[${i}]`));
  }
  return props;
}

function decodeRecord(json: Json): GraphRecord {
  if (!isPlainObject(json)) throw new LineError('a line must be a JSON object');
  switch (json.kind) {
    case 'header': {
      assertKeys(json, ['format', 'formatVersion', 'kind', 'schemaVersion'], [], 'the header');
      if (json.format !== FORMAT_NAME) throw new LineError(`format must be "${FORMAT_NAME}"`);
      if (json.formatVersion !== FORMAT_VERSION) throw new LineError(`formatVersion ${JSON.stringify(json.formatVersion)} is not supported (this version reads ${FORMAT_VERSION})`);
      return { kind: 'header', schemaVersion: count(json.schemaVersion, 'schemaVersion') };
    }
    case 'node': {
      assertKeys(json, ['id', 'kind', 'label', 'props'], [], 'a node');
      const l = label(json.label, 'label');
      return { kind: 'node', label: l, id: slug(json.id, 'id'), props: decodeProps(json.props, l, REQUIRED_NODE_TEXT[l]) };
    }
    case 'relationship': {
      assertKeys(json, ['end', 'id', 'kind', 'props', 'start', 'type'], [], 'a relationship');
      const type = knownType(json.type);
      if (!type) throw new LineError(`type ${JSON.stringify(json.type ?? null)} is not a relationship type of the graph model`);
      const start = nodeRef(json.start, 'start');
      const end = nodeRef(json.end, 'end');
      if (!joins(type, start.label, end.label)) throw new LineError(`${type} does not join ${start.label} to ${end.label}`);
      return { kind: 'relationship', type, id: slug(json.id, 'id'), start, end, props: decodeProps(json.props, null, REQUIRED_RELATIONSHIP_TEXT[type] ?? []) };
    }
    case 'end': {
      assertKeys(json, ['kind', 'nodes', 'relationships'], [], 'the end line');
      return { kind: 'end', nodes: count(json.nodes, 'nodes'), relationships: count(json.relationships, 'relationships') };
    }
    default:
      throw new LineError(`kind ${JSON.stringify(json.kind ?? null)} is not one of header, node, relationship, end`);
  }
}

/** Parses and checks one line on its own (rules that span lines are GraphFileChecker's). */
export function decodeLine(text: string): DecodedLine {
  if (text.trim().length === 0) return { ok: false, message: 'empty line' };
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (error) {
    return { ok: false, message: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    return { ok: true, record: decodeRecord(json) };
  } catch (error) {
    if (error instanceof LineError || error instanceof PropertyCodecError) return { ok: false, message: error.message };
    throw error;
  }
}
