import type { Executor } from '../executor.js';
import { plain } from '../mapping.js';

export interface AuditFilter {
  /** Stored id of an entity the entries are about. */
  entityId?: string | null;
  /** An API key's id, an account's id, or the name either wrote under (a key's name, a user name). */
  actor?: string | null;
  /** ISO 8601 date-times, inclusive. */
  from?: string | null;
  to?: string | null;
}

export interface AuditEntryRow {
  id: string;
  at: string;
  operation: string;
  actorKeyId: string | null;
  /** Absent from entries written by a key or a command, and from those written before accounts existed. */
  actorAccountId?: string | null;
  actorName: string;
  actorRole: string | null;
  requestId: string | null;
  entityIds: string[];
  citedSourceIds: string[];
  changes: string;
  /** Set on an undo's entry: the id of the entry it undid, and why. */
  undoes?: string | null;
  reason?: string | null;
}

/** Where the previous page ended: entries are ordered newest first, the id breaking ties. */
export interface AuditPosition {
  at: string;
  id: string;
}

const FILTER = `MATCH (a:AuditEntry)
WHERE ($entityId IS NULL OR $entityId IN a.entityIds)
  AND ($actor IS NULL OR a.actorKeyId = $actor OR a.actorAccountId = $actor OR a.actorName = $actor)
  AND ($from IS NULL OR a.at >= datetime($from))
  AND ($to IS NULL OR a.at <= datetime($to))`;

const COUNT = `${FILTER}
RETURN count(a) AS total`;

// Keyset paging: a cursor names the last entry seen, so entries written meanwhile neither shift nor repeat a page.
const PAGE = `${FILTER}
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN properties(a) AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT toInteger($limit)`;

const BY_ID = 'MATCH (a:AuditEntry {id: $id}) RETURN properties(a) AS entry';

// Served by the index on `undoes` (migration 008).
const UNDONE_BY = 'UNWIND $ids AS id MATCH (u:AuditEntry {undoes: id}) RETURN id, u.id AS undoneBy';

/** Reads the audit trail (written by audit.writes.ts inside each write's transaction). */
export class AuditRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: AuditFilter, limit: number, after: AuditPosition | null): Promise<{ total: number; rows: AuditEntryRow[] }> {
    const params = { entityId: filter.entityId ?? null, actor: filter.actor ?? null, from: filter.from ?? null, to: filter.to ?? null };
    const [count, page] = await Promise.all([
      this.executor.read<{ total: number }>(COUNT, params),
      this.executor.read<{ entry: Record<string, unknown> }>(PAGE, { ...params, afterAt: after?.at ?? null, afterId: after?.id ?? null, limit: Math.trunc(limit) }),
    ]);
    return { total: Number(count[0]?.total ?? 0), rows: page.map((r) => plain(r.entry) as AuditEntryRow) };
  }

  async byId(id: string): Promise<AuditEntryRow | null> {
    const rows = await this.executor.read<{ entry: Record<string, unknown> }>(BY_ID, { id });
    return rows[0] ? (plain(rows[0].entry) as AuditEntryRow) : null;
  }

  /** For each entry, the id of the undo that undid it, when one did. */
  async undoneBy(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.executor.read<{ id: string; undoneBy: string }>(UNDONE_BY, { ids: [...ids] });
    return new Map(rows.map((r) => [r.id, r.undoneBy]));
  }
}
