import type { ApolloServerPlugin } from '@apollo/server';
import { checkRead } from '../../auth/index.js';
import type { ApiContext } from '../../context.js';
import { accessError, csrfRefusal } from '../access-errors.js';

/**
 * Refuses a whole operation before it runs when the request may not read: a
 * header naming no usable key (malformed, unknown, revoked) is refused for any
 * operation, and with READS_REQUIRE_KEY a query without a key or a session is
 * refused. A mutation sent with the session cookie must carry the session's
 * CSRF token (X-CSRF-Token), whatever it changes. Mutations check their own
 * role in the resolver (requireRole), since the role depends on the field.
 */
export function accessPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const mutation = operation?.operation === 'mutation';
          const access = checkRead(contextValue.viewer, !mutation && contextValue.readsRequireKey);
          if (!access.allowed) throw accessError(access);
          if (mutation && contextValue.csrf !== null && !contextValue.csrf.verified) throw csrfRefusal();
        },
      };
    },
  };
}
