import { plain } from '../mapping.js';
import type { WriteSession } from '../write/write-session.js';
import type { AuditChange } from './audit-record.js';

/** An audit entry as a write reads it back: what it did, and whether an undo undid it already. */
export interface StoredAuditEntry {
  id: string;
  at: string;
  operation: string;
  entityIds: string[];
  changes: AuditChange[];
  undoes: string | null;
  /** The undo that undid it, when one did. */
  undoneBy: { id: string; at: string } | null;
}

const ENTRY = `MATCH (a:AuditEntry {id: $id})
RETURN a.id AS id, a.at AS at, a.operation AS operation, a.entityIds AS entityIds, a.changes AS changes, a.undoes AS undoes,
  COLLECT { MATCH (u:AuditEntry {undoes: a.id}) RETURN {id: u.id, at: u.at} }[0] AS undoneBy`;

/**
 * Reads an entry inside a write's transaction (undoChange), so that what is
 * checked against it is what the transaction then changes. Entries are never
 * changed once written; an undo of the same entry running at the same time is
 * kept out by the locks the undo takes on what the entry changed.
 */
export async function readAuditEntry(session: WriteSession, id: string): Promise<StoredAuditEntry | null> {
  const row = (await session.run(ENTRY, { id }))[0];
  if (!row) return null;
  const undoneBy = plain(row.undoneBy) as { id: string; at: string } | null;
  return {
    id: row.id as string,
    at: plain(row.at) as string,
    operation: row.operation as string,
    entityIds: (row.entityIds as string[] | null) ?? [],
    changes: JSON.parse(row.changes as string) as AuditChange[],
    undoes: (row.undoes as string | null) ?? null,
    undoneBy,
  };
}
