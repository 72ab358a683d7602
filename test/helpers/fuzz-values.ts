// Boundary and hostile values for the schema fuzz (test/integration/schema-fuzz.test.ts),
// by the GraphQL type they are sent for. Values of the wrong JSON type are
// included on purpose: GraphQL must refuse them as a client error.
import { isEnumType, isScalarType, type GraphQLNamedType } from 'graphql';
import { toGlobalId } from '../../api/graphql/global-id.js';
import type { Bounds } from '../../api/graphql/input-bounds.js';

/** One value to send, and what it is, for the failure messages. */
export interface FuzzValue {
  label: string;
  value: unknown;
  /**
   * One of the few values of each kind that every target gets (the others go
   * only to the first target of each name and type); these are also sent as a
   * literal in the document, not only as a variable.
   */
  core?: boolean;
  /** Not text the registry may store (control and bidi formatting characters, unpaired surrogates): a write must name it among its problems. */
  neverStored?: boolean;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const v = (label: string, value: unknown, core = false): FuzzValue => ({ label, value, core });
const unstorable = (label: string, value: string, core = false): FuzzValue => ({ label, value, core, neverStored: true });

/** Text that means something to a parser somewhere: Lucene, Cypher, the shell, the terminal, bidi rendering. */
const HOSTILE_TEXT: FuzzValue[] = [
  v('empty', '', true),
  v('blank', ' \t\n '),
  unstorable('NUL', 'a\u0000b', true),
  unstorable('control characters', '\u0007\u0008\u001b[31mred\u007f'),
  unstorable('right-to-left override', 'abc\u202Edcba\u202C', true),
  unstorable('bidi isolates', '\u2066\u2067x\u2069\u200F'),
  v('zero-width and BOM', '\u200B\u200C\u200D\uFEFF'),
  unstorable('unpaired high surrogate', 'a\uD800', true),
  unstorable('unpaired low surrogate', 'a\uDC00b', true),
  v('noncharacter U+10FFFF', '\uDBFF\uDFFF'),
  v('decomposed Vietnamese', 'Ho\u0302\u0323i qua\u0301n'),
  v('Lucene wildcard', '*', true),
  v('Lucene fuzzy', 'hoi~2'),
  v('Lucene quote', '"'),
  v('Lucene phrase slop', '"hoi quan"~5'),
  v('Lucene AND', 'hoi AND quan'),
  v('Lucene backslash', '\\'),
  v('Lucene range', '[a TO z]'),
  v('Lucene regex', '/.*/'),
  v('Lucene every operator', '+-&&||!(){}[]^"~*?:\\/'),
  v('Cypher OR', "' OR 1=1 //", true),
  v('Cypher delete', '}) MATCH (n) DETACH DELETE n //', true),
  v('Cypher quoted delete', '"}) DETACH DELETE n //'),
  v('Cypher parameter', '$id'),
  v('Cypher call', "'}) CALL db.clearQueryCaches() //"),
  v('NaN', 'NaN'),
  v('minus one', '-1'),
  v('1e309', '1e309'),
  v('beyond 2^53', '9007199254740993'),
  v('impossible date', '2021-02-30', true),
  v('zero date', '0000-00-00'),
  v('five-digit year', '99999-01-01'),
  v('29 February of a common year', '2021-02-29'),
  v('29 February of a leap year', '2020-02-29'),
  v('impossible date-time', '2021-02-30T25:61:00Z'),
];

/** Text that looks like one of this API's ids or cursors, but is not one (or is one of the wrong kind). */
function malformedIds(sample: SampleIds): FuzzValue[] {
  return [
    v('not base64', '!!!', true),
    v('padding only', '===='),
    v('base64 with padding', `${b64('Person:per-x')}==`),
    v('foreign label', b64('Nope:x')),
    v('empty slug', b64('Person:')),
    v('no label', b64(':per-x')),
    v('upper-case slug', b64('Person:PER-X')),
    v('path in slug', b64('Person:per-x/../y')),
    v('NUL in slug', b64('Person:per-x\u0000')),
    v('slug of 300 characters', b64(`Person:per-${'a'.repeat(296)}`)),
    v('id of nothing', toGlobalId('Person', 'per-zz-fuzz-nobody')),
    v('id of a source', sample.source),
    v('id of a person', sample.person),
    v('edge id', b64('PARTICIPATED_IN:x')),
    v('offset cursor -1', b64('o:-1')),
    v('offset cursor beyond 32 bits', b64('o:99999999999')),
    v('offset cursor in exponent form', b64('o:1e3')),
    v('audit cursor of nothing', b64('a:2021-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000')),
  ];
}

/** Real ids of the seed, so that a value can be right in form and wrong in kind. */
export interface SampleIds {
  person: string;
  source: string;
}

function lengths(bounds: Bounds | undefined): FuzzValue[] {
  const max = bounds?.maxLength;
  const out = [v('10 000 characters', 'x'.repeat(10_000), true)];
  if (max !== undefined) {
    out.push(v(`${max} characters (the bound)`, 'ạ'.repeat(max), true), v(`${max + 1} characters`, 'ạ'.repeat(max + 1), true));
    out.push(v(`${max} astral characters (the bound)`, '𝐀'.repeat(max)));
  } else {
    out.push(v('301 characters', 'ạ'.repeat(301), true), v('5 001 characters', 'ạ'.repeat(5_001)));
  }
  return out;
}

function numbers(bounds: Bounds | undefined, float: boolean): FuzzValue[] {
  const out = [
    v('zero', 0),
    v('-1', -1, true),
    v('2^31 - 1', 2 ** 31 - 1),
    v('-2^31', -(2 ** 31)),
    v('2^31', 2 ** 31, true),
    v('2^53', 2 ** 53, true),
    v('-2^53', -(2 ** 53)),
    v('1e308', 1e308),
    v('a fraction', 1.5, !float),
    v('"NaN" as text', 'NaN', true),
    v('"1" as text', '1'),
    v('true', true),
    v('an object', { n: 1 }),
  ];
  if (bounds?.min !== undefined) out.push(v(`${bounds.min} (the minimum)`, bounds.min), v(`${bounds.min - 1}`, bounds.min - 1, true));
  if (bounds?.max !== undefined) out.push(v(`${bounds.max} (the maximum)`, bounds.max), v(`${bounds.max + 1}`, bounds.max + 1, true));
  return out;
}

const DATES: FuzzValue[] = [
  v('30 February', '2021-02-30', true),
  v('zero date', '0000-00-00', true),
  v('year 0', '0000-01-01'),
  v('year 1', '0001-01-01'),
  v('five-digit year', '99999-01-01', true),
  v('no leading zeros', '2021-2-3'),
  v('a date-time', '2021-02-28T00:00:00Z'),
  v('a number', 20210101, true),
  v('empty', ''),
  v('last day of 9999', '9999-12-31'),
  v('29 February of a leap year', '2020-02-29'),
];

const DATE_TIMES: FuzzValue[] = [
  v('30 February', '2021-02-30T00:00:00Z', true),
  v('hour 25', '2021-01-01T25:00:00Z'),
  v('five-digit year', '99999-01-01T00:00:00Z', true),
  v('no offset', '2021-01-01T00:00:00'),
  v('a date', '2021-01-01'),
  v('year 0', '0000-01-01T00:00:00Z'),
  v('ten fraction digits', '2021-01-01T00:00:00.1234567891Z'),
  v('lower-case z', '2021-01-01t00:00:00z'),
  v('empty', ''),
  v('a number', 1_600_000_000),
];

/** Values for a single (not list) value of `type`, given the bounds stated on it. */
export function leafValues(type: GraphQLNamedType, bounds: Bounds | undefined, sample: SampleIds): FuzzValue[] {
  if (isEnumType(type)) {
    const first = type.getValues()[0]!.value as string;
    return [v('a value', first), v('unknown value', 'NOPE', true), v('lower case', first.toLowerCase()), v('empty', ''), v('a number', 0, true)];
  }
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'String':
      return [...HOSTILE_TEXT, ...lengths(bounds), v('a number', 12, true), v('an object', { $ne: null }), v('a list', ['x'])];
    case 'ID':
      return [...malformedIds(sample), ...HOSTILE_TEXT, ...lengths(bounds), v('a number', 12), v('an object', { id: 1 }, true)];
    case 'Int':
      return numbers(bounds, false);
    case 'Float':
      return numbers(bounds, true);
    case 'Boolean':
      return [v('true', true), v('"true" as text', 'true', true), v('1', 1), v('an object', {})];
    case 'Date':
      return DATES;
    case 'DateTime':
      return DATE_TIMES;
    default:
      return [v('text', 'x', true), v('an object', { a: 1 }), v('a number', 1)];
  }
}
