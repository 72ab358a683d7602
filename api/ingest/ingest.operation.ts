import type { Extraction } from '../../ingest/extract/types.js';
import { createExtractor, type Extractor } from '../../ingest/extractor.js';
import { upsertProposals } from '../db/ingest/proposal.writes.js';
import type { ProposalKind } from '../db/ingest/proposal-record.js';
import { ReconcileRepository } from '../db/reconcile/reconcile.repository.js';
import { runMutation } from '../db/write/write-session.js';
import { reconcileMentions, type MentionReconciliation } from '../reconcile/index.js';
import { mutationMeta, type WriteDeps } from '../write/write-deps.js';
import { takeArticle, type ArticleInput } from './article-intake.js';
import { articleSource } from './article-source.js';
import { draftsOf, mentionsOf } from './proposal-drafts.js';

export interface IngestOutcome {
  sourceId: string;
  /** False when the article was found again (same URL or same text). */
  sourceCreated: boolean;
  /** Proposals this ingestion added, by kind. */
  proposed: Record<ProposalKind, number>;
  /** Proposals of the article that were already stored (whatever their status). */
  alreadyProposed: number;
  /** The article's entity proposals by what the registry said of them: matched, ambiguous, new. */
  entities: { matched: number; ambiguous: number; new: number };
  /** Milliseconds spent per stage: reading and extracting, reconciling, writing. */
  timings: { extract: number; reconcile: number; write: number };
}

/** Mentions reconciled per statement: the bound the `reconcile` query states for one call (schema/reconcile.graphql). */
const MENTIONS_PER_STATEMENT = 100;

// Compiling the vocabularies takes a few tens of milliseconds: once per process, on first use.
let shared: Extractor | undefined;
const extractor = () => (shared ??= createExtractor());

/** Every entity's registry answer, in one statement per hundred entities. */
async function reconcileEntities(deps: WriteDeps, extraction: Extraction): Promise<Map<string, MentionReconciliation>> {
  const repository = new ReconcileRepository(deps.executor);
  const mentions = mentionsOf(extraction);
  const answers = new Map<string, MentionReconciliation>();
  for (let i = 0; i < mentions.length; i += MENTIONS_PER_STATEMENT) {
    const batch = mentions.slice(i, i + MENTIONS_PER_STATEMENT);
    for (const answer of await reconcileMentions(batch, (ms) => repository.candidates(ms))) answers.set(answer.mention.key!, answer);
  }
  return answers;
}

/**
 * Takes an article in: intake (refusals are InputErrors naming the field,
 * before anything is read or written) → extraction → reconciliation of every
 * entity against the registry (reads) → one write transaction: the Source
 * found again or created, the proposals MERGEd on their fingerprints (new
 * ones PENDING, known ones as they are), the audit entry.
 */
export async function ingestArticle(deps: WriteDeps, input: ArticleInput, options: { now?: Date } = {}): Promise<IngestOutcome> {
  const started = performance.now();
  const taken = takeArticle(input, options.now);
  const extraction = extractor().extract(taken.article);
  const extracted = performance.now();
  const reconciled = await reconcileEntities(deps, extraction);
  const matched = performance.now();
  const outcome = await runMutation(deps.executor, mutationMeta(deps, 'ingestArticle'), async (session) => {
    const source = await articleSource(session, taken);
    session.about(source.id);
    session.cites(source.id);
    const drafts = draftsOf(extraction, source.id, reconciled);
    const stored = await upsertProposals(session, drafts);
    const proposed: Record<ProposalKind, number> = { ENTITY: 0, ROLE_OBSERVATION: 0, PARTICIPATION: 0, LINK: 0 };
    for (const p of stored.filter((s) => s.created)) {
      proposed[p.kind as ProposalKind] += 1;
      session.changed({ kind: 'node', label: 'Proposal', id: p.id, before: null, after: { kind: p.kind, sourceId: source.id, status: p.status } });
    }
    const entities = { matched: 0, ambiguous: 0, new: 0 };
    for (const d of drafts) {
      if (d.reconciliation?.decision === 'MATCHED') entities.matched += 1;
      else if (d.reconciliation?.decision === 'AMBIGUOUS') entities.ambiguous += 1;
      else if (d.reconciliation) entities.new += 1;
    }
    return { sourceId: source.id, sourceCreated: source.created, proposed, alreadyProposed: stored.filter((s) => !s.created).length, entities };
  });
  const written = performance.now();
  return { ...outcome, timings: { extract: extracted - started, reconcile: matched - extracted, write: written - matched } };
}
