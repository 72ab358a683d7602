import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j, { Date as Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } from 'neo4j-driver';
import { GraphFileChecker } from '../../transfer/graph-file-check.js';
import { decodeLine, encodeRecord, type GraphRecord, type NodeRecord } from '../../transfer/ndjson-codec.js';
import { canonicalJson, decodeProperty, encodeProperty, PropertyCodecError, type Json, type PropertyValue } from '../../transfer/property-codec.js';

/** Through the text form and back, as export then import does it. */
function roundTrip(value: PropertyValue): { json: string; back: PropertyValue } {
  const json = canonicalJson(encodeProperty(value));
  return { json, back: decodeProperty(JSON.parse(json) as Json, 'p') };
}

const VALUES: Array<[string, PropertyValue, string]> = [
  ['text with diacritics, quotes and a newline', 'Ban Dân vận "Tỉnh ủy"\nĐồng Tháp', '"Ban Dân vận \\"Tỉnh ủy\\"\\nĐồng Tháp"'],
  ['true', true, 'true'],
  ['false', false, 'false'],
  ['an integer', neo4j.int(2021), '2021'],
  ['a negative integer', neo4j.int(-7), '-7'],
  ['the largest safe integer', neo4j.int(Number.MAX_SAFE_INTEGER), '9007199254740991'],
  ['an integer beyond 2^53', neo4j.int('9007199254740993'), '{"$int":"9007199254740993"}'],
  ['the largest 64-bit integer', neo4j.int('9223372036854775807'), '{"$int":"9223372036854775807"}'],
  ['the smallest 64-bit integer', neo4j.int('-9223372036854775808'), '{"$int":"-9223372036854775808"}'],
  ['a float with a fraction', 2.5, '2.5'],
  ['a tiny float', 1.5e-7, '1.5e-7'],
  ['a whole float', 3, '{"$float":"3"}'],
  ['a huge float', 1e300, '{"$float":"1e+300"}'],
  ['negative zero', -0, '{"$float":"-0"}'],
  ['NaN', Number.NaN, '{"$float":"NaN"}'],
  ['infinity', Number.NEGATIVE_INFINITY, '{"$float":"-Infinity"}'],
  ['a date', new Neo4jDate(2021, 3, 24), '{"$date":"2021-03-24"}'],
  ['a date before the common era', new Neo4jDate(-44, 3, 15), '{"$date":"-000044-03-15"}'],
  ['a date after 9999', new Neo4jDate(12345, 1, 1), '{"$date":"+012345-01-01"}'],
  ['a local time with nanoseconds', new LocalTime(12, 30, 1, 1), '{"$localTime":"12:30:01.000000001"}'],
  ['a time with an offset', new Time(12, 30, 0, 0, 7 * 3600), '{"$time":"12:30:00+07:00"}'],
  ['a local date-time', new LocalDateTime(2021, 3, 24, 10, 0, 0, 500_000_000), '{"$localDateTime":"2021-03-24T10:00:00.500000000"}'],
  ['a date-time with an offset', new DateTime(2021, 3, 24, 10, 0, 0, 0, 7 * 3600), '{"$dateTime":"2021-03-24T10:00:00+07:00"}'],
  ['a date-time in UTC', new DateTime(2021, 3, 24, 3, 0, 0, 0, 0), '{"$dateTime":"2021-03-24T03:00:00Z"}'],
  ['a date-time with a zone', new DateTime(2021, 3, 24, 10, 0, 0, 0, 7 * 3600, 'Asia/Ho_Chi_Minh'), '{"$dateTime":"2021-03-24T10:00:00+07:00[Asia/Ho_Chi_Minh]"}'],
  ['a duration', new Duration(14, 3, 14706, 7), '{"$duration":{"days":3,"months":14,"nanoseconds":7,"seconds":14706}}'],
  ['a negative duration', new Duration(0, 0, -2, 500_000_000), '{"$duration":{"days":0,"months":0,"nanoseconds":500000000,"seconds":-2}}'],
  ['a cartesian point', new Point(7203, 1, 2), '{"$point":{"srid":7203,"x":1,"y":2}}'],
  ['a 3D geographic point', new Point(4979, 106.7, 10.8, 5), '{"$point":{"srid":4979,"x":106.7,"y":10.8,"z":5}}'],
  ['bytes', new Int8Array([1, -2, 127, -128]), '{"$bytes":"Af5/gA=="}'],
  ['a list of text', ['UBND', 'MTTQ'], '["UBND","MTTQ"]'],
  ['a list of integers', [neo4j.int(1), neo4j.int('9007199254740993')], '[1,{"$int":"9007199254740993"}]'],
  ['a list of floats, one whole', [1, 2.5], '[{"$float":"1"},2.5]'],
  ['a list of dates', [new Neo4jDate(2020, 1, 1), new Neo4jDate(2020, 12, 31)], '[{"$date":"2020-01-01"},{"$date":"2020-12-31"}]'],
  ['a list of booleans', [true, false], '[true,false]'],
  ['an empty list', [], '[]'],
];

