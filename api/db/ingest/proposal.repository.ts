import type { Executor } from '../executor.js';
import { plain } from '../mapping.js';
import { proposalFromProps, type ProposalKind, type ProposalStatus, type StoredProposal } from './proposal-record.js';

// Entities first (the facts after them name them), then in the article's order.
// A source's proposals are a few dozen: collected, counted and sliced in one statement.
const PAGE = `MATCH (p:Proposal {sourceId: $sourceId})
WHERE ($statuses IS NULL OR p.status IN $statuses) AND ($kinds IS NULL OR p.kind IN $kinds)
WITH p ORDER BY CASE p.kind WHEN 'ENTITY' THEN 0 ELSE 1 END, p.position, p.id
WITH collect(p) AS listed
RETURN size(listed) AS total, [x IN listed[$offset..($offset + $limit)] | properties(x)] AS page`;

const BY_IDS = `UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN id AS requested, properties(p) AS props`;

// The review queue: every article with proposals, counted by status, newest first.
// Proposals are grouped by their sourceId (no index serves a grouping, so every
// proposal is read once: tens of thousands for a thousand articles, a few tens
// of milliseconds). An article whose Source was deleted since is left out.
const QUEUE = `MATCH (p:Proposal)
WITH p.sourceId AS sourceId, min(p.proposedAt) AS takenInAt, count(*) AS total,
     count(CASE WHEN p.status = 'PENDING' THEN 1 END) AS pending,
     count(CASE WHEN p.status = 'ACCEPTED' THEN 1 END) AS accepted
WHERE (NOT $pendingOnly OR pending > 0) AND EXISTS { MATCH (:Source {id: sourceId}) }
WITH sourceId, takenInAt, total, pending, accepted ORDER BY takenInAt DESC, sourceId
WITH collect({sourceId: sourceId, takenInAt: takenInAt, total: total, pending: pending, accepted: accepted}) AS listed
RETURN size(listed) AS total, listed[$offset..($offset + $limit)] AS page`;

const COUNTS = `MATCH (p:Proposal {sourceId: $sourceId})
RETURN p.kind AS kind, p.status AS status, count(*) AS count`;

export interface ProposalFilter {
  sourceId: string;
  statuses: readonly ProposalStatus[] | null;
  kinds: readonly ProposalKind[] | null;
}

/** An article of the review queue: its Source's id, when it was first taken in, its proposals by status. */
export interface ReviewQueueRow {
  sourceId: string;
  takenInAt: string;
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
}

/** Reads of the proposals ingestion stores (written by proposal.writes.ts inside review transactions). */
export class ProposalRepository {
  constructor(private readonly executor: Executor) {}

  /** One page of a source's proposals and how many match the filter. */
  async page(filter: ProposalFilter, offset: number, limit: number): Promise<{ total: number; rows: StoredProposal[] }> {
    type Row = { total: number; page: Record<string, unknown>[] };
    const params = { sourceId: filter.sourceId, statuses: filter.statuses, kinds: filter.kinds, offset: Math.trunc(offset), limit: Math.trunc(limit) };
    const [row] = await this.executor.coalescedRead<Row>(PAGE, params, ['total', 'page']);
    return { total: Number(row?.total ?? 0), rows: (row?.page ?? []).map(proposalFromProps) };
  }

  /** Proposals by stored id, in no order (the loader orders them). */
  async byIds(ids: readonly string[]): Promise<StoredProposal[]> {
    const rows = await this.executor.coalescedRead<{ requested: string; props: Record<string, unknown> }>(BY_IDS, { ids: [...ids] }, ['requested', 'props']);
    return rows.map((r) => proposalFromProps(r.props));
  }

  /** One page of the review queue (articles with proposals, newest first) and how many articles match. */
  async reviewQueue(pendingOnly: boolean, offset: number, limit: number): Promise<{ total: number; rows: ReviewQueueRow[] }> {
    type Entry = { sourceId: string; takenInAt: unknown; total: unknown; pending: unknown; accepted: unknown };
    type Row = { total: number; page: Entry[] };
    const params = { pendingOnly, offset: Math.trunc(offset), limit: Math.trunc(limit) };
    const [row] = await this.executor.coalescedRead<Row>(QUEUE, params, ['total', 'page']);
    const rows = (row?.page ?? []).map((e): ReviewQueueRow => {
      const total = Number(e.total);
      const pending = Number(e.pending);
      const accepted = Number(e.accepted);
      return { sourceId: e.sourceId, takenInAt: String(plain(e.takenInAt)), total, pending, accepted, rejected: total - pending - accepted };
    });
    return { total: Number(row?.total ?? 0), rows };
  }

  /** How many proposals of the source there are, by kind and status. */
  async counts(sourceId: string): Promise<{ kind: ProposalKind; status: ProposalStatus; count: number }[]> {
    const rows = await this.executor.coalescedRead<{ kind: ProposalKind; status: ProposalStatus; count: number }>(COUNTS, { sourceId }, ['kind', 'status', 'count']);
    return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count) }));
  }
}
