import type { AuditEntryRow, AuditPosition } from '../../db/audit/audit.repository.js';
import type { AuditChange } from '../../db/audit/audit-record.js';
import { NODE_LABELS } from '../../../model/labels.js';
import { requireRole } from '../access-errors.js';
import { badUserInput } from '../errors.js';
import { fromGlobalId } from '../global-id.js';
import { DEFAULT_PAGE_SIZE } from '../pagination.js';
import { reads } from '../field-reads.js';
import type { AuditChangeKind, Resolvers } from '../resolver-types.generated.js';
import { DateTimeScalar, JsonScalar, type DateTimeValue } from '../scalars.js';

/** Keyset cursors: base64url of the entry's time and id, the order the trail is read in. */
const cursorOf = (row: AuditEntryRow) => Buffer.from(`a:${row.at}|${row.id}`, 'utf8').toString('base64url');

function positionOf(cursor: string): AuditPosition {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^a:([0-9T:.+\-Z]{10,40})\|([0-9a-f-]{36})$/.exec(text);
  if (!match) throw badUserInput(`after: "${cursor.slice(0, 40)}" is not a valid cursor`, 'after');
  return { at: match[1]!, id: match[2]! };
}

/** A filter bound as Neo4j reads it: a date alone covers its whole day (UTC). */
function bound(value: DateTimeValue | null | undefined, end: 'from' | 'to'): string | null {
  if (!value) return null;
  if (!value.dateOnly) return value.text;
  return end === 'from' ? `${value.text}T00:00:00Z` : `${value.text}T23:59:59.999999999Z`;
}

/** The audit record's kinds of change (api/db/audit/audit-record.ts) as the schema names them. */
const CHANGE_KINDS: Record<AuditChange['kind'], AuditChangeKind> = { node: 'NODE', relationship: 'RELATIONSHIP', references: 'REFERENCES' };

/** The audit trail: admins only. */
export const auditResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query: {
    auditLog: async (_root, args, context) => {
      requireRole(context, 'admin');
      // Within 0 to 100, as the SDL states (input-bounds.ts).
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const filter = args.filter ?? {};
      const entityId = filter.entity ? fromGlobalId(filter.entity, 'filter.entity', NODE_LABELS).id : null;
      const after = args.after ? positionOf(args.after) : null;
      const { total, rows } = await context.repositories.audit.page(
        { entityId, actor: filter.actor ?? null, from: bound(filter.from, 'from'), to: bound(filter.to, 'to') },
        first + 1,
        after,
      );
      const page = rows.slice(0, first);
      const edges = page.map((row) => ({ cursor: cursorOf(row), node: row }));
      return {
        totalCount: total,
        edges,
        pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  AuditEntry: {
    actor: reads(['actorKeyId', 'actorName', 'actorRole'], (row: AuditEntryRow) => ({ keyId: row.actorKeyId, name: row.actorName, role: row.actorRole })),
    entitySlugs: reads(['entityIds'], (row: AuditEntryRow) => row.entityIds ?? []),
    sourceSlugs: reads(['citedSourceIds'], (row: AuditEntryRow) => row.citedSourceIds ?? []),
    changes: reads(['changes'], (row: AuditEntryRow) => (JSON.parse(row.changes) as AuditChange[]).map((c) => ({ ...c, kind: CHANGE_KINDS[c.kind] }))),
    requestId: reads(['requestId'], (row: AuditEntryRow) => row.requestId ?? null),
  },
};
