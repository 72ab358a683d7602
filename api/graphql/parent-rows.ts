import type { AuditEntryRow } from '../db/audit/audit.repository.js';
import type { NodeRow } from '../db/mapping.js';
import type { ObservationRow } from '../db/person/role-timeline.js';
import type { ScopedLabel } from '../db/place/place-scope.js';
import type { Existence } from '../../model/lifespan.js';
import type { EntityLabel, NodeLabel } from '../../model/labels.js';
import type { ProposalKind, StoredReconciliation } from '../ingest/index.js';

/**
 * What the object types of the schema are resolved from, where that is not the
 * shape GraphQL gives them: the rows loaders return, and the objects resolvers
 * build around a relationship. Code generation maps each type to its row
 * (scripts/codegen/resolver-types.config.ts), so that the compiler checks every
 * resolver's parent and result against what actually reaches it.
 */
export type { NodeRow } from '../db/mapping.js';
export type { ObservationGroup } from '../db/person/role-timeline.js';
export type { EdgeRow } from '../db/graph/graph-edge.js';
export type { AuditEntryRow } from '../db/audit/audit.repository.js';
export type { AuditChange as HistoryChangeParent } from '../db/audit/audit-record.js';

/** An audit entry as an entity's history shows it, with the undo that undid it (api/db/audit). */
export type HistoryEntryParent = AuditEntryRow & { undoneBy: string | null };
export type { AcceptanceResult, ReviewQueueRow, StoredProposal } from '../ingest/index.js';

/** A relationship of an entity a merge would remove, as mergePreview shows it: its other end by label and id. */
export interface MergePreviewLinkParent {
  type: string;
  outgoing: boolean;
  other: { label: EntityLabel; id: string };
  sourceIds: string[];
}

/** What the mergePreview resolver makes of api/write's plan (the entities as rows, the rest by id). */
export interface MergePreviewParent {
  survivor: NodeRow;
  merged: NodeRow;
  moved: MergePreviewLinkParent[];
  droppedLoops: MergePreviewLinkParent[];
  droppedDuplicates: MergePreviewLinkParent[];
  observationIds: string[];
  aliasesAdded: string[];
  sourceIdsAdded: string[];
  takenOver: { field: string; value: unknown }[];
  conflicts: { field: string; kept: unknown; dropped: unknown }[];
}

/**
 * A node as loaders return it, with the stored properties that resolvers read
 * typed as the graph model stores them (schema/graph-model.md; the write layer
 * and the seed's schemas check them). A projected row holds only the
 * properties its fields declared (field-reads.ts), so every one may be absent.
 */
export interface EntityRow extends NodeRow {
  title?: string;
  aliases?: string[];
  description?: string | null;
  sourceIds?: string[];
  inferred?: boolean;
  inferenceNote?: string | null;
  sortKey?: string;
  category?: string | null;
  online?: boolean | null;
  year?: number | null;
  startYear?: number | null;
  endYear?: number | null;
  publisher?: string | null;
  author?: string | null;
  file?: string | null;
  number?: string | null;
  collectives?: number | null;
  individuals?: number | null;
  titleAsWritten?: string | null;
}

/**
 * A role observation: reached through a timeline it carries the nodes its
 * statement joined (`joined`); reached through node(id) or a relationship it
 * does not, and its fields follow its relationships.
 */
export type ObservationParent = EntityRow & Partial<Pick<ObservationRow, 'joined'>>;

/** A partial date as stored (model/partial-date.ts): its text, precision and the range of days it covers. */
export interface PartialDateParent {
  text: string;
  precision: string;
  from: string;
  to: string;
}

/** A stored relationship's properties (role, title, sourceIds, …), as its edge type reads them. */
export type RelationshipProperties = Record<string, unknown>;

/** PARTICIPATED_IN seen from the person: the relationship around the event. */
export interface AppearanceEdgeParent extends RelationshipProperties {
  __typename: 'PersonAppearanceEdge';
  node: NodeRow;
}

/** PARTICIPATED_IN seen from the event: the relationship around the person. */
export interface ParticipationParent extends RelationshipProperties {
  __typename: 'Participation';
  person: NodeRow;
}

/** PRESENTED_AT, from whichever end it was followed. */
export interface PresentationParent extends RelationshipProperties {
  __typename: 'ModelPresentation';
  model: NodeRow;
  event: NodeRow;
}

/** ADOPTED_IN: the relationship around the place that took the model up. */
export interface AdoptionParent extends RelationshipProperties {
  __typename: 'ModelAdoption';
  place: NodeRow;
}

/** ORIGINATED_IN: the relationship around the place the model started in. */
export interface OriginParent extends RelationshipProperties {
  __typename: 'ModelOrigin';
  place: NodeRow;
}

/** SUCCEEDED_BY between places: the relationship around the place at its other end. */
export interface SuccessionParent extends RelationshipProperties {
  __typename: 'PlaceSuccession';
  place: NodeRow;
}

/** SUCCEEDED_BY between organisations: the relationship around the organisation at its other end. */
export interface OrganizationSuccessionParent extends RelationshipProperties {
  __typename: 'OrganizationSuccession';
  organization: NodeRow;
}

/** ORGANIZED or ATTENDED: the relationship around the event, and which of the two it is. */
export interface OrganizationEventEdgeParent extends RelationshipProperties {
  __typename: 'OrganizationEventEdge';
  node: NodeRow;
  relation: string;
}

/**
 * The scope of a place filter that follows succession, carried by the edges
 * of its results so that `through` can say how each was found.
 */
export interface PlaceScope {
  label: ScopedLabel;
  place: string;
  contained: boolean;
}

/** An edge of a list of models, events, programs or organisations: with its filter's scope when it has one. */
export interface ScopedEdgeParent {
  node: EntityRow;
  cursor: string;
  scope?: PlaceScope;
}

/** A place or organisation as it stood during a span of days: what Place.asOf, Organization.asOf and RoleObservation.organizationThen answer. */
export interface AsOfParent {
  label: 'Place' | 'Organization';
  from: string;
  to: string;
  existence: Existence;
  /** The units of its line that existed then, nearest first, with what each was part of. */
  members: { node: NodeRow; parentIds: string[] }[];
  /** The units at the far end of its successions; empty when it has none. */
  latest: NodeRow[];
}

/** A holder of the same post next to a role: the person, their observation, and the organisation it names (its id). */
export interface PostNeighbourParent {
  person: NodeRow;
  observation: ObservationParent;
  organizationId: string;
}

/** An entity proposal's reconciliation (api/ingest), with the label of the entity its choice is. */
export type ProposalReconciliationParent = StoredReconciliation & { label: NodeLabel };

/** What ingestArticle's resolver makes of the outcome (api/ingest): the Source by id, the counts as GraphQL shows them. */
export interface IngestArticlePayloadParent {
  sourceId: string;
  sourceCreated: boolean;
  proposed: { kind: ProposalKind; count: number }[];
  alreadyProposed: number;
  matchedEntities: number;
  ambiguousEntities: number;
  newEntities: number;
}
