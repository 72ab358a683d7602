import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * An export file as the CSV files `neo4j-admin database import` reads: one
 * file per label (`id:ID(Label)`, one id space per label, as the graph's
 * uniqueness is per label) and one per relationship type and label pair
 * (`:START_ID(Label)`, `:END_ID(Label)`), with typed headers (`year:int`,
 * `dateFrom:date`, `aliases:string[]`). Two passes: the first learns each
 * file's columns (properties are optional, so a header is the union), the
 * second writes rows — memory holds the headers and one line.
 */
export const ARRAY_DELIMITER = '\u001f';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Line {
  kind: string;
  label?: string;
  type?: string;
  id: string;
  start?: { label: string; id: string };
  end?: { label: string; id: string };
  props?: Record<string, Json>;
}

function typeOf(value: Json): string {
  if (Array.isArray(value)) return `${value.length ? typeOf(value[0]!) : 'string'}[]`;
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (value && typeof value === 'object') {
    if ('$date' in value) return 'date';
    if ('$float' in value) return 'double';
    throw new Error(`no CSV form for ${JSON.stringify(value)}`);
  }
  return 'string';
}

function cell(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return quote(value.map((v) => scalar(v)).join(ARRAY_DELIMITER));
  return typeof value === 'string' ? quote(value) : scalar(value);
}

function scalar(value: Json): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) return String(Object.values(value)[0]);
  return String(value);
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

async function* lines(file: string): AsyncGenerator<Line> {
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const line = JSON.parse(text) as Line;
    if (line.kind === 'node' || line.kind === 'relationship') yield line;
  }
}

const fileKey = (l: Line) => (l.kind === 'node' ? `node-${l.label}` : `rel-${l.type}-${l.start!.label}-${l.end!.label}`);

export interface CsvFiles {
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string; file: string }>;
}

export async function ndjsonToCsv(input: string, dir: string): Promise<CsvFiles> {
  const columns = new Map<string, Map<string, string>>();
  for await (const l of lines(input)) {
    const cols = columns.get(fileKey(l)) ?? new Map<string, string>();
    for (const [k, v] of Object.entries(l.props ?? {})) if (!cols.has(k) || (Array.isArray(v) && v.length && cols.get(k) === 'string[]')) cols.set(k, typeOf(v));
    columns.set(fileKey(l), cols);
  }
  const streams = new Map<string, WriteStream>();
  const result: CsvFiles = { nodes: [], relationships: [] };
  for await (const l of lines(input)) {
    const key = fileKey(l);
    const cols = [...columns.get(key)!.keys()];
    let out = streams.get(key);
    if (!out) {
      const file = path.join(dir, `${key}.csv`);
      out = createWriteStream(file);
      streams.set(key, out);
      const typed = cols.map((c) => `${c}:${columns.get(key)!.get(c)}`);
      if (l.kind === 'node') {
        result.nodes.push({ label: l.label!, file });
        out.write([`id:ID(${l.label})`, ...typed].join(',') + '\n');
      } else {
        result.relationships.push({ type: l.type!, file });
        out.write([`:START_ID(${l.start!.label})`, `:END_ID(${l.end!.label})`, 'id:string', ...typed].join(',') + '\n');
      }
    }
    const values = cols.map((c) => cell(l.props?.[c]));
    const row = l.kind === 'node' ? [quote(l.id), ...values] : [quote(l.start!.id), quote(l.end!.id), quote(l.id), ...values];
    if (!out.write(row.join(',') + '\n')) await new Promise<void>((resolve) => out!.once('drain', () => resolve()));
  }
  await Promise.all([...streams.values()].map((s) => new Promise<void>((resolve) => s.end(() => resolve()))));
  return result;
}
