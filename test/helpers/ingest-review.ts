import assert from 'node:assert/strict';
import type { GraphQLBody } from './api-server.js';
import type { Caller } from './mutation-suite.js';

/** What the review tests read of a proposal. */
export interface ProposalView {
  id: string;
  slug: string;
  kind: string;
  status: string;
  name: string | null;
  entityKind: string | null;
  fields: Record<string, unknown>;
  evidence: { start: number; end: number; quote: string }[];
  inferred: boolean;
  reconciliation: { decision: string; choice: { slug: string } | null; candidates: { score: number; entity: { slug: string } }[] } | null;
  refersTo: { slug: string; name: string | null }[];
  review: { reviewer: string; reason: string | null; corrections: Record<string, unknown> | null } | null;
  result: { effect: string; entity: { slug: string } | null; observation: { slug: string } | null; relationshipType: string | null; relationshipSlug: string | null } | null;
}

const PROPOSAL_FIELDS = `id slug kind status name entityKind fields evidence { start end quote } inferred
  reconciliation { decision choice { slug } candidates { score entity { slug } } }
  refersTo { slug name }
  review { reviewer reason corrections }
  result { effect entity { slug } observation { slug } relationshipType relationshipSlug }`;

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    source { id slug title url publisher publishedAt text }
    sourceCreated proposed { kind count } alreadyProposed matchedEntities ambiguousEntities newEntities
  }
}`;

export const PROPOSALS = `query Proposals($source: ID!, $statuses: [ProposalStatus!], $kinds: [ProposalKind!], $first: Int, $after: String) {
  proposals(source: $source, statuses: $statuses, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${PROPOSAL_FIELDS} } }
  }
}`;

export const ACCEPT = `mutation Accept($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } } }`;
export const ACCEPT_MANY = `mutation AcceptMany($input: AcceptProposalsInput!) {
  acceptProposals(input: $input) { items { proposalId accepted problems { field message } proposal { slug status result { effect } } } }
}`;
export const REJECT = `mutation Reject($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } } }`;
export const UNDO = `mutation Undo($input: UndoProposalAcceptanceInput!) { undoProposalAcceptance(input: $input) { proposal { ${PROPOSAL_FIELDS} } } }`;

/** Every proposal of a source, page after page, as an editor reads them. */
export async function allProposals(as: Caller, source: string): Promise<ProposalView[]> {
  const out: ProposalView[] = [];
  let after: string | null = null;
  type Page = { proposals: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: ProposalView }[] } };
  for (;;) {
    const { body }: { body: GraphQLBody<Page> } = await as<Page>(PROPOSALS, { source, first: 10, after });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    out.push(...body.data!.proposals.edges.map((e) => e.node));
    if (!body.data!.proposals.pageInfo.hasNextPage) return out;
    after = body.data!.proposals.pageInfo.endCursor;
  }
}

/** A fact proposal's entities by name, to find it without knowing the extractor's ids. */
export const namesOf = (p: ProposalView) => p.refersTo.map((r) => r.name);

export function findOne(proposals: readonly ProposalView[], what: string, test: (p: ProposalView) => boolean): ProposalView {
  const found = proposals.filter(test);
  assert.equal(found.length, 1, `one proposal of ${what}, found ${found.length}: ${JSON.stringify(proposals.map((p) => [p.kind, p.name ?? namesOf(p), p.fields]))}`);
  return found[0]!;
}
