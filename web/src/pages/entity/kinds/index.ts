import type { Typename } from '../../../api/types.js';
import type { KindSections } from '../sections.js';
import { awardSections } from './award.js';
import { campaignSections } from './campaign.js';
import { documentSections } from './document.js';
import { eventSections } from './event.js';
import { modelSections } from './model.js';
import { organizationSections } from './organization.js';
import { personSections } from './person.js';
import { placeSections } from './place.js';
import { programSections } from './program.js';
import { sourceSections } from './source.js';

/** The extra sections of each kind's page. */
// Each kind's node type differs; the page hands every renderer the node its own fields selected.
export const SECTIONS: Record<Typename, KindSections<never>> = {
  Person: personSections,
  Organization: organizationSections,
  Event: eventSections,
  Program: programSections,
  Model: modelSections,
  Campaign: campaignSections,
  Place: placeSections,
  Source: sourceSections,
  Document: documentSections,
  Award: awardSections,
};
