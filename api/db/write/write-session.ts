import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditActor, AuditChange } from '../audit/audit-record.js';
import { writeAuditEntry } from '../audit/audit.writes.js';
import { ConstraintViolationError } from '../errors.js';
import type { Executor, Params } from '../executor.js';
import { refreshModelScope } from '../scope/model-scope.js';

export interface MutationMeta {
  operation: string;
  actor: AuditActor;
  requestId: string | null;
  /** For an undo: the audit entry it undoes, and why. */
  undoes?: string;
  reason?: string | null;
}

/**
 * What the reading helpers of api/db/write need of a transaction: running a
 * statement. A mutation's WriteSession is one; so is the read transaction a
 * preview plans in (ReadSession), which can therefore only read.
 */
export interface StatementRunner {
  run(cypher: string, params?: Params): Promise<Record<string, unknown>[]>;
}

/** A read transaction wrapped as a StatementRunner: what a preview (of a merge) reads, planned as the write would plan it. */
export class ReadSession implements StatementRunner {
  constructor(private readonly tx: ManagedTransaction) {}

  async run(cypher: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    const result = await this.tx.run(cypher, params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  }
}

/** Runs `work` in one read transaction: what it reads is one consistent view. */
export function runPreview<R>(executor: Executor, work: (session: ReadSession) => Promise<R>): Promise<R> {
  return executor.readTransaction((tx) => work(new ReadSession(tx)));
}

/**
 * One mutation's transaction: runs its statements and collects what the audit
 * entry will say. A fresh session is made for every attempt of the transaction
 * function, so a retried attempt starts from nothing.
 */
export class WriteSession implements StatementRunner {
  readonly changes: AuditChange[] = [];
  private readonly entityIds = new Set<string>();
  private readonly sourceIds = new Set<string>();

  constructor(private readonly tx: ManagedTransaction) {}

  /** Rows as plain objects; values keep their driver types (dates), so they can be written back as they were. */
  async run(cypher: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    const result = await this.tx.run(cypher, params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  }

  /** The entities the operation is about, for the audit trail's filter by entity. */
  about(...ids: string[]): void {
    for (const id of ids) this.entityIds.add(id);
  }

  cites(...ids: string[]): void {
    for (const id of ids) this.sourceIds.add(id);
  }

  changed(change: AuditChange): void {
    this.changes.push(change);
  }

  auditRecord(meta: MutationMeta) {
    return { ...meta, entityIds: [...this.entityIds], sourceIds: [...this.sourceIds], changes: this.changes };
  }

  get transaction(): ManagedTransaction {
    return this.tx;
  }
}

/**
 * Two MERGEs of the same new id can race: both miss, one creates, and the
 * other may fail on the uniqueness constraint instead of matching. Running the
 * whole mutation again then finds the node, so the loser becomes an update.
 */
const CONSTRAINT_RACE_ATTEMPTS = 3;

/**
 * Runs a mutation as exactly one write transaction, its audit entry included:
 * the change and its record are committed together or not at all, and the
 * mutation is acknowledged only after the commit.
 */
export async function runMutation<R>(executor: Executor, meta: MutationMeta, work: (session: WriteSession) => Promise<R>): Promise<R> {
  const auditId = randomUUID();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await executor.writeTransaction(async (tx) => {
        const session = new WriteSession(tx);
        const result = await work(session);
        // What the database keeps for reading follows the facts in the same transaction (docs/decisions/032).
        await refreshModelScope(session, session.changes);
        await writeAuditEntry(tx, session.auditRecord(meta), auditId);
        return result;
      });
    } catch (error) {
      if (error instanceof ConstraintViolationError && attempt < CONSTRAINT_RACE_ATTEMPTS) continue;
      throw error;
    }
  }
}
