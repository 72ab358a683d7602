import DataLoader from 'dataloader';
import type { Repositories } from '../db/repositories.js';
import type { CandidateRow } from '../db/reconcile/reconcile.repository.js';
import type { EntityLabel } from '../../model/labels.js';

export interface CandidateRequest {
  label: EntityLabel;
  name: string;
}

/** Per-request loaders of reconciliation: every name asked in one request is looked up in one statement. */
export function createReconcileLoaders(repositories: Repositories) {
  return {
    candidates: new DataLoader<CandidateRequest, CandidateRow[], string>((requests) => repositories.reconcile.candidates(requests), {
      cacheKeyFn: (r) => `${r.label}|${r.name}`,
    }),
  };
}
