import type { Actor } from '../auth/viewer.js';
import type { Executor } from '../db/executor.js';
import type { MutationMeta } from '../db/write/write-session.js';

/** What every write operation needs: the executor and who is writing, for the audit trail. */
export interface WriteDeps {
  executor: Executor;
  actor: Actor;
  requestId: string | null;
}

export function mutationMeta(deps: WriteDeps, operation: string): MutationMeta {
  return { operation, actor: deps.actor, requestId: deps.requestId };
}