/** What distinguishes values that JSON alone would confuse: integer or float, and the driver's class. */
function kind(value: unknown): string {
  if (Array.isArray(value)) return `list<${value.map(kind).join(',')}>`;
  if (typeof value === 'number') return Object.is(value, -0) ? 'float:-0' : `float:${value}`;
  if (neo4j.isInt(value)) return `integer:${value.toString()}`;
  if (value instanceof Int8Array) return `bytes:${[...value].join(',')}`;
  if (typeof value === 'object' && value !== null) return `${value.constructor.name}:${String(value)}`;
  return `${typeof value}:${String(value)}`;
}

describe('property values in JSON', () => {
  for (const [what, value, json] of VALUES) {
    it(`encodes ${what} as ${json} and reads it back as the same kind of value`, () => {
      const { json: encoded, back } = roundTrip(value);
      assert.equal(encoded, json);
      assert.equal(kind(back), kind(value));
      assert.equal(canonicalJson(encodeProperty(back)), json);
    });
  }

  it('reads a whole JSON number as an integer and a fractional one as a float', () => {
    assert.ok(neo4j.isInt(decodeProperty(3, 'p')));
    assert.equal(decodeProperty(3.25, 'p'), 3.25);
  });

  it('writes object keys in sorted order at every depth', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  const BAD: Array<[string, Json, RegExp]> = [
    ['null', null, /null is not a property value/],
    ['a list inside a list', [['a']], /a list inside a list/],
    ['a list that mixes text and numbers', ['a', 1], /mixes/],
    ['a list that mixes integers and floats', [1, 2.5], /tag whole floats/],
    ['a map', { name: 'x' }, /a map is not a property value/],
    ['an unknown tag', { $money: '3' }, /unknown value tag/],
    ['an impossible date', { $date: '2021-02-30' }, /not a calendar date/],
    ['a malformed date', { $date: '24/03/2021' }, /\$date "24\/03\/2021" is not valid/],
    ['an unknown time zone', { $dateTime: '2021-03-24T10:00:00[Mars/Olympus]' }, /ZoneId but was: "Mars\/Olympus"/],
    ['an integer JSON cannot hold exactly', 9007199254740993, /beyond ±2\^53/],
    ['an integer beyond 64 bits', { $int: '9223372036854775808' }, /out of the 64-bit integer range/],
    ['a float tag that is not a number', { $float: 'three' }, /\$float takes/],
    ['a duration missing a component', { $duration: { months: 1, days: 0, seconds: 0 } }, /lacks "nanoseconds"/],
    ['bytes that are not base64', { $bytes: 'not base64!' }, /base64/],
  ];
  for (const [what, json, message] of BAD) {
    it(`refuses ${what}`, () => {
      assert.throws(() => decodeProperty(json, 'props.x'), (error: unknown) => error instanceof PropertyCodecError && message.test(error.message) && error.message.startsWith('props.x'));
    });
  }
});

const HEADER = '{"format":"dvk-graph-ndjson","formatVersion":1,"kind":"header","schemaVersion":3}';
const SOURCE = '{"id":"src-a","kind":"node","label":"Source","props":{"kind":"ARTICLE","title":"Bài A"}}';
const PERSON = '{"id":"per-a","kind":"node","label":"Person","props":{"aliases":[],"name":"Phạm Thiện Nghĩa","sourceIds":["src-a"]}}';
const EVENT =
  '{"id":"ev-a","kind":"node","label":"Event","props":{"date":"2021-03-24","dateFrom":{"$date":"2021-03-24"},"datePrecision":"DAY","dateTo":{"$date":"2021-03-24"},"kind":"BRIEFING","name":"Giao ban","online":true,"sourceIds":["src-a"]}}';
const PARTICIPATION =
  '{"end":{"id":"ev-a","label":"Event"},"id":"pa-a","kind":"relationship","props":{"role":"CHAIRED","sourceIds":["src-a"]},"start":{"id":"per-a","label":"Person"},"type":"PARTICIPATED_IN"}';
const END = (nodes: number, relationships: number) => `{"kind":"end","nodes":${nodes},"relationships":${relationships}}`;

function decoded(text: string): GraphRecord {
  const result = decodeLine(text);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.record;
}

describe('lines of an export file', () => {
  for (const [what, text] of [
    ['the header', HEADER],
    ['a node', EVENT],
    ['a relationship', PARTICIPATION],
    ['the end line', END(3, 1)],
  ] as const) {
    it(`reads and writes ${what} byte for byte`, () => {
      assert.equal(encodeRecord(decoded(text)), text);
    });
  }

  it('gives a node its label, id and typed properties', () => {
    const node = decoded(EVENT) as NodeRecord;
    assert.equal(node.label, 'Event');
    assert.equal(node.id, 'ev-a');
    assert.ok(neo4j.isDate(node.props.dateFrom as never));
    assert.equal(String(node.props.dateFrom), '2021-03-24');
    assert.equal(node.props.online, true);
  });

  const BAD: Array<[string, string, RegExp]> = [
    ['an empty line', '', /empty line/],
    ['text that is not JSON', '{"kind":"node",', /not JSON/],
    ['a JSON array', '[1,2]', /must be a JSON object/],
    ['an unknown kind', '{"kind":"edge"}', /kind "edge" is not one of/],
    ['an unknown label', PERSON.replace('"Person"', '"Persn"'), /label "Persn" is not a label of the graph model/],
    ['a label written as Cypher', PERSON.replace('"Person"', '"Person) DETACH DELETE n //"'), /is not a label of the graph model/],
    ['an id that is not a slug', PERSON.replace('"per-a"', '"Per A"'), /id "Per A" is not an id/],
    ['an unknown relationship type', PARTICIPATION.replace('PARTICIPATED_IN', 'KNOWS'), /type "KNOWS" is not a relationship type/],
    ['a relationship between the wrong labels', PARTICIPATION.replace('"label":"Event"', '"label":"Place"'), /PARTICIPATED_IN does not join Person to Place/],
    ['a node without sources', PERSON.replace(',"sourceIds":["src-a"]', ''), /props.sourceIds is required/],
    ['a node with an empty source list', PERSON.replace('["src-a"]', '[]'), /props.sourceIds is required/],
    ['a node without its name', PERSON.replace('"name":"Phạm Thiện Nghĩa",', ''), /props.name is required/],
    ['a relationship without its required role', PARTICIPATION.replace('"role":"CHAIRED",', ''), /props.role is required/],
    ['props that repeat the id', PERSON.replace('"aliases":[]', '"aliases":[],"id":"per-b"'), /must not repeat "id"/],
    ['an unknown field', PERSON.replace('"kind":"node"', '"kind":"node","labels":["Person"]'), /unknown field "labels"/],
    ['a property that is null', PERSON.replace('"aliases":[]', '"aliases":null'), /props.aliases: null is not a property value/],
    ['another format', HEADER.replace('dvk-graph-ndjson', 'csv'), /format must be/],
    ['a later format version', HEADER.replace('"formatVersion":1', '"formatVersion":2'), /formatVersion 2 is not supported/],
  ];
  for (const [what, text, message] of BAD) {
    it(`refuses ${what}`, () => {
      const result = decodeLine(text);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, message);
    });
  }
});

