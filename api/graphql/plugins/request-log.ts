import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../logger.js';
import type { ApiContext } from '../../context.js';
import { errorCode } from '../errors.js';

/** One JSON line per GraphQL request: operation, duration, Cypher round trips, error codes. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          // As the client gets them: a refused input is BAD_USER_INPUT here too, not an error of the server.
          const codes = (errors ?? []).map(errorCode);
          const line = {
            msg: 'graphql request',
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            dbRoundTrips: contextValue.queryCount.count,
            status: response.http.status ?? 200,
            errors: codes.length ? codes : undefined,
          };
          if (codes.includes('INTERNAL_SERVER_ERROR')) {
            logger.error({ ...line, detail: errors?.map((e) => e.originalError?.stack ?? e.message) });
          } else {
            logger.info(line);
          }
        },
      };
    },
  };
}
