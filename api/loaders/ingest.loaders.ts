import DataLoader from 'dataloader';
import type { ProposalFilter } from '../db/ingest/proposal.repository.js';
import type { StoredProposal } from '../db/ingest/proposal-record.js';
import type { Repositories } from '../db/repositories.js';
import { orderByKeys } from './order-by-keys.js';

/** Per-request loaders of review: proposals by id (the entities a page's facts refer to) in one statement per level, a source's page, the queue. */
export function createIngestLoaders(repositories: Repositories) {
  return {
    proposal: new DataLoader<string, StoredProposal | null>(async (ids) => orderByKeys(ids, await repositories.proposals.byIds(ids), (p) => p.id)),
    page: (filter: ProposalFilter, offset: number, limit: number) => repositories.proposals.page(filter, offset, limit),
    /** The review queue: one statement, read once per request (nothing nested asks for it). */
    queue: (pendingOnly: boolean, offset: number, limit: number) => repositories.proposals.reviewQueue(pendingOnly, offset, limit),
  };
}
