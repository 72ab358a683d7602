import type { Actor } from '../auth/viewer.js';
import type { Executor } from '../db/executor.js';
import type { MutationMeta, WriteSession } from '../db/write/write-session.js';

/** What every write operation needs: the executor and who is writing, for the audit trail. */
export interface WriteDeps {
  executor: Executor;
  actor: Actor;
  requestId: string | null;
}

export function mutationMeta(deps: WriteDeps, operation: string): MutationMeta {
  return { operation, actor: deps.actor, requestId: deps.requestId };
}

/**
 * A write whose input has been checked, waiting for its transaction: the
 * `prepareX` function of each operation returns one, and the operation itself
 * is `runMutation(prepareX(input))`. Ingestion composes a few of them inside
 * one transaction of its own (api/ingest), so that accepting a proposal is
 * checked and written exactly as the mutation would be.
 */
export type PreparedWrite<R> = (session: WriteSession) => Promise<R>;
