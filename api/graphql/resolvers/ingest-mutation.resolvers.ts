import { ENTITY_LABELS } from '../../../model/labels.js';
import { acceptProposal, acceptProposals, correctionValues, ingestArticle, rejectionReason, rejectProposal, undoProposalAcceptance, type AcceptInput, type IngestOutcome, type ProposalKind } from '../../ingest/index.js';
import { InputError } from '../../write/index.js';
import { reads } from '../field-reads.js';
import { InputIds } from '../input-ids.js';
import type { IngestArticlePayloadParent } from '../parent-rows.js';
import type { AcceptProposalInput, AcceptProposalsInput, IngestArticleInput, RejectProposalInput, Resolvers, UndoProposalAcceptanceInput } from '../resolver-types.generated.js';
import { articleSource, proposalIdOf } from './proposal.resolvers.js';
import { writeResolver } from './write-resolver.js';

/** Most proposals one acceptProposals call takes. */
const MAX_ITEMS = 100;

function proposalId(ids: InputIds, value: unknown, field: string): string {
  const id = proposalIdOf(value);
  if (id === null) ids.fail(field, `${JSON.stringify(String(value).slice(0, 40))} is not the id of a proposal`);
  return id ?? '';
}

/**
 * A review's input with its ids decoded (the proposal's, and the entities the
 * corrections name, each of the kind its field takes) and its corrections'
 * values checked; every problem is kept in `ids`, to be thrown together.
 */
function acceptInput(ids: InputIds, input: AcceptProposalInput, path: string): AcceptInput {
  const id = proposalId(ids, input.proposal, `${path}.proposal`);
  const given = input.corrections ?? null;
  if (!given) return { proposalId: id, corrections: null };
  const at = (key: string) => `${path}.corrections.${key}`;
  const decoded = {
    ...given,
    match: ids.optionalRef(given.match, at('match'), ENTITY_LABELS),
    person: ids.optionalRef(given.person, at('person'), ['Person']),
    organization: ids.optionalRef(given.organization, at('organization'), ['Organization']),
    event: ids.optionalRef(given.event, at('event'), ['Event']),
    from: ids.optionalRef(given.from, at('from'), ENTITY_LABELS),
    to: ids.optionalRef(given.to, at('to'), ENTITY_LABELS),
  };
  return { proposalId: id, corrections: ids.checked(() => correctionValues(decoded, `${path}.corrections`)) ?? null };
}

/** Problems of one item, named from the request's root (`input.items[2].corrections.title`). */
const itemProblems = (error: InputError, i: number) => error.problems.map((p) => ({ field: p.field.replace(/^input\./, `input.items[${i}].`), message: p.message }));

const payloadOf = (outcome: IngestOutcome): IngestArticlePayloadParent => ({
  sourceId: outcome.sourceId,
  sourceCreated: outcome.sourceCreated,
  proposed: (Object.entries(outcome.proposed) as [ProposalKind, number][]).map(([kind, count]) => ({ kind, count })),
  alreadyProposed: outcome.alreadyProposed,
  matchedEntities: outcome.entities.matched,
  ambiguousEntities: outcome.entities.ambiguous,
  newEntities: outcome.entities.new,
});

/** Taking articles in and reviewing what they propose: `editor`, like every other write. */
export const ingestMutationResolvers: Resolvers = {
  Mutation: {
    ingestArticle: writeResolver('editor', async (input: IngestArticleInput, context) => {
      const format = input.format === 'HTML' ? 'html' : input.format === 'TEXT' ? 'text' : null;
      const outcome = await ingestArticle(context.write, {
        content: typeof input.content === 'string' ? input.content : '',
        format,
        url: input.url,
        title: input.title,
        publisher: input.publisher,
        publishedAt: input.publishedAt,
      });
      return payloadOf(outcome);
    }),
    acceptProposal: writeResolver('editor', async (input: AcceptProposalInput, context) => {
      const ids = new InputIds();
      const accept = acceptInput(ids, input, 'input');
      ids.done();
      return { proposal: await acceptProposal(context.write, accept) };
    }),
    acceptProposals: writeResolver('editor', async (input: AcceptProposalsInput, context) => {
      const items = input.items ?? [];
      const ids = new InputIds();
      if (items.length === 0) ids.fail('input.items', 'must list at least one proposal');
      if (items.length > MAX_ITEMS) ids.fail('input.items', `must list at most ${MAX_ITEMS} proposals, got ${items.length}`);
      const accepts = items.slice(0, MAX_ITEMS).map((item, i) => acceptInput(ids, item, `input.items[${i}]`));
      ids.done();
      const outcomes = await acceptProposals(context.write, accepts);
      return {
        items: outcomes.map((o, i) => ({
          proposalId: items[i]!.proposal,
          proposal: o.proposal,
          accepted: o.proposal?.status === 'ACCEPTED',
          problems: o.error ? itemProblems(o.error, i) : [],
        })),
      };
    }),
    rejectProposal: writeResolver('editor', async (input: RejectProposalInput, context) => {
      const ids = new InputIds();
      const id = proposalId(ids, input.proposal, 'input.proposal');
      const reason = ids.checked(() => rejectionReason(input.reason));
      ids.done();
      return { proposal: await rejectProposal(context.write, { proposalId: id, reason: reason! }) };
    }),
    undoProposalAcceptance: writeResolver('editor', async (input: UndoProposalAcceptanceInput, context) => {
      const ids = new InputIds();
      const id = proposalId(ids, input.proposal, 'input.proposal');
      ids.done();
      return { proposal: await undoProposalAcceptance(context.write, { proposalId: id }) };
    }),
  },
  IngestArticlePayload: {
    source: reads(['sourceId'], (p, _args, context) => articleSource(context, p.sourceId)),
  },
};
