import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be reached or lost the connection; the caller may retry later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A transaction ran past its time budget and was terminated. */
export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
}

/** A write broke a constraint (a duplicate id, for example). */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

/**
 * A transaction that reached its timeout while waiting for a lock. The server
 * says TransientError; the driver reports it as a ClientError (it must not be
 * retried as it is), so both spellings are accepted.
 */
const LOCK_WAIT_ENDED_CODES = new Set(['Neo.ClientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.LockClientStopped']);

/** Maps driver errors onto the few kinds the rest of the code reacts to. */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || /connection acquisition timed out|Failed to connect|ECONNREFUSED|Connection was closed/i.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || (LOCK_WAIT_ENDED_CODES.has(code) && /timeout/i.test(error.message))) {
    return new DatabaseTimeoutError('The query ran past its time limit', { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message, { cause: error });
  }
  return error;
}
