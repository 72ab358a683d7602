import type { AuditChange } from '../../db/audit/audit-record.js';
import type { NodeRow } from '../../db/mapping.js';
import { RELATIONSHIP_ENDPOINTS, type RelationshipType } from '../../../model/graph-model.js';
import { isNodeLabel, NODE_LABELS, type NodeLabel } from '../../../model/labels.js';
import { checkRole } from '../../auth/index.js';
import type { ApiContext } from '../../context.js';
import { isUndoable, undoChange } from '../../write/index.js';
import { requireRole } from '../access-errors.js';
import { fromGlobalId } from '../global-id.js';
import { reads } from '../field-reads.js';
import { DEFAULT_PAGE_SIZE } from '../pagination.js';
import type { HistoryEntryParent } from '../parent-rows.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { CHANGE_KINDS, cursorOf, positionOf } from './audit.resolvers.js';
import { sourcesOf } from './fields.js';
import { writeResolver } from './write-resolver.js';

async function withUndoneBy(context: ApiContext, rows: readonly HistoryEntryParent[] | readonly Omit<HistoryEntryParent, 'undoneBy'>[]): Promise<HistoryEntryParent[]> {
  const undone = await context.repositories.audit.undoneBy(rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, undoneBy: undone.get(row.id) ?? null }));
}

/** A node the history names by label and id, as it is now (null when gone). */
async function nodeNow(context: ApiContext, label: NodeLabel, id: string): Promise<NodeRow | null> {
  const row = await context.loaders.node.load({ label, id });
  return row && row.id === id ? row : null;
}

/** A relationship's end as it is now: its id and the labels the graph model lets that end have. */
async function endNow(context: ApiContext, change: AuditChange, end: 0 | 1): Promise<NodeRow | null> {
  const view = change.after ?? change.before;
  const pairs = RELATIONSHIP_ENDPOINTS[change.label as RelationshipType] as ReadonlyArray<readonly [NodeLabel, NodeLabel]> | undefined;
  if (change.kind !== 'relationship' || !view || !pairs) return null;
  const id = String(end === 0 ? view._from : view._to);
  for (const label of new Set(pairs.map((pair) => pair[end]))) {
    const row = await nodeNow(context, label, id);
    if (row) return row;
  }
  return null;
}

/**
 * An entity's history (needs any role) and undoing a write (admin): the
 * audit trail seen from one entity. Who wrote is shown to editors and admins.
 */
export const historyResolvers: Resolvers = {
  Query: {
    entityHistory: async (_root, args, context) => {
      requireRole(context, 'viewer');
      // Within 0 to 100, as the SDL states (input-bounds.ts).
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const entityId = fromGlobalId(args.id, 'id', NODE_LABELS).id;
      const after = args.after ? positionOf(args.after) : null;
      const { total, rows } = await context.repositories.audit.page({ entityId }, first + 1, after);
      const page = await withUndoneBy(context, rows.slice(0, first));
      const edges = page.map((row) => ({ cursor: cursorOf(row), node: row }));
      return {
        totalCount: total,
        edges,
        pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  Mutation: {
    undoChange: writeResolver('admin', async (input, context) => {
      const outcome = await undoChange(context.write, { entry: input.entry, reason: input.reason });
      const undone = await context.repositories.audit.byId(outcome.undone);
      if (!undone) throw new Error(`audit entry ${outcome.undone} vanished after its undo`);
      const [entry] = await withUndoneBy(context, [undone]);
      return { undone: entry!, restored: outcome.restored };
    }),
  },
  HistoryEntry: {
    at: reads(['at'], (row: HistoryEntryParent) => row.at),
    // Who wrote is for the people who curate; a viewer sees what changed, not who changed it.
    actor: reads(['actorKeyId', 'actorAccountId', 'actorName', 'actorRole'], (row: HistoryEntryParent, _args, context) =>
      checkRole(context.viewer, 'editor').allowed ? { keyId: row.actorKeyId, accountId: row.actorAccountId ?? null, name: row.actorName, role: row.actorRole } : null,
    ),
    sources: reads(['citedSourceIds'], (row: HistoryEntryParent, _args, context) => sourcesOf({ sourceIds: row.citedSourceIds ?? [] }, context)),
    changes: reads(['changes'], (row: HistoryEntryParent) => JSON.parse(row.changes) as AuditChange[]),
    undoes: reads(['undoes'], (row: HistoryEntryParent) => row.undoes ?? null),
    undoneBy: reads(['undoneBy'], (row: HistoryEntryParent) => row.undoneBy),
    reason: reads(['reason'], (row: HistoryEntryParent) => row.reason ?? null),
    undoable: reads(['operation', 'undoes', 'undoneBy'], (row: HistoryEntryParent) => isUndoable(row.operation) && !row.undoes && row.undoneBy === null),
  },
  HistoryChange: {
    kind: reads(['kind'], (change: AuditChange) => CHANGE_KINDS[change.kind]),
    slug: reads(['id'], (change: AuditChange) => change.id),
    node: reads(['kind', 'label', 'id'], (change: AuditChange, _args, context) => (change.kind === 'node' && isNodeLabel(change.label) ? nodeNow(context, change.label, change.id) : null)),
    from: reads(['kind', 'label', 'before', 'after'], (change: AuditChange, _args, context) => endNow(context, change, 0)),
    to: reads(['kind', 'label', 'before', 'after'], (change: AuditChange, _args, context) => endNow(context, change, 1)),
  },
};
