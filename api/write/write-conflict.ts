/** One node or relationship that stands in the way of a write, and why. */
export interface Conflict {
  kind: 'node' | 'relationship';
  /** The node's label or the relationship's type. */
  label: string;
  id: string;
  message: string;
}

/**
 * The graph is not as the write needs it: the input is well formed, but what
 * it would change has changed since (an undo of an entry whose entity was
 * edited again). Nothing was written. The GraphQL layer reports it as CONFLICT
 * with `extensions.field` and `extensions.conflicts`.
 */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';

  constructor(
    readonly field: string,
    readonly conflicts: Conflict[],
  ) {
    super(`${field}: ${conflicts.map((c) => c.message).join('; ')}`);
  }
}
