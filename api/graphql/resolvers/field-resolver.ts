import type { ApiContext } from '../../context.js';
import type { ResolverFn } from '../resolver-types.generated.js';

/**
 * A resolver shared by fields of several types (a relationship's far nodes, the
 * fields every Cited object answers alike): it reads `P` of its parent, takes
 * no arguments, and answers `R`. The generated resolver types check it where
 * it is used.
 */
export type FieldResolver<P, R> = ResolverFn<R, P, ApiContext, unknown>;
