import type { Role } from '../../auth/index.js';
import type { ApiContext } from '../../context.js';
import { createLoaders } from '../../loaders/index.js';
import { requireRole } from '../access-errors.js';
import type { ResolverFn } from '../resolver-types.generated.js';

/**
 * A mutation resolver: checks the role before anything else (a refused request
 * reads nothing and writes nothing), runs the write, then gives the request
 * fresh loaders — they cache what they read, and the payload, like the next
 * mutation of the same operation, must see what was just written. `I` is the
 * mutation's input as the schema types it.
 */
export function writeResolver<I, R>(role: Role, write: (input: I, context: ApiContext) => Promise<R>): ResolverFn<R, unknown, ApiContext, { input: I }> {
  return async (_root, args, context) => {
    requireRole(context, role);
    const result = await write(args.input, context);
    context.loaders = createLoaders(context.repositories);
    return result;
  };
}
