import type { ArticleMetadata } from '../article/metadata.js';
import type { EventKind, ParticipationRole } from '../vocab/types.js';

/**
 * The output contract: proposed facts, each mapping onto one write operation
 * of api/write (createX, recordRoleObservation, recordParticipation, link),
 * with the evidence for it in the article's normalised text. Entities are
 * referred to by a local `key` ("Person:pham thien nghia"); reconciliation
 * maps keys to registry ids, review accepts or edits, the write operations
 * cite the article.
 */

/** A range of the normalised text and the text it covers. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export type EntityLabel = 'Person' | 'Organization' | 'Event' | 'Program' | 'Model' | 'Campaign' | 'Document' | 'Award' | 'Place';

/** One place the article names an entity: as written, folded, and where. */
export interface Mention {
  label: EntityLabel;
  text: string;
  folded: string;
  start: number;
  end: number;
}

interface Proposal {
  /** 0–1: how sure the rule that produced it is (vocabulary match 0.9, context resolution lower). */
  confidence: number;
  /** True when the article does not say it in so many words (a year from the article's date, a province from its context). */
  inferred: boolean;
  /** Why, in English for reviewers. */
  inferenceNote?: string;
  evidence: Evidence[];
}

/**
 * An entity to find in (or add to) the registry. `fields` are the create
 * input's fields besides name and aliases (CreateOrganizationInput: kind,
 * level, line; CreateEventInput: kind, date, online; CreateProgramInput: kind,
 * startYear, endYear; CreateDocumentInput: kind, number, issuedAt; …); a field
 * the article does not give is absent (or null where the registry has no value
 * for it yet, such as an organisation kind outside its list).
 */
export interface ProposedEntity extends Proposal {
  key: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  fields: Record<string, string | number | boolean | null>;
  mentions: Mention[];
  /** Organisations: the level asks for a place the article leaves open ("UBND tỉnh" in an article naming no province). */
  placeUnresolved?: boolean;
}

/** recordRoleObservation: a person held a title in an organisation on a date. */
export interface ProposedRoleObservation extends Proposal {
  person: string;
  organization: string;
  event?: string;
  title: string;
  titleAsWritten: string;
  /** A partial date; null when neither the event nor the article gives one. */
  observedAt: string | null;
}

/** recordParticipation: a person took part in an event in a role. */
export interface ProposedParticipation extends Proposal {
  person: string;
  event: string;
  role: ParticipationRole;
  titleAtEvent?: string;
  bridgePoint?: string;
  bridgePointPlace?: string;
}

/** link: a relationship of the graph model (ORGANIZED, PARTY_TO, SIGNED_AT, REVIEWED_AT, ADOPTED_IN, ORIGINATED_IN, PRESENTED_AT, HELD_IN, LOCATED_IN, PART_OF, GRANTED, AWARDED_AT, AWARDED_FOR, PRESENTED, IMPLEMENTS, ISSUED). */
export interface ProposedLink extends Proposal {
  type: string;
  from: string;
  to: string;
  since?: string;
  presentedBy?: string;
}

export interface Extraction {
  article: ArticleMetadata;
  /** The normalised text every evidence range refers to. */
  text: string;
  entities: ProposedEntity[];
  roleObservations: ProposedRoleObservation[];
  participations: ProposedParticipation[];
  links: ProposedLink[];
}

export type { EventKind, ParticipationRole };
