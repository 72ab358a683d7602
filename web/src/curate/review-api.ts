import { graphql } from '../api/client.js';
import type { Typename } from '../api/types.js';

/**
 * What the review pages ask of the API (schema/ingest.graphql): taking an
 * article in, the queue of articles taken in, an article with all its
 * proposals, and the four reviews. Each review answers with the proposal as
 * it now stands, which the page draws again.
 */
export type ProposalKind = 'ENTITY' | 'ROLE_OBSERVATION' | 'PARTICIPATION' | 'LINK';
export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface NamedRef {
  __typename: Typename;
  id: string;
  name: string;
}

export interface Candidate {
  score: number;
  match: boolean;
  entity: NamedRef;
  reasons: { code: string; detail: string }[];
}

export interface Proposal {
  id: string;
  slug: string;
  kind: ProposalKind;
  status: ProposalStatus;
  entityKind: string | null;
  name: string | null;
  /** What it would write, as the write operation's input names it; a fact names its entities by the slugs of the article's entity proposals. */
  fields: Record<string, unknown>;
  evidence: { start: number; end: number }[];
  confidence: number;
  inferred: boolean;
  inferenceNote: string | null;
  reconciliation: { decision: 'MATCHED' | 'AMBIGUOUS' | 'NEW'; choice: NamedRef | null; candidates: Candidate[] } | null;
  review: { reason: string | null } | null;
  result: {
    effect: 'CREATED' | 'CITED' | 'NONE';
    entity: NamedRef | null;
    observation: { id: string; person: { id: string; name: string } } | null;
    from: NamedRef | null;
    to: NamedRef | null;
  } | null;
}

const REF = '__typename id name';
const PROPOSAL = /* GraphQL */ `
  id slug kind status entityKind name fields confidence inferred inferenceNote
  evidence { start end }
  reconciliation { decision choice { ${REF} } candidates { score match entity { ${REF} } reasons { code detail } } }
  review { reason }
  result { effect entity { ${REF} } observation { id person { id name } } from { ${REF} } to { ${REF} } }
`;

export interface ArticleSource {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  text: string | null;
}

export interface IngestOutcome {
  source: { id: string };
  sourceCreated: boolean;
  proposed: { kind: ProposalKind; count: number }[];
  alreadyProposed: number;
  matchedEntities: number;
  ambiguousEntities: number;
  newEntities: number;
}

export async function ingestArticle(input: Record<string, unknown>): Promise<IngestOutcome> {
  const data = await graphql<{ ingestArticle: IngestOutcome }>(
    `mutation IngestArticle($input: IngestArticleInput!) {
      ingestArticle(input: $input) { source { id } sourceCreated proposed { kind count } alreadyProposed matchedEntities ambiguousEntities newEntities }
    }`,
    { input },
  );
  return data.ingestArticle;
}

export interface QueueEntry {
  source: { id: string; title: string; publisher: string | null; publishedAt: string | null };
  takenInAt: string;
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
}

export interface QueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: QueueEntry }[];
}

export async function reviewQueue(options: { pendingOnly: boolean; after: string | null; signal: AbortSignal }): Promise<QueuePage> {
  const data = await graphql<{ reviewQueue: QueuePage }>(
    `query ReviewQueue($pendingOnly: Boolean, $after: String) {
      reviewQueue(pendingOnly: $pendingOnly, first: 20, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { source { id title publisher publishedAt } takenInAt total pending accepted rejected } }
      }
    }`,
    { pendingOnly: options.pendingOnly, after: options.after },
    options.signal,
  );
  return data.reviewQueue;
}

/** The page size of `proposals`: its most (the SDL's bound). */
const PAGE = 100;

/** An article taken in and every proposal it has (entities first, then in the article's order), page after page; null when the id names no Source. */
export async function loadReview(source: string, signal: AbortSignal): Promise<{ source: ArticleSource; proposals: Proposal[] } | null> {
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Proposal }[] };
  const proposalsOf = `proposals(source: $source, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${PROPOSAL} } } }`;
  // The article (its text, up to 100,000 characters) comes with the first page only.
  const first = await graphql<{ node: (ArticleSource & { __typename: string }) | null; proposals: Page }>(
    `query Review($source: ID!, $first: Int!, $after: String) { node(id: $source) { __typename ... on Source { id title url publisher publishedAt text } } ${proposalsOf} }`,
    { source, first: PAGE, after: null },
    signal,
  );
  if (!first.node || first.node.__typename !== 'Source') return null;
  const proposals = first.proposals.edges.map((e) => e.node);
  let page = first.proposals;
  while (page.pageInfo.hasNextPage) {
    page = (await graphql<{ proposals: Page }>(`query ReviewMore($source: ID!, $first: Int!, $after: String) { ${proposalsOf} }`, { source, first: PAGE, after: page.pageInfo.endCursor }, signal)).proposals;
    proposals.push(...page.edges.map((e) => e.node));
  }
  return { source: first.node, proposals };
}

/** What a reviewer changes when accepting (ProposalCorrections): only what differs from the proposal. */
export type Corrections = Record<string, string | boolean>;

export async function acceptProposal(proposal: string, corrections: Corrections | null): Promise<Proposal> {
  const data = await graphql<{ acceptProposal: { proposal: Proposal } }>(
    `mutation AcceptProposal($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { ${PROPOSAL} } } }`,
    { input: { proposal, ...(corrections ? { corrections } : {}) } },
  );
  return data.acceptProposal.proposal;
}

export interface AcceptedItem {
  proposalId: string;
  accepted: boolean;
  problems: { field: string; message: string }[];
  proposal: Proposal | null;
}

export async function acceptProposals(items: { proposal: string; corrections: Corrections | null }[]): Promise<AcceptedItem[]> {
  const data = await graphql<{ acceptProposals: { items: AcceptedItem[] } }>(
    `mutation AcceptProposals($input: AcceptProposalsInput!) { acceptProposals(input: $input) { items { proposalId accepted problems { field message } proposal { ${PROPOSAL} } } } }`,
    { input: { items: items.map((i) => ({ proposal: i.proposal, ...(i.corrections ? { corrections: i.corrections } : {}) })) } },
  );
  return data.acceptProposals.items;
}

export async function rejectProposal(proposal: string, reason: string): Promise<Proposal> {
  const data = await graphql<{ rejectProposal: { proposal: Proposal } }>(
    `mutation RejectProposal($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { ${PROPOSAL} } } }`,
    { input: { proposal, reason } },
  );
  return data.rejectProposal.proposal;
}

export async function undoAcceptance(proposal: string): Promise<Proposal> {
  const data = await graphql<{ undoProposalAcceptance: { proposal: Proposal } }>(
    `mutation UndoProposalAcceptance($input: UndoProposalAcceptanceInput!) { undoProposalAcceptance(input: $input) { proposal { ${PROPOSAL} } } }`,
    { input: { proposal } },
  );
  return data.undoProposalAcceptance.proposal;
}
