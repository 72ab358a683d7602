import type { EntityLabel, NodeLabel } from './labels.js';

/**
 * The graph model in code (schema/graph-model.md is the reference): which
 * relationship types may join which labels, and which properties are partial
 * dates, integers or references. Every writer — the seed loader, the mutations,
 * the importer — takes label and type names for its Cypher from these
 * constants, never from the data.
 */

export type { EntityLabel, NodeLabel };
export { ENTITY_LABELS, NODE_LABELS } from './labels.js';

/** Relationship types written from a facts file's `relations:` list, with the label pairs each may join. */
export const RELATION_ENDPOINTS = {
  PART_OF: [
    ['Place', 'Place'],
    ['Organization', 'Organization'],
  ],
  SUCCEEDED_BY: [
    ['Place', 'Place'],
    ['Organization', 'Organization'],
  ],
  LOCATED_IN: [['Organization', 'Place']],
  HELD_IN: [['Event', 'Place']],
  ORGANIZED: [['Organization', 'Event']],
  ATTENDED: [['Organization', 'Event']],
  PARTY_TO: [['Organization', 'Program']],
  SIGNED_AT: [['Program', 'Event']],
  REVIEWED_AT: [
    ['Program', 'Event'],
    ['Campaign', 'Event'],
  ],
  APPLIES_IN: [['Program', 'Place']],
  BACKS: [['Program', 'Model']],
  PRESENTED_AT: [['Model', 'Event']],
  ORIGINATED_IN: [['Model', 'Place']],
  ADOPTED_IN: [['Model', 'Place']],
  PART_OF_CAMPAIGN: [['Model', 'Campaign']],
  IMPLEMENTS: [['Campaign', 'Document']],
  ISSUED: [['Organization', 'Document']],
  GRANTED: [['Organization', 'Award']],
  AWARDED_AT: [['Award', 'Event']],
  AWARDED_FOR: [['Award', 'Campaign']],
  PRESENTED: [['Person', 'Award']],
  ABOUT: [['Document', 'Person']],
  AUTHORED: [['Person', 'Source']],
  PUBLISHED: [['Organization', 'Source']],
  CONTACT_FOR: [['Organization', 'Model']],
} as const satisfies Record<string, ReadonlyArray<readonly [EntityLabel, EntityLabel]>>;

export type RelationType = keyof typeof RELATION_ENDPOINTS;
export const RELATION_TYPES = Object.keys(RELATION_ENDPOINTS) as RelationType[];

/** Types derived from role observations and participations, never written by hand. */
export const DERIVED_TYPES = ['HAS_ROLE', 'IN_ORGANIZATION', 'AT_EVENT', 'PARTICIPATED_IN'] as const;
export type DerivedType = (typeof DERIVED_TYPES)[number];
export type RelationshipType = RelationType | DerivedType;
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [...RELATION_TYPES, ...DERIVED_TYPES];

/** Every relationship type with the label pairs it may join, derived ones included. */
export const RELATIONSHIP_ENDPOINTS = {
  ...RELATION_ENDPOINTS,
  HAS_ROLE: [['Person', 'RoleObservation']],
  IN_ORGANIZATION: [['RoleObservation', 'Organization']],
  AT_EVENT: [['RoleObservation', 'Event']],
  PARTICIPATED_IN: [['Person', 'Event']],
} as const satisfies Record<RelationshipType, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>;

/**
 * Relationships the database keeps for reading (docs/decisions/032): derived
 * from the facts, rebuilt from them at will, never written by hand, exported,
 * audited or shown as a fact. `IN_SCOPE_OF` joins a model to every place whose
 * place filter, followed through containment and succession (the default),
 * lists it: the places it started in or was taken up in, and every place
 * those are inside or became, at any remove. It carries copies of what a list
 * orders by (`place`, `sortKey`, `model`: the place's id, the model's sort key
 * and id), so that a province's page of models is read from an index in
 * order instead of sorting thousands.
 */
export const INDEX_RELATIONSHIPS = {
  IN_SCOPE_OF: [['Model', 'Place']],
} as const satisfies Record<string, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>;
export type IndexRelationshipType = keyof typeof INDEX_RELATIONSHIPS;
export const INDEX_RELATIONSHIP_TYPES = Object.keys(INDEX_RELATIONSHIPS) as IndexRelationshipType[];

/**
 * Partial-date fields: each is stored as `<f>` (text), `<f>Precision`, and the
 * Neo4j dates `<f>From` / `<f>To` of the range it covers.
 */
export const NODE_DATE_FIELDS: Record<NodeLabel, readonly string[]> = {
  Source: ['publishedAt', 'pageDate'],
  Place: ['validFrom', 'validTo'],
  Organization: ['validFrom', 'validTo'],
  Person: [],
  Event: ['date'],
  Program: [],
  Model: [],
  Campaign: [],
  Document: ['issuedAt'],
  Award: [],
  RoleObservation: ['observedAt'],
};

export const RELATIONSHIP_DATE_FIELDS: Partial<Record<RelationshipType, readonly string[]>> = {
  SUCCEEDED_BY: ['date'],
  ORIGINATED_IN: ['since'],
  ADOPTED_IN: ['since'],
};

/**
 * Whole-number fields. The driver sends JavaScript numbers as floats, so the
 * Cypher converts these with toInteger() to store integers.
 */
export const NODE_INTEGER_FIELDS: Record<NodeLabel, readonly string[]> = {
  Source: [],
  Place: [],
  Organization: ['memberCount'],
  Person: [],
  Event: [],
  Program: ['startYear', 'endYear'],
  Model: [],
  Campaign: ['year'],
  Document: [],
  Award: ['collectives', 'individuals'],
  RoleObservation: [],
};

/** Whole-number properties of relationships, converted like NODE_INTEGER_FIELDS. */
export const RELATIONSHIP_INTEGER_FIELDS: Partial<Record<RelationshipType, readonly string[]>> = {
  ATTENDED: ['bridgePoints'],
};

/** Properties of relation records that name another record; stored as `<name>Id`. */
export const RELATION_REFERENCE_FIELDS: Partial<Record<RelationType, Record<string, EntityLabel>>> = {
  PRESENTED_AT: { presentedBy: 'Person' },
};

export const PARTICIPATION_ROLES = ['CHAIRED', 'CO_CHAIRED', 'DIRECTED', 'SPOKE', 'CONCLUDED', 'SIGNED', 'ATTENDED'] as const;

/**
 * What a SUCCEEDED_BY says happened to its start (docs/decisions/023): it was
 * merged (with others, or into an existing body) into the end, renamed to it
 * (the same body or territory under another name or status), or split into it
 * (one SUCCEEDED_BY per part). Each ends the start on the day before `date`.
 * An end without a successor (dissolution) is the start's `validTo`, not a
 * relationship. The seed schema enumerates the same values.
 */
export const SUCCESSION_KINDS = ['MERGED_INTO', 'RENAMED_TO', 'SPLIT_INTO'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
