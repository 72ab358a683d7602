/**
 * What one write records in the audit trail: who, which operation, which
 * entities, and each node or relationship it changed as it was before and
 * after (null before = created, null after = deleted). Written in the same
 * transaction as the change, so an entry exists exactly when the change does.
 */
export interface AuditChange {
  /** `references`: properties elsewhere that name the node by id (sourceIds, presentedById), rewritten as a block. */
  kind: 'node' | 'relationship' | 'references';
  /** The node's label or the relationship's type. */
  label: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Who wrote: an API key (`keyId`, its name), a person's account (`accountId`,
 * the user name), or a command (`cli`, neither id). Entries written before
 * accounts existed have no `accountId`: it reads as null.
 */
export interface AuditActor {
  keyId: string | null;
  accountId?: string | null;
  name: string;
  role: string | null;
}

export interface AuditRecord {
  operation: string;
  actor: AuditActor;
  requestId: string | null;
  /** Stored ids of the entities the operation is about (endpoints of a link, both sides of a merge). */
  entityIds: string[];
  /** The sources the write cites. */
  sourceIds: string[];
  changes: AuditChange[];
}
