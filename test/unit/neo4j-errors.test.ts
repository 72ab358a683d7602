import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Neo4jError } from 'neo4j-driver';
import { ConstraintViolationError, DatabaseTimeoutError, DatabaseUnavailableError, translateNeo4jError } from '../../api/db/errors.js';

const driverError = (code: string, message: string) => new Neo4jError(message, code, '50N42', 'error');

// Messages and codes as neo4j-driver 6 reports them from Neo4j 5.26.
describe('translating Neo4j errors', () => {
  it('a transaction that timed out waiting for a lock is a timeout, as the driver reports it (ClientError) and as the server sends it', () => {
    const message =
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has been terminated, so no more locks can be acquired. ' +
      'This can occur because the transaction ran longer than the configured transaction timeout, or because a human operator manually terminated the transaction, or because the database is shutting down.';
    assert.ok(translateNeo4jError(driverError('Neo.ClientError.Transaction.LockClientStopped', message)) instanceof DatabaseTimeoutError);
    assert.ok(translateNeo4jError(driverError('Neo.TransientError.Transaction.LockClientStopped', message)) instanceof DatabaseTimeoutError);
  });

  it('a transaction that ran past its own timeout is a timeout', () => {
    assert.ok(translateNeo4jError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'The transaction has not completed within the timeout')) instanceof DatabaseTimeoutError);
  });

  it('a lost or refused connection means the database is unavailable', () => {
    assert.ok(translateNeo4jError(driverError('ServiceUnavailable', 'Failed to connect to server')) instanceof DatabaseUnavailableError);
    assert.ok(translateNeo4jError(driverError('SessionExpired', 'Connection was closed')) instanceof DatabaseUnavailableError);
  });

  it('a broken uniqueness constraint is a conflict, and any other error passes through unchanged', () => {
    assert.ok(translateNeo4jError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'already exists')) instanceof ConstraintViolationError);
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    assert.equal(translateNeo4jError(syntax), syntax);
  });
});