function check(lines: string[]) {
  const checker = new GraphFileChecker();
  lines.forEach((text, i) => checker.add(i + 1, text));
  return checker.finish();
}

describe('a whole export file', () => {
  it('accepts a good file and counts what it holds', () => {
    const result = check([HEADER, SOURCE, PERSON, EVENT, PARTICIPATION, END(3, 1)]);
    assert.deepEqual(result.issues, []);
    assert.equal(result.nodes, 3);
    assert.equal(result.relationships, 1);
    assert.equal(result.header?.schemaVersion, 3);
    assert.equal(result.external.size, 0);
  });

  it('reports every bad line by its number', () => {
    const result = check([HEADER, SOURCE, PERSON.replace('"Person"', '"Persn"'), EVENT, PARTICIPATION.replace('"per-a"', '"PER A"'), 'not json', END(3, 1)]);
    assert.deepEqual(
      result.issues.map((i) => i.line),
      [3, 5, 6],
    );
    assert.match(result.issues[0]!.message, /Persn/);
  });

  it('checks the counts of the end line', () => {
    assert.deepEqual(check([HEADER, SOURCE, PERSON, END(3, 1)]).issues, [
      { line: 4, message: 'the end line counts 3 nodes and 1 relationships, the file holds 2 and 0' },
    ]);
  });

  it('wants the header first and the end line last', () => {
    assert.match(check([PERSON, HEADER, END(1, 0)]).issues.map((i) => `${i.line}: ${i.message}`).join('\n'), /1: the first line must be the header[\s\S]*2: the header must be the first line/);
    assert.deepEqual(check([HEADER, SOURCE, END(1, 0), PERSON]).issues, [{ line: 4, message: 'a line after the end line (line 3)' }]);
  });

  it('notices a truncated file and an empty one', () => {
    assert.match(check([HEADER, SOURCE]).issues[0]!.message, /ends without its end line/);
    assert.deepEqual(check([]).issues, [{ line: 1, message: 'the file is empty' }]);
  });

  it('refuses a node or relationship that appears twice', () => {
    const result = check([HEADER, SOURCE, PERSON, PERSON, END(2, 0)]);
    assert.deepEqual(result.issues[0], { line: 4, message: 'Person "per-a" appears twice' });
  });

  it('leaves nodes it refers to but does not hold for the database, with the first line that names them', () => {
    const result = check([HEADER, PERSON, PARTICIPATION, END(1, 1)]);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(
      [...result.external].map(([label, ids]) => [label, [...ids]]),
      [
        ['Source', [['src-a', 2]]],
        ['Event', [['ev-a', 3]]],
      ],
    );
  });

  it('tells whether every node comes before the first relationship, so that one pass can write the file', () => {
    assert.equal(check([HEADER, SOURCE, PERSON, EVENT, PARTICIPATION, END(3, 1)]).nodesFirst, true);
    assert.equal(check([HEADER, SOURCE, PERSON, PARTICIPATION, EVENT, END(3, 1)]).nodesFirst, false);
  });

  it('keeps at most the first issues it was asked to keep, but counts them all', () => {
    const checker = new GraphFileChecker(2);
    [HEADER, 'x', 'y', 'z', END(0, 0)].forEach((text, i) => checker.add(i + 1, text));
    const result = checker.finish();
    assert.equal(result.issues.length, 2);
    assert.equal(result.issueCount, 3);
  });
});
