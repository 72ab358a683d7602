import type { NodeLabel } from '../../../model/labels.js';
import type { ApiContext } from '../../context.js';
import type { StoredProposal } from '../../ingest/index.js';
import { requireRole } from '../access-errors.js';
import { badUserInput } from '../errors.js';
import { reads } from '../field-reads.js';
import { fromGlobalId, toGlobalId } from '../global-id.js';
import { pageWindow, toConnection } from '../pagination.js';
import type { ProposalReconciliationParent } from '../parent-rows.js';
import type { EntityKind, RelationshipType, Resolvers } from '../resolver-types.generated.js';

const PROPOSAL_ID = /^prp-[0-9a-f]{24}$/;

/** A proposal's global id: base64url of `Proposal:prp-…`, as entities' are of `Label:id`. */
export const proposalGlobalId = (id: string) => toGlobalId('Proposal', id);

/** The stored id of a proposal's global id, or null when the value is not one. */
export function proposalIdOf(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(value)) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const id = text.startsWith('Proposal:') ? text.slice('Proposal:'.length) : '';
  return PROPOSAL_ID.test(id) ? id : null;
}

const node = (context: ApiContext, label: NodeLabel, id: string) => context.loaders.node.load({ label, id });

/** The Source an article's proposals or payload name: non-null in the schema, so one gone is an error, as GraphQL would make of a null. */
export async function articleSource(context: ApiContext, id: string) {
  const source = await context.loaders.node.load({ label: 'Source', id });
  if (!source) throw new Error(`the article's source ${id} is not in the registry`);
  return source;
}

/** What an entity proposal would write: its label and name (payloads of facts have neither). */
const entityPayload = (p: StoredProposal) => (p.kind === 'ENTITY' ? (p.payload as { label: NodeLabel; name: string }) : null);

/**
 * Reading proposals: `editor` only (they hold unreviewed text); every nested
 * read goes through the request's loaders. Proposals are records of the
 * service (api/ingest), read whole: the declared reads name the record's
 * fields each resolver uses, as api/graphql/field-reads.ts asks of every type.
 */
export const proposalResolvers: Resolvers = {
  Query: {
    proposals: async (_root, args, context) => {
      requireRole(context, 'editor');
      const source = fromGlobalId(args.source, 'source', ['Source']).id;
      // first within 0 to 100, as the SDL states (input-bounds.ts).
      const window = pageWindow({ first: args.first, after: args.after });
      const filter = { sourceId: source, statuses: args.statuses?.length ? args.statuses : null, kinds: args.kinds?.length ? args.kinds : null };
      const { total, rows } = await context.loaders.ingest.page(filter, window.offset, window.limit);
      for (const row of rows) context.loaders.ingest.proposal.prime(row.id, row);
      return toConnection(rows, window, total);
    },
    reviewQueue: async (_root, args, context) => {
      requireRole(context, 'editor');
      const window = pageWindow({ first: args.first, after: args.after });
      const { total, rows } = await context.loaders.ingest.queue(args.pendingOnly === true, window.offset, window.limit);
      return toConnection(rows, window, total);
    },
    proposal: async (_root, args, context) => {
      requireRole(context, 'editor');
      const id = proposalIdOf(args.id);
      if (id === null) throw badUserInput(`id: "${String(args.id).slice(0, 40)}" is not the id of a proposal`, 'id');
      return context.loaders.ingest.proposal.load(id);
    },
  },
  Proposal: {
    id: reads(['id'], (p) => proposalGlobalId(p.id)),
    slug: reads(['id'], (p) => p.id),
    source: reads(['sourceId'], (p, _args, context) => articleSource(context, p.sourceId)),
    entityKind: reads(['kind', 'payload'], (p) => (entityPayload(p)?.label.toUpperCase() as EntityKind | undefined) ?? null),
    name: reads(['kind', 'payload'], (p) => entityPayload(p)?.name ?? null),
    fields: reads(['payload'], (p) => p.payload),
    reconciliation: reads(['kind', 'payload', 'reconciliation'], (p): ProposalReconciliationParent | null => {
      const entity = entityPayload(p);
      return entity && p.reconciliation ? { ...p.reconciliation, label: entity.label } : null;
    }),
    refersTo: reads(['refs'], async (p, _args, context) => {
      const found = await context.loaders.ingest.proposal.loadMany(p.refs);
      return found.filter((f): f is StoredProposal => f !== null && !(f instanceof Error));
    }),
    review: reads(['status', 'reviewedAt', 'reviewerName', 'reviewerKeyId', 'reviewerAccountId', 'rejectReason', 'corrections'], (p) =>
      p.status === 'PENDING' || p.reviewedAt === null
        ? null
        : { at: p.reviewedAt, reviewer: p.reviewerName ?? '', reviewerKeyId: p.reviewerKeyId, reviewerAccountId: p.reviewerAccountId, reason: p.rejectReason, corrections: p.corrections },
    ),
    result: reads(['status', 'result'], (p) => (p.status === 'ACCEPTED' ? p.result : null)),
  },
  // total, pending, accepted, rejected and takenInAt are the row's own (GraphQL's default resolver).
  ReviewQueueEntry: {
    source: reads(['sourceId'], (entry, _args, context) => articleSource(context, entry.sourceId)),
  },
  ProposalReconciliation: {
    candidates: reads(['candidates'], async (r, _args, context) => {
      const found = await context.loaders.node.loadMany(r.candidates.map((c) => ({ label: c.label, id: c.id })));
      return r.candidates.filter((_c, i) => found[i] !== null && !(found[i] instanceof Error));
    }),
    choice: reads(['choiceId', 'label'], (r, _args, context) => (r.choiceId ? node(context, r.label, r.choiceId) : null)),
  },
  ProposalResult: {
    entity: reads(['target'], (r, _args, context) =>
      r.target.kind === 'node' && r.target.label !== 'RoleObservation' ? node(context, r.target.label as NodeLabel, r.target.id) : null,
    ),
    observation: reads(['target'], (r, _args, context) => (r.target.kind === 'node' && r.target.label === 'RoleObservation' ? node(context, 'RoleObservation', r.target.id) : null)),
    relationshipType: reads(['target'], (r) => (r.target.kind === 'relationship' ? (r.target.type as RelationshipType) : null)),
    relationshipSlug: reads(['target'], (r) => (r.target.kind === 'relationship' ? r.target.id : null)),
    from: reads(['target'], (r, _args, context) => (r.target.kind === 'relationship' ? node(context, r.target.from.label as NodeLabel, r.target.from.id) : null)),
    to: reads(['target'], (r, _args, context) => (r.target.kind === 'relationship' ? node(context, r.target.to.label as NodeLabel, r.target.to.id) : null)),
  },
};
