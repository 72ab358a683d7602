// The code the request log counts an error by is the one the client gets:
// a refused input is BAD_USER_INPUT, not an error of the server logged at
// error level (a search of 301 characters was logged as INTERNAL_SERVER_ERROR).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../api/db/errors.js';
import { errorCode } from '../../api/graphql/errors.js';
import { InputError } from '../../api/write/input-error.js';

const thrownInResolver = (originalError: Error) => new GraphQLError(originalError.message, { originalError });

describe('errorCode', () => {
  it('names each failure as the client is answered', () => {
    assert.deepEqual(
      [
        thrownInResolver(new InputError({ field: 'query', message: 'must be at most 300 characters, got 301' })),
        thrownInResolver(new DatabaseUnavailableError('down')),
        thrownInResolver(new DatabaseTimeoutError('slow')),
        new GraphQLError('no such field', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
        thrownInResolver(new Error('a bug')),
      ].map(errorCode),
      ['BAD_USER_INPUT', 'SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'],
    );
  });
});
