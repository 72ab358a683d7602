import type { AcceptanceResult, StoredCandidate, StoredProposal, StoredReconciliation } from '../../db/ingest/proposal-record.js';
import type { NodeLabel } from '../../../model/labels.js';
import type { ApiContext } from '../../context.js';
import { requireRole } from '../access-errors.js';
import { badUserInput } from '../errors.js';
import { fromGlobalId, toGlobalId } from '../global-id.js';
import { pageWindow, toConnection } from '../pagination.js';
import type { Resolvers } from './types.js';

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

interface ProposalsArgs {
  source: string;
  statuses?: string[] | null;
  kinds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

const node = (context: ApiContext, label: NodeLabel, id: string) => context.loaders.node.load({ label, id });

/** A proposal's reconciliation, with what its choice needs: the entity's label. */
type ReconciliationParent = StoredReconciliation & { label: NodeLabel };

/** Reading proposals: `editor` only (they hold unreviewed text); every nested read goes through the request's loaders. */
export const proposalResolvers: Resolvers = {
  Query: {
    proposals: async (_root, args: ProposalsArgs, context) => {
      requireRole(context, 'editor');
      const source = fromGlobalId(args.source, 'source', ['Source']).id;
      const window = pageWindow({ first: args.first, after: args.after });
      const filter = { sourceId: source, statuses: args.statuses?.length ? args.statuses : null, kinds: args.kinds?.length ? args.kinds : null } as Parameters<ApiContext['loaders']['ingest']['page']>[0];
      const { total, rows } = await context.loaders.ingest.page(filter, window.offset, window.limit);
      for (const row of rows) context.loaders.ingest.proposal.prime(row.id, row);
      return toConnection(rows, window, total);
    },
    proposal: async (_root, args: { id: string }, context) => {
      requireRole(context, 'editor');
      const id = proposalIdOf(args.id);
      if (id === null) throw badUserInput(`id: "${String(args.id).slice(0, 40)}" is not the id of a proposal`, 'id');
      return context.loaders.ingest.proposal.load(id);
    },
  },
  Proposal: {
    id: (p: StoredProposal) => proposalGlobalId(p.id),
    slug: (p: StoredProposal) => p.id,
    source: (p: StoredProposal, _args, context) => node(context, 'Source', p.sourceId),
    entityKind: (p: StoredProposal) => (p.kind === 'ENTITY' ? (p.payload as { label: string }).label.toUpperCase() : null),
    name: (p: StoredProposal) => (p.kind === 'ENTITY' ? (p.payload as { name: string }).name : null),
    fields: (p: StoredProposal) => p.payload,
    reconciliation: (p: StoredProposal): ReconciliationParent | null => (p.reconciliation ? { ...p.reconciliation, label: (p.payload as { label: NodeLabel }).label } : null),
    refersTo: async (p: StoredProposal, _args, context) => {
      const found = await context.loaders.ingest.proposal.loadMany(p.refs);
      return found.filter((f): f is StoredProposal => f !== null && !(f instanceof Error));
    },
    review: (p: StoredProposal) =>
      p.status === 'PENDING' || p.reviewedAt === null
        ? null
        : { at: p.reviewedAt, reviewer: p.reviewerName ?? '', reviewerKeyId: p.reviewerKeyId, reason: p.rejectReason, corrections: p.corrections },
    result: (p: StoredProposal) => (p.status === 'ACCEPTED' ? p.result : null),
  },
  ProposalReconciliation: {
    candidates: async (r: ReconciliationParent, _args, context) => {
      const found = await context.loaders.node.loadMany(r.candidates.map((c) => ({ label: c.label, id: c.id })));
      return r.candidates.filter((_c: StoredCandidate, i) => found[i] !== null && !(found[i] instanceof Error));
    },
    choice: (r: ReconciliationParent, _args, context) => (r.choiceId ? node(context, r.label, r.choiceId) : null),
  },
  ProposalResult: {
    entity: (r: AcceptanceResult, _args, context) => (r.target.kind === 'node' && r.target.label !== 'RoleObservation' ? node(context, r.target.label as NodeLabel, r.target.id) : null),
    observation: (r: AcceptanceResult, _args, context) => (r.target.kind === 'node' && r.target.label === 'RoleObservation' ? node(context, 'RoleObservation', r.target.id) : null),
    relationshipType: (r: AcceptanceResult) => (r.target.kind === 'relationship' ? r.target.type : null),
    relationshipSlug: (r: AcceptanceResult) => (r.target.kind === 'relationship' ? r.target.id : null),
    from: (r: AcceptanceResult, _args, context) => (r.target.kind === 'relationship' ? node(context, r.target.from.label as NodeLabel, r.target.from.id) : null),
    to: (r: AcceptanceResult, _args, context) => (r.target.kind === 'relationship' ? node(context, r.target.to.label as NodeLabel, r.target.to.id) : null),
  },
};
