import type { Resolvers } from '../resolver-types.generated.js';

/** `me`: who is asking, from the request's context alone (no database read). */
export const accountResolvers: Resolvers = {
  Query: {
    me: (_root, _args, context) => {
      const { viewer, csrf } = context;
      if (viewer.kind === 'key') return { kind: 'API_KEY', id: viewer.keyId, userName: null, name: viewer.name, role: viewer.role, csrfToken: null };
      if (viewer.kind === 'account') {
        return { kind: 'ACCOUNT', id: viewer.accountId, userName: viewer.userName, name: viewer.displayName, role: viewer.role, csrfToken: csrf?.token ?? null };
      }
      return null;
    },
  },
};
