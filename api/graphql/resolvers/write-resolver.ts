import type { Role } from '../../auth/index.js';
import type { ApiContext } from '../../context.js';
import { createLoaders } from '../../loaders/index.js';
import { requireRole } from '../access-errors.js';
import type { ResolverFn } from './types.js';

type Input = Record<string, unknown>;

/**
 * A mutation resolver: checks the role before anything else (a refused request
 * reads nothing and writes nothing), runs the write, then gives the request
 * fresh loaders — they cache what they read, and the payload, like the next
 * mutation of the same operation, must see what was just written.
 */
export function writeResolver(role: Role, write: (input: Input, context: ApiContext) => Promise<unknown>): ResolverFn {
  return async (_root, args: { input: Input }, context: ApiContext) => {
    requireRole(context, role);
    const result = await write(args.input, context);
    context.loaders = createLoaders(context.repositories);
    return result;
  };
}
