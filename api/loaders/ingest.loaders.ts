import DataLoader from 'dataloader';
import type { ProposalFilter } from '../db/ingest/proposal.repository.js';
import type { StoredProposal } from '../db/ingest/proposal-record.js';
import type { Repositories } from '../db/repositories.js';
import { orderByKeys } from './order-by-keys.js';

/** Per-request loaders of review: proposals by id (the entities a page's facts refer to) in one statement per level. */
export function createIngestLoaders(repositories: Repositories) {
  return {
    proposal: new DataLoader<string, StoredProposal | null>(async (ids) => orderByKeys(ids, await repositories.proposals.byIds(ids), (p) => p.id)),
    page: (filter: ProposalFilter, offset: number, limit: number) => repositories.proposals.page(filter, offset, limit),
  };
}
