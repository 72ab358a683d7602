import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ConstraintViolationError, DatabaseTimeoutError, DatabaseUnavailableError } from '../loaders/from-db.js';
import { InputError } from '../write/input-error.js';
import { WriteConflictError } from '../write/write-conflict.js';
import { tokenLimitMessage } from './plugins/query-limits.js';

// `field` names the argument (`filter.place`) as mutations name their input
// fields; `argument`, the same name, is what read errors carried before.
const naming = (argument?: string) => (argument ? { field: argument, argument } : {});

/** A client mistake: the message says which argument and what is wrong with it. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...naming(argument) } });
}

/** A well-formed id that names nothing, where the field cannot answer null. */
export function notFound(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...naming(argument) } });
}

/**
 * An error of the context function (the API key lookup) as the client gets
 * it. Apollo answers a failed context with HTTP 500 and no code of ours, so
 * Neo4j being down would look like a bug of the server: it becomes
 * SERVICE_UNAVAILABLE with HTTP 503, as a request that can be retried.
 */
export function contextFailure(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is unavailable; try again shortly.', { originalError: error, extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
  return error;
}

/** The code a client gets for an error (what formatError answers): the request log counts by it. */
export function errorCode(error: GraphQLError): string {
  // What a resolver threw, with or without the path Apollo's unwrapResolverError requires.
  const original = error.originalError ?? error;
  if (original instanceof InputError) return 'BAD_USER_INPUT';
  if (original instanceof DatabaseUnavailableError) return 'SERVICE_UNAVAILABLE';
  if (original instanceof DatabaseTimeoutError) return 'QUERY_TIMEOUT';
  if (original instanceof ConstraintViolationError) return 'CONFLICT';
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Shapes every error that leaves the server. Known failures get their code and
 * a clear message; anything unexpected becomes INTERNAL_SERVER_ERROR without
 * its message or stack, unless in development.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof InputError) {
      // Nothing was written: the write layer checks before it writes, or its transaction rolled back.
      const { locations, path } = formatted;
      return { message: original.message, locations, path, extensions: { code: 'BAD_USER_INPUT', field: original.field, problems: original.problems } };
    }
    if (original instanceof WriteConflictError) {
      // Nothing was written: the graph is no longer as the write needs it (an undo of an entity edited since).
      const { locations, path } = formatted;
      return { message: original.message, locations, path, extensions: { code: 'CONFLICT', field: original.field, conflicts: original.conflicts } };
    }
    if (original instanceof DatabaseUnavailableError) {
      return { ...formatted, message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof DatabaseTimeoutError) {
      return { ...formatted, message: 'The query took too long and was stopped.', extensions: { code: 'QUERY_TIMEOUT' } };
    }
    if (original instanceof ConstraintViolationError) {
      return { ...formatted, message: 'The change conflicts with existing data.', extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_PARSE_FAILED') {
      const message = tokenLimitMessage(formatted.message);
      if (message !== null) return { ...formatted, message };
    }
    if (development) return formatted;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    // Known client errors keep their message; stack traces never leave.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
