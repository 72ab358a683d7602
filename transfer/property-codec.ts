import neo4j, {
  Date as Neo4jDate,
  DateTime,
  Duration,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  type Integer,
} from 'neo4j-driver';

/**
 * Property values in JSON, both ways, without loss.
 *
 * JSON has one kind of number and no dates, Neo4j has 64-bit integers, floats
 * and six temporal types, so:
 * - an integer is a plain JSON number (`{"$int": "…"}` beyond ±2^53, where a
 *   JavaScript number would round it);
 * - a float is a plain JSON number when it has a fraction, `{"$float": "3"}`
 *   when it is whole (or NaN, ±Infinity, -0), so that it does not come back as
 *   an integer;
 * - temporal values, points and byte arrays are one-key objects named for their
 *   type: `{"$date": "2021-03-24"}`, `{"$dateTime": "2021-03-24T10:00:00+07:00[Asia/Ho_Chi_Minh]"}`,
 *   `{"$duration": {"days": 3, "months": 14, "nanoseconds": 7, "seconds": 14706}}`,
 *   `{"$point": {"srid": 4326, "x": 106.7, "y": 10.8}}`, `{"$bytes": "<base64>"}`.
 * Neo4j properties are never maps, so an object is always one of these tags.
 *
 * On the Neo4j side values are what the driver sends and receives, except that
 * integers are `Integer` objects: with `disableLosslessIntegers` the driver
 * reads both kinds of number as a JavaScript number and writes every number as
 * a float, so the exporter reads integers as text and the importer writes them
 * as `Integer`.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Temporal components are numbers when read (lossless integers off) and Integers when parsed. */
type N = number | Integer;
export type ScalarValue = string | boolean | number | Integer | Neo4jDate<N> | LocalTime<N> | Time<N> | LocalDateTime<N> | DateTime<N> | Duration<N> | Point<N>;
export type PropertyValue = ScalarValue | ScalarValue[] | Int8Array;

export class PropertyCodecError extends Error {
  override name = 'PropertyCodecError';
}

const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);

const toNumber = (value: number | Integer): number => neo4j.integer.toNumber(value);

