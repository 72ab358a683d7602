import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in ISO form ("2021-02-30" is not one). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** ISO 8601 calendar date, "2021-03-24"; stored and served as text. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError(`Cannot serialise ${JSON.stringify(value)} as a Date`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});

// RFC 3339 date-time with an offset; fractions of a second up to nanoseconds (what Neo4j stores).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** A parsed DateTime: the text as given, and whether it was only a date (a filter bound then covers the whole day). */
export interface DateTimeValue {
  text: string;
  dateOnly: boolean;
}

function parseDateTime(value: unknown): DateTimeValue {
  if (typeof value === 'string') {
    const match = DATE_TIME.exec(value);
    if (match && isCalendarDate(match[1]!)) return { text: value.toUpperCase(), dateOnly: false };
    if (isCalendarDate(value)) return { text: value, dateOnly: true };
  }
  throw new GraphQLError(`DateTime must be an RFC 3339 date-time with offset (2025-06-30T08:15:00Z) or a date (YYYY-MM-DD), got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** RFC 3339 instants; served as stored (Neo4j's ISO text), accepted as a date-time or, in filters, a date. */
export const DateTimeScalar = new GraphQLScalarType<DateTimeValue, string>({
  name: 'DateTime',
  description: 'An RFC 3339 date-time with offset; as a filter bound also a date YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new GraphQLError(`Cannot serialise ${JSON.stringify(value)} as a DateTime`);
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(ast.value);
  },
});

/** Output-only JSON: stored property maps in the audit trail. As input it is refused (nothing takes JSON). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue() {
    throw new GraphQLError('JSON is not accepted as input', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new GraphQLError('JSON is not accepted as input', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
