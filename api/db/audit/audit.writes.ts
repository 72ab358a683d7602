import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditRecord } from './audit-record.js';

// `citedSourceIds`, not `sourceIds`: an entry is not a fact of the graph, and history keeps the ids it cited even
// after a source is merged away. `changes` is stored as JSON text: before/after are arbitrary maps, which a
// Neo4j property cannot hold, and the trail is read whole, never queried inside.
// MERGE on an id chosen once per mutation, outside the driver's retries: if a commit
// succeeded but its answer was lost and the transaction function ran again, the
// entry is not written twice.
const WRITE_ENTRY = `MERGE (a:AuditEntry {id: $id})
ON CREATE SET a.at = datetime(), a.operation = $operation,
  a.actorKeyId = $actorKeyId, a.actorAccountId = $actorAccountId, a.actorName = $actorName, a.actorRole = $actorRole,
  a.requestId = $requestId, a.entityIds = $entityIds, a.citedSourceIds = $citedSourceIds, a.changes = $changes
RETURN a.id AS id`;

/** Writes the audit entry of a write, inside that write's transaction. */
export async function writeAuditEntry(tx: ManagedTransaction, record: AuditRecord, id: string = randomUUID()): Promise<string> {
  await tx.run(WRITE_ENTRY, {
    id,
    operation: record.operation,
    actorKeyId: record.actor.keyId,
    // Null (a key, a command) stores no property: entries keep the shape they had before accounts.
    actorAccountId: record.actor.accountId ?? null,
    actorName: record.actor.name,
    actorRole: record.actor.role,
    requestId: record.requestId,
    entityIds: [...new Set(record.entityIds)],
    citedSourceIds: [...new Set(record.sourceIds)],
    changes: JSON.stringify(record.changes),
  });
  return id;
}