function encodeFloat(value: number): Json {
  if (Number.isInteger(value) || !Number.isFinite(value)) return { $float: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

function encodeScalar(value: unknown): Json {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeFloat(value);
  if (neo4j.isInt(value)) {
    const big = BigInt(value.toString());
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : { $int: big.toString() };
  }
  // Neo4j's ISO forms, which the driver's fromString reads back to the same components.
  if (neo4j.isDate(value as never)) return { $date: String(value) };
  if (neo4j.isLocalTime(value as never)) return { $localTime: String(value) };
  if (neo4j.isTime(value as never)) return { $time: String(value) };
  if (neo4j.isLocalDateTime(value as never)) return { $localDateTime: String(value) };
  if (neo4j.isDateTime(value as never)) return { $dateTime: String(value) };
  if (neo4j.isDuration(value as never)) {
    // The ISO form would fold months into years and seconds into hours; the four components are what Neo4j stores.
    const d = value as Duration<N>;
    return { $duration: { months: toNumber(d.months), days: toNumber(d.days), seconds: toNumber(d.seconds), nanoseconds: toNumber(d.nanoseconds) } };
  }
  if (neo4j.isPoint(value)) {
    const p = value as Point<N>;
    const coordinates: Record<string, number> = p.z === undefined || p.z === null ? { x: p.x, y: p.y } : { x: p.x, y: p.y, z: p.z };
    if (!Object.values(coordinates).every((c) => Number.isFinite(c))) throw new PropertyCodecError('a point coordinate is not a finite number');
    return { $point: { srid: toNumber(p.srid), ...coordinates } };
  }
  throw new PropertyCodecError(`unsupported property value ${describe(value)}`);
}

/** A property value as JSON (see the file comment for the tags). */
export function encodeProperty(value: PropertyValue): Json {
  if (value instanceof Int8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeScalar);
  return encodeScalar(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return `an object of type ${value.constructor?.name ?? 'unknown'}`;
  return `of type ${typeof value}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function assertCalendarDate(year: number, month: number, day: number, text: string) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > last) throw new PropertyCodecError(`"${text}" is not a calendar date`);
}

function parseTemporal<T>(tag: string, text: Json, parse: (s: string) => T): T {
  if (typeof text !== 'string') throw new PropertyCodecError(`${tag} takes a string`);
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof PropertyCodecError) throw error;
    throw new PropertyCodecError(`${tag} "${text}" is not valid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const INT_TEXT = /^-?(?:0|[1-9][0-9]*)$/;
const FLOAT_TEXT = /^(?:NaN|-?Infinity|-0|-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)$/;

function integerOf(count: Json, what: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) throw new PropertyCodecError(`${what} must be an integer`);
  return count;
}

function decodeTag(tag: string, arg: Json): ScalarValue | Int8Array {
  switch (tag) {
    case '$int': {
      if (typeof arg !== 'string' || !INT_TEXT.test(arg)) throw new PropertyCodecError('$int takes the integer as a string of digits');
      const big = BigInt(arg);
      if (big > MAX_INT64 || big < MIN_INT64) throw new PropertyCodecError(`${arg} is out of the 64-bit integer range`);
      return neo4j.int(arg);
    }
    case '$float':
      if (typeof arg !== 'string' || !FLOAT_TEXT.test(arg)) throw new PropertyCodecError('$float takes the number as a string ("3", "NaN", "-Infinity")');
      return Number(arg);
    case '$date':
      return parseTemporal(tag, arg, (s) => {
        const d = Neo4jDate.fromString(s);
        assertCalendarDate(toNumber(d.year), toNumber(d.month), toNumber(d.day), s);
        return d;
      });
    case '$localTime':
      return parseTemporal(tag, arg, (s) => LocalTime.fromString(s));
    case '$time':
      return parseTemporal(tag, arg, (s) => Time.fromString(s));
    case '$localDateTime':
      return parseTemporal(tag, arg, (s) => {
        const d = LocalDateTime.fromString(s);
        assertCalendarDate(toNumber(d.year), toNumber(d.month), toNumber(d.day), s);
        return d;
      });
    case '$dateTime':
      // The driver checks the zone id itself.
      return parseTemporal(tag, arg, (s) => {
        const d = DateTime.fromString(s);
        assertCalendarDate(toNumber(d.year), toNumber(d.month), toNumber(d.day), s);
        return d;
      });
    case '$duration': {
      if (!isPlainObject(arg)) throw new PropertyCodecError('$duration takes {months, days, seconds, nanoseconds}');
      assertKeys(arg, ['days', 'months', 'nanoseconds', 'seconds'], [], '$duration');
      const nanoseconds = integerOf(arg.nanoseconds ?? null, '$duration.nanoseconds');
      if (nanoseconds < 0 || nanoseconds > 999_999_999) throw new PropertyCodecError('$duration.nanoseconds must be between 0 and 999999999');
      return new Duration(integerOf(arg.months ?? null, '$duration.months'), integerOf(arg.days ?? null, '$duration.days'), integerOf(arg.seconds ?? null, '$duration.seconds'), nanoseconds);
    }
    case '$point': {
      if (!isPlainObject(arg)) throw new PropertyCodecError('$point takes {srid, x, y[, z]}');
      assertKeys(arg, ['srid', 'x', 'y'], ['z'], '$point');
      const srid = integerOf(arg.srid ?? null, '$point.srid');
      const coordinate = (c: Json | undefined, name: string) => {
        if (typeof c !== 'number') throw new PropertyCodecError(`$point.${name} must be a number`);
        return c;
      };
      return arg.z === undefined
        ? new Point(srid, coordinate(arg.x, 'x'), coordinate(arg.y, 'y'))
        : new Point(srid, coordinate(arg.x, 'x'), coordinate(arg.y, 'y'), coordinate(arg.z, 'z'));
    }
    case '$bytes': {
      if (typeof arg !== 'string' || arg.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(arg)) throw new PropertyCodecError('$bytes takes base64 text');
      return Int8Array.from(Buffer.from(arg, 'base64'), (byte) => (byte << 24) >> 24);
    }
    default:
      throw new PropertyCodecError(`unknown value tag ${JSON.stringify(tag)}`);
  }
}

export function isPlainObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws unless `object` has every required key, and nothing but required and optional keys. */
export function assertKeys(object: Record<string, unknown>, required: readonly string[], optional: readonly string[], what: string) {
  for (const key of required) if (!(key in object)) throw new PropertyCodecError(`${what} lacks "${key}"`);
  for (const key of Object.keys(object)) {
    if (!required.includes(key) && !optional.includes(key)) throw new PropertyCodecError(`${what} has an unknown field "${key}"`);
  }
}

/** The kind of a scalar, for the rule that a Neo4j list holds one kind of value. */
function kindOf(value: ScalarValue | Int8Array): string {
  if (typeof value === 'number') return 'float';
  if (typeof value !== 'object') return typeof value;
  if (neo4j.isInt(value)) return 'integer';
  return value.constructor.name;
}

function decodeScalar(json: Json, where: string): ScalarValue | Int8Array {
  if (typeof json === 'string' || typeof json === 'boolean') return json;
  if (typeof json === 'number') {
    if (!Number.isInteger(json)) return json;
    if (!Number.isSafeInteger(json)) throw new PropertyCodecError(`${where}: ${json} is beyond ±2^53; write it as {"$int": "…"} (or {"$float": "…"})`);
    return neo4j.int(json);
  }
  if (json === null) throw new PropertyCodecError(`${where}: null is not a property value (Neo4j stores no nulls; leave the property out)`);
  if (Array.isArray(json)) throw new PropertyCodecError(`${where}: a list inside a list is not a property value`);
  const keys = Object.keys(json);
  if (keys.length !== 1 || !keys[0]!.startsWith('$')) throw new PropertyCodecError(`${where}: a map is not a property value (only one-key tags such as {"$date": …})`);
  try {
    return decodeTag(keys[0]!, json[keys[0]!]!);
  } catch (error) {
    if (error instanceof PropertyCodecError) throw new PropertyCodecError(`${where}: ${error.message}`);
    throw error;
  }
}

/** The value to write for a JSON property value; throws PropertyCodecError naming `where` when it is not one. */
export function decodeProperty(json: Json, where: string): PropertyValue {
  if (!Array.isArray(json)) return decodeScalar(json, where);
  const values = json.map((element, i) => decodeScalar(element, `${where}[${i}]`));
  const kinds = new Set(values.map(kindOf));
  if (kinds.has('Int8Array')) throw new PropertyCodecError(`${where}: bytes cannot be a list element`);
  if (kinds.size > 1) {
    const hint = kinds.has('integer') && kinds.has('float') ? ' (tag whole floats as {"$float": "…"})' : '';
    throw new PropertyCodecError(`${where}: a list holds one kind of value, this one mixes ${[...kinds].sort().join(', ')}${hint}`);
  }
  return values as ScalarValue[];
}

/** JSON with object keys in code-unit order at every depth, so equal values give equal bytes. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new PropertyCodecError(`${value} has no JSON form`);
  return JSON.stringify(value);
}
