import type { RelationshipType } from './graph-model.js';
import type { NodeLabel } from './labels.js';

/**
 * A relationship a field follows from a node: the type, the direction seen
 * from that node, and the label at the other end. Every spec is declared here,
 * in code; none is built from request input.
 */
export interface RelationSpec {
  from: NodeLabel;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  to: NodeLabel;
  /** How the far nodes are ordered: by name (sort key) or by date. */
  orderBy: 'name' | 'date';
}

function spec(from: NodeLabel, type: RelationshipType, direction: 'OUT' | 'IN', to: NodeLabel, orderBy: 'name' | 'date' = 'name'): RelationSpec {
  return { from, type, direction, to, orderBy };
}

/** Named so that loaders and tests can refer to them. */
export const RELATIONS = {
  eventOrganizers: spec('Event', 'ORGANIZED', 'IN', 'Organization'),
  eventAttendingOrganizations: spec('Event', 'ATTENDED', 'IN', 'Organization'),
  eventPlace: spec('Event', 'HELD_IN', 'OUT', 'Place'),
  eventParticipants: spec('Event', 'PARTICIPATED_IN', 'IN', 'Person'),
  eventModels: spec('Event', 'PRESENTED_AT', 'IN', 'Model'),
  eventProgramsSigned: spec('Event', 'SIGNED_AT', 'IN', 'Program'),
  eventProgramsReviewed: spec('Event', 'REVIEWED_AT', 'IN', 'Program'),
  eventCampaigns: spec('Event', 'REVIEWED_AT', 'IN', 'Campaign'),
  eventAwards: spec('Event', 'AWARDED_AT', 'IN', 'Award'),
  eventRoleObservations: spec('Event', 'AT_EVENT', 'IN', 'RoleObservation'),

  personAppearances: spec('Person', 'PARTICIPATED_IN', 'OUT', 'Event', 'date'),
  personRoleObservations: spec('Person', 'HAS_ROLE', 'OUT', 'RoleObservation', 'date'),
  personAuthored: spec('Person', 'AUTHORED', 'OUT', 'Source', 'date'),
  personAwardsPresented: spec('Person', 'PRESENTED', 'OUT', 'Award'),
  personDocumentsAbout: spec('Person', 'ABOUT', 'IN', 'Document'),

  observationOrganization: spec('RoleObservation', 'IN_ORGANIZATION', 'OUT', 'Organization'),
  observationEvent: spec('RoleObservation', 'AT_EVENT', 'OUT', 'Event'),
  observationPerson: spec('RoleObservation', 'HAS_ROLE', 'IN', 'Person'),

  organizationParent: spec('Organization', 'PART_OF', 'OUT', 'Organization'),
  organizationChildren: spec('Organization', 'PART_OF', 'IN', 'Organization'),
  organizationPlace: spec('Organization', 'LOCATED_IN', 'OUT', 'Place'),
  organizationPrograms: spec('Organization', 'PARTY_TO', 'OUT', 'Program'),
  organizationDocumentsIssued: spec('Organization', 'ISSUED', 'OUT', 'Document'),
  organizationAwardsGranted: spec('Organization', 'GRANTED', 'OUT', 'Award'),
  organizationPublished: spec('Organization', 'PUBLISHED', 'OUT', 'Source', 'date'),
  organizationSuccessors: spec('Organization', 'SUCCEEDED_BY', 'OUT', 'Organization', 'date'),
  organizationPredecessors: spec('Organization', 'SUCCEEDED_BY', 'IN', 'Organization', 'date'),

  programParties: spec('Program', 'PARTY_TO', 'IN', 'Organization'),
  programSignedAt: spec('Program', 'SIGNED_AT', 'OUT', 'Event', 'date'),
  programReviewedAt: spec('Program', 'REVIEWED_AT', 'OUT', 'Event', 'date'),
  programPlaces: spec('Program', 'APPLIES_IN', 'OUT', 'Place'),
  programModels: spec('Program', 'BACKS', 'OUT', 'Model'),

  modelOrigin: spec('Model', 'ORIGINATED_IN', 'OUT', 'Place'),
  modelAdoptions: spec('Model', 'ADOPTED_IN', 'OUT', 'Place'),
  modelEvents: spec('Model', 'PRESENTED_AT', 'OUT', 'Event', 'date'),
  modelPrograms: spec('Model', 'BACKS', 'IN', 'Program'),
  modelCampaigns: spec('Model', 'PART_OF_CAMPAIGN', 'OUT', 'Campaign'),

  campaignModels: spec('Campaign', 'PART_OF_CAMPAIGN', 'IN', 'Model'),
  campaignEvents: spec('Campaign', 'REVIEWED_AT', 'OUT', 'Event', 'date'),
  campaignDocuments: spec('Campaign', 'IMPLEMENTS', 'OUT', 'Document'),
  campaignAwards: spec('Campaign', 'AWARDED_FOR', 'IN', 'Award'),

  documentIssuers: spec('Document', 'ISSUED', 'IN', 'Organization'),
  documentAbout: spec('Document', 'ABOUT', 'OUT', 'Person'),
  documentCampaigns: spec('Document', 'IMPLEMENTS', 'IN', 'Campaign'),

  awardGrantedBy: spec('Award', 'GRANTED', 'IN', 'Organization'),
  awardPresentedBy: spec('Award', 'PRESENTED', 'IN', 'Person'),
  awardEvent: spec('Award', 'AWARDED_AT', 'OUT', 'Event', 'date'),
  awardCampaigns: spec('Award', 'AWARDED_FOR', 'OUT', 'Campaign'),

  placeParent: spec('Place', 'PART_OF', 'OUT', 'Place'),
  placeChildren: spec('Place', 'PART_OF', 'IN', 'Place'),
  placeSuccessors: spec('Place', 'SUCCEEDED_BY', 'OUT', 'Place', 'date'),
  placePredecessors: spec('Place', 'SUCCEEDED_BY', 'IN', 'Place', 'date'),

  sourceAuthors: spec('Source', 'AUTHORED', 'IN', 'Person'),
  sourcePublishers: spec('Source', 'PUBLISHED', 'IN', 'Organization'),
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;
